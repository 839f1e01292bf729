-- The clients service's own tables (its read model lives in the proj_clients_view schema).

-- Idempotency-Key answers of creates (ouvrage_platform.idempotency.IDEMPOTENCY_SCHEMA).
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
