"""The alerts read model, updated with every alert event in its transaction (and announced on
``ALERTS_CHANNEL`` for the live stream)."""

from __future__ import annotations

import ouvrage_events as es
from ouvrage_events.catalog.notifier import AlertMarkedRead, AlertRaised
from ouvrage_events.store.db import Conn

ALERTS_CHANNEL = "notifier_alerts"

alerts_view = es.Projection(
    "alerts",
    ddl="""
    CREATE TABLE IF NOT EXISTS alerts (
        alert_id uuid PRIMARY KEY, tenant_id uuid NOT NULL, recipient_id uuid NOT NULL,
        kind text NOT NULL, title text NOT NULL, body text NOT NULL, link text,
        source_event_id uuid NOT NULL, raised_at timestamptz NOT NULL, read_at timestamptz,
        version integer NOT NULL, seq bigint GENERATED ALWAYS AS IDENTITY);
    CREATE INDEX IF NOT EXISTS alerts_inbox ON alerts (tenant_id, recipient_id, seq DESC);
    CREATE INDEX IF NOT EXISTS alerts_unread ON alerts (tenant_id, recipient_id)
        WHERE read_at IS NULL;
    """,
)


@alerts_view.on(AlertRaised)
async def _raised(conn: Conn, e: AlertRaised, env: es.Envelope) -> None:
    await conn.execute(
        "INSERT INTO alerts (alert_id, tenant_id, recipient_id, kind, title, body, link, "
        "source_event_id, raised_at, version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) "
        "ON CONFLICT (alert_id) DO NOTHING",
        e.alert_id,
        env.tenant_id,
        e.recipient_id,
        e.kind,
        e.title,
        e.body,
        e.link,
        e.source_event_id,
        env.time,
        env.sequence,
    )
    # Delivered on commit only: the live stream never shows an alert that was rolled back.
    # Not while rebuilding (into another schema): those alerts are old news.
    await conn.execute(
        "SELECT pg_notify($1, $2) WHERE current_schema() = $3",
        ALERTS_CHANNEL,
        f"{env.tenant_id}:{e.recipient_id}:{e.alert_id}",
        alerts_view.schema,
    )


@alerts_view.on(AlertMarkedRead)
async def _read(conn: Conn, e: AlertMarkedRead, env: es.Envelope) -> None:
    await conn.execute(
        "UPDATE alerts SET read_at = $2, version = $3 WHERE alert_id = $1",
        e.alert_id,
        env.time,
        env.sequence,
    )
