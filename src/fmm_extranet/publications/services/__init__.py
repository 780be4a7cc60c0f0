"""REST services of the publications."""
