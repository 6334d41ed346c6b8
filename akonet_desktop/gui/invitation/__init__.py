"""The "Join <company>" dialog that an emailed invitation opens."""
