"""REST service sharing an item by email."""
