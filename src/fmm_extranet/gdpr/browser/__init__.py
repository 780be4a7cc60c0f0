"""Classic pages of the personal data."""
