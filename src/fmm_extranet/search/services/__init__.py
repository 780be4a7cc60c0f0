"""REST service of the search."""
