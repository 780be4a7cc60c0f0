"""REST services of the registrations."""
