-- The email outbox and delivery log: one row per (source event, recipient, template).
--
-- email_id is derived from that triple (uuid5), so a redelivered event finds its row and adds
-- nothing. The row is written in the same transaction as the consumer's tracking record; the
-- sender worker moves it through pending -> sending -> transmitting -> sent | failed |
-- unconfirmed (see services/notifier/README.md, "At most one email").
CREATE TABLE IF NOT EXISTS email_outbox (
    email_id          uuid PRIMARY KEY,
    tenant_id         uuid NOT NULL,
    source_event_id   uuid NOT NULL,
    source_type       text NOT NULL,
    correlation_id    uuid NOT NULL,
    recipient_id      uuid NOT NULL,
    template          text NOT NULL,
    context           jsonb NOT NULL,
    attachment        bytea,
    attachment_name   text,
    attachment_sha256 text,
    message_id        text NOT NULL,
    status            text NOT NULL DEFAULT 'pending' CHECK (status IN
                          ('pending', 'sending', 'transmitting', 'sent', 'failed', 'unconfirmed')),
    attempts          integer NOT NULL DEFAULT 0,
    next_attempt_at   timestamptz NOT NULL DEFAULT now(),
    last_error        text,
    to_address        text,
    from_address      text,
    reply_to          text,
    subject           text,
    via_platform_sender boolean,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    sent_at           timestamptz,
    log_seq           bigint GENERATED ALWAYS AS IDENTITY,
    UNIQUE (source_event_id, recipient_id, template)
);
CREATE INDEX IF NOT EXISTS email_outbox_due ON email_outbox (next_attempt_at)
    WHERE status = 'pending';
CREATE INDEX IF NOT EXISTS email_outbox_in_flight ON email_outbox (status)
    WHERE status IN ('sending', 'transmitting');
CREATE INDEX IF NOT EXISTS email_outbox_log ON email_outbox (tenant_id, log_seq DESC);

CREATE OR REPLACE FUNCTION email_outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('notifier_outbox', '');
    RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS email_outbox_queued ON email_outbox;
CREATE TRIGGER email_outbox_queued AFTER INSERT ON email_outbox
    FOR EACH STATEMENT EXECUTE FUNCTION email_outbox_notify();
