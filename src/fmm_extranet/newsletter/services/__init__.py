"""REST services of the newsletter."""
