"""HTTP routes of the clients service (thin: validate, call a handler, answer)."""
