"""The plan window: its session (undo, save), forms, lists, advisories and outputs."""
