"""REST services of the personal data."""
