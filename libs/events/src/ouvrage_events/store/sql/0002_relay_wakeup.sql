-- Writers wake the relay with NOTIFY only while it waits for work.
--
-- A NOTIFY makes its transaction take a cluster-wide lock through its commit, so notifying
-- commits cannot share a WAL flush: under load that costs about a quarter of the append rate.
-- A busy relay reads again at once anyway, so it turns the wake-ups off while busy and back on
-- when idle (Relay._go_idle closes the window this opens; see there). Unlogged: after a crash the
-- row is gone, which means "notify".
CREATE UNLOGGED TABLE IF NOT EXISTS es_relay_wakeup (
    id     boolean PRIMARY KEY DEFAULT true CHECK (id),
    notify boolean NOT NULL DEFAULT true
);

CREATE OR REPLACE FUNCTION es_notify_append() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT notify FROM es_relay_wakeup) IS NOT FALSE THEN
        PERFORM pg_notify('es_events', '');
    END IF;
    RETURN NULL;
END $$;
