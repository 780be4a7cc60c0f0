"""Shared helpers of every capability: errors, mail, vocabularies, the service base."""
