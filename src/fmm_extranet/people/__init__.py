"""Workers and their jobs (functions with complement and speciality)."""
