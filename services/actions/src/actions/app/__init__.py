"""Application layer: command handlers, queries, projections, the due-alert scheduler."""
