"""REST services of the favourites."""
