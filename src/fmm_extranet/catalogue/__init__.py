"""Formations, tools and DEQuaP categories."""
