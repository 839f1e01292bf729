"""HTTP API of the planning service (thin routes over the app layer)."""
