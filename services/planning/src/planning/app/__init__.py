"""Application layer: command handlers, queries, projections and reactions."""
