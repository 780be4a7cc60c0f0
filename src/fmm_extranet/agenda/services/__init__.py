"""REST services of the agenda."""
