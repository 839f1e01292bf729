"""Data files shipped with identity (the list of common passwords)."""
