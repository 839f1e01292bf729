"""Adapters: PostgreSQL queries and locks, the SQL migrations."""
