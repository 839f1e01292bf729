"""PostgreSQL adapters of the clients service (and its SQL migrations in ``sql/``)."""
