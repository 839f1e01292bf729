"""Pure planning domain: aggregates, their rules and their errors (no I/O)."""
