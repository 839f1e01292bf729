-- Appends wake the relay with NOTIFY only while a relay is waiting for work.
--
-- A NOTIFY makes its transaction take a cluster-wide lock through its commit, so notifying
-- commits cannot share a WAL flush: under load that halves the append rate. Appends notify only
-- while es_relay_wakeup says a relay waits; the relay turns that on when it runs out of work and
-- off while busy or gone (Relay._set_wakeups, which also closes the window a change of setting
-- opens). Unlogged: after a crash the row is gone, which means "nobody waits", and the next relay
-- session sets it again.
CREATE UNLOGGED TABLE IF NOT EXISTS es_relay_wakeup (
    id     boolean PRIMARY KEY DEFAULT true CHECK (id),
    notify boolean NOT NULL DEFAULT false
);

DROP TRIGGER IF EXISTS es_events_notify ON es_events;
DROP FUNCTION IF EXISTS es_notify_append();
DROP FUNCTION IF EXISTS es_assert_first_write();

-- Called once per append statement (EventStore.append), before its rows are written:
-- refuses an append that is not the transaction's first write (see 0001_event_store.sql) and
-- wakes a waiting relay (the notification is delivered on commit, dropped on rollback).
CREATE OR REPLACE FUNCTION es_before_append(first_write boolean) RETURNS boolean
LANGUAGE plpgsql AS $$
BEGIN
    IF first_write AND pg_current_xact_id_if_assigned() IS NOT NULL THEN
        RAISE EXCEPTION 'events must be appended before any other write of the transaction'
            USING ERRCODE = 'OU001';
    END IF;
    IF (SELECT notify FROM es_relay_wakeup) THEN
        PERFORM pg_notify('es_events', '');
    END IF;
    RETURN true;
END $$;
