-- identity's own tables: what must never travel in events (credentials, tokens, keys).

CREATE TABLE IF NOT EXISTS credentials (
    user_id                   uuid PRIMARY KEY,
    tenant_id                 uuid NOT NULL,
    email                     text NOT NULL,
    password_hash             text NOT NULL,
    active                    boolean NOT NULL DEFAULT true,
    failed_count              integer NOT NULL DEFAULT 0,
    failure_window_started_at timestamptz,
    locked_until              timestamptz,
    password_changed_at       timestamptz NOT NULL DEFAULT now()
);
-- Login is by email alone, so an email names one account across every company.
CREATE UNIQUE INDEX IF NOT EXISTS credentials_email ON credentials (lower(email));

CREATE TABLE IF NOT EXISTS refresh_tokens (
    token_digest text PRIMARY KEY,
    family_id    uuid NOT NULL,
    user_id      uuid NOT NULL,
    tenant_id    uuid NOT NULL,
    issued_at    timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL,
    used_at      timestamptz,
    revoked_at   timestamptz
);
CREATE INDEX IF NOT EXISTS refresh_tokens_family ON refresh_tokens (family_id);
CREATE INDEX IF NOT EXISTS refresh_tokens_user ON refresh_tokens (user_id);

CREATE TABLE IF NOT EXISTS signing_keys (
    kid         text PRIMARY KEY,
    private_pem text NOT NULL,
    public_jwk  jsonb NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    retired_at  timestamptz
);
