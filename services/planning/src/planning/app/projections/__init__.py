"""Read models: the service's own events (inline) and identity's and clients' (consumed)."""
