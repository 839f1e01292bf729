-- Idempotency-Key answers of creates (ouvrage_platform.idempotency), in every service that has
-- creates: `migrate(conn, {..., "platform": ouvrage_platform.idempotency.MIGRATIONS})`.
CREATE TABLE IF NOT EXISTS idempotency_keys (
    tenant_id   uuid        NOT NULL,
    key         text        NOT NULL,
    fingerprint text        NOT NULL,
    status      int         NOT NULL,
    body        jsonb,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, key)
);
CREATE INDEX IF NOT EXISTS idempotency_keys_created_at ON idempotency_keys (created_at);
