"""REST services of the catalogue."""
