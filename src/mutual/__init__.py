"""Mutual: a platform for self-help groups and mutual-assistance organizations."""
