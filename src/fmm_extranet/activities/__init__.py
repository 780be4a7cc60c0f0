"""Activities of the agenda (the content type)."""
