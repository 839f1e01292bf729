"""identity's adapters: PostgreSQL stores, argon2 hashing, RS256 keys and tokens."""
