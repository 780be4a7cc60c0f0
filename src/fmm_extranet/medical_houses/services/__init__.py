"""REST services of medical houses."""
