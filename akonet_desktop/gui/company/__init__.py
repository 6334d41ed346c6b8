"""The company's own pages: its profile (everyone) and its billing (the owner)."""
