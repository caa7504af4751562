"""Incident data in the app: import, column mapping, sources, the threat step's evidence."""
