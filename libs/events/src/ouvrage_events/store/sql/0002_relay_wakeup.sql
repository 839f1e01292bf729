-- Appends wake the relay with NOTIFY only while a relay is waiting for work.
--
-- A NOTIFY makes its transaction take a cluster-wide lock through its commit, so notifying
-- commits cannot share a WAL flush: under load that halves the append rate. The append
-- statement (EventStore.append) notifies only while es_relay_wakeup says a relay waits; the
-- relay turns that on when it runs out of work and off while busy or gone (Relay._set_wakeups,
-- which also closes the window a change of setting opens). Unlogged: after a crash the row is
-- gone, which means "nobody waits", and the next relay session sets it again.
CREATE UNLOGGED TABLE IF NOT EXISTS es_relay_wakeup (
    id     boolean PRIMARY KEY DEFAULT true CHECK (id),
    notify boolean NOT NULL DEFAULT false
);

DROP TRIGGER IF EXISTS es_events_notify ON es_events;
DROP FUNCTION IF EXISTS es_notify_append();
