"""identity's HTTP API (thin routes over the application layer)."""
