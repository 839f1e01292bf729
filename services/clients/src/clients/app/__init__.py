"""Command handlers, queries and projections of the clients service."""
