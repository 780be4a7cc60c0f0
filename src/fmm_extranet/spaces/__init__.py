"""Group spaces: intergroups, sectoral and working groups, thematics."""
