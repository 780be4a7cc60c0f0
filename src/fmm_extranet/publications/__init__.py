"""Announcements, synthesis pages and the documents listing."""
