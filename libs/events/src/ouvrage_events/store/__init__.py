"""PostgreSQL storage: migrations, pools, the event store."""
