"""Dialogs opened from the menus: help and tour, history, places, problems, settings, passphrases, the mission network, a task force review."""
