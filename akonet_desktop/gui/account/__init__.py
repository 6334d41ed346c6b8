"""« My account »: names and language, password, signed-in sessions, two-step verification."""
