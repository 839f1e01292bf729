"""identity's application layer: command handlers, queries and its read model."""
