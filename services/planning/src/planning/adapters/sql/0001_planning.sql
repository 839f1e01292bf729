-- The planning service's own tables outside projections. The event store comes first (its own
-- migrations); read models live in projection schemas (created by `ouvrage-planning migrate`).
-- Idempotency-Key answers for creates (same shape as ouvrage_platform.idempotency).
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
