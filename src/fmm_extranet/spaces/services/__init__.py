"""REST endpoints of group spaces."""
