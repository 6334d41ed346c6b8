"""Pieces of the registration wizard window: field bindings, combo filling, look."""
