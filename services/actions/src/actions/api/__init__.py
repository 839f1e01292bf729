"""HTTP API of the actions service: thin FastAPI routes over the command handlers and queries."""
