-- The event store: one table of streams, which is also the relay's outbox.
--
-- txid is the id of the writing transaction. The relay publishes only rows whose txid is below
-- the oldest transaction still running (pg_snapshot_xmin), ordered by (txid, position): a
-- transaction that commits late can therefore never be skipped (the "gap" problem of reading by
-- a sequence alone). Appends are the first write of their transaction (EventStore.append checks
-- it), so a stream's later version always has a larger txid than its earlier one.
CREATE TABLE IF NOT EXISTS es_events (
    position       bigint GENERATED ALWAYS AS IDENTITY,
    txid           bigint NOT NULL DEFAULT (pg_current_xact_id()::text::bigint),
    stream_id      uuid NOT NULL,
    stream_type    text NOT NULL,
    version        integer NOT NULL CHECK (version > 0),
    event_id       uuid NOT NULL UNIQUE,
    event_type     text NOT NULL,
    schema_version integer NOT NULL,
    tenant_id      uuid NOT NULL,
    occurred_at    timestamptz NOT NULL,
    recorded_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
    payload        jsonb NOT NULL,
    metadata       jsonb NOT NULL,
    PRIMARY KEY (stream_id, version)
);
CREATE INDEX IF NOT EXISTS es_events_relay_order ON es_events (txid, position);

-- Raises unless the calling transaction has written nothing yet (see EventStore.append).
CREATE OR REPLACE FUNCTION es_assert_first_write() RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
    IF pg_current_xact_id_if_assigned() IS NOT NULL THEN
        RAISE EXCEPTION 'events must be appended before any other write of the transaction'
            USING ERRCODE = 'OU001';
    END IF;
    RETURN true;
END $$;

CREATE OR REPLACE FUNCTION es_notify_append() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('es_events', '');
    RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS es_events_notify ON es_events;
CREATE TRIGGER es_events_notify AFTER INSERT ON es_events
    FOR EACH STATEMENT EXECUTE FUNCTION es_notify_append();

CREATE TABLE IF NOT EXISTS es_snapshots (
    stream_id      uuid PRIMARY KEY,
    stream_type    text NOT NULL,
    version        integer NOT NULL,
    schema_version integer NOT NULL,
    state          jsonb NOT NULL,
    taken_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS es_relay_checkpoints (
    name       text PRIMARY KEY,
    txid       bigint NOT NULL,
    position   bigint NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- Consumers: streams whose processing failed, and the messages held back behind the failure.
CREATE TABLE IF NOT EXISTS es_parked_streams (
    projection   text NOT NULL,
    aggregate_id uuid NOT NULL,
    error        text NOT NULL,
    parked_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (projection, aggregate_id)
);

CREATE TABLE IF NOT EXISTS es_parked_messages (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    projection   text NOT NULL,
    aggregate_id uuid NOT NULL,
    topic        text NOT NULL,
    kafka_partition integer NOT NULL,
    kafka_offset bigint NOT NULL,
    value        bytea,
    headers      jsonb NOT NULL,
    parked_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (projection, topic, kafka_partition, kafka_offset)
);
CREATE INDEX IF NOT EXISTS es_parked_messages_stream ON es_parked_messages (projection, aggregate_id, id);
