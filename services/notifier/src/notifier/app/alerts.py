"""In-app alerts: the read model (updated with every alert event, in its transaction), the
queries behind ``GET /alerts``, and marking an alert read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

import asyncpg
import ouvrage_events as es
from ouvrage_events.catalog.notifier import AlertMarkedRead, AlertRaised
from ouvrage_events.store.db import Conn

from notifier.domain.alert import Alert
from notifier.domain.errors import AlertNotFoundError

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


@dataclass(frozen=True)
class AlertView:
    alert_id: UUID
    kind: str
    title: str
    body: str
    link: str | None
    source_event_id: UUID
    raised_at: datetime
    read_at: datetime | None
    version: int
    seq: int


_COLUMNS = "alert_id, kind, title, body, link, source_event_id, raised_at, read_at, version, seq"

Reader = Conn | asyncpg.Pool


async def inbox(
    db: Reader, tenant_id: UUID, user_id: UUID, *, unread: bool, before: int | None, limit: int
) -> list[AlertView]:
    """The user's alerts, newest first."""
    rows = await db.fetch(
        f"SELECT {_COLUMNS} FROM alerts WHERE tenant_id = $1 AND recipient_id = $2 "
        "AND (NOT $3 OR read_at IS NULL) AND ($4::bigint IS NULL OR seq < $4) "
        "ORDER BY seq DESC LIMIT $5",
        tenant_id,
        user_id,
        unread,
        before,
        limit,
    )
    return [AlertView(**dict(r)) for r in rows]


async def unread_count(db: Reader, tenant_id: UUID, user_id: UUID) -> int:
    count = await db.fetchval(
        "SELECT count(*) FROM alerts WHERE tenant_id = $1 AND recipient_id = $2 "
        "AND read_at IS NULL",
        tenant_id,
        user_id,
    )
    return int(count)


async def get(db: Reader, tenant_id: UUID, user_id: UUID, alert_id: UUID) -> AlertView | None:
    """One of the user's alerts; None for anyone else's, in any company."""
    row = await db.fetchrow(
        f"SELECT {_COLUMNS} FROM alerts WHERE tenant_id = $1 AND recipient_id = $2 "
        "AND alert_id = $3",
        tenant_id,
        user_id,
        alert_id,
    )
    return AlertView(**dict(row)) if row else None


async def raised_after(
    db: Reader, tenant_id: UUID, user_id: UUID, alert_id: UUID, limit: int = 100
) -> list[AlertView]:
    """The user's alerts raised after ``alert_id``, oldest first (a stream resuming)."""
    rows = await db.fetch(
        f"SELECT {_COLUMNS} FROM alerts WHERE tenant_id = $1 AND recipient_id = $2 AND seq > "
        "(SELECT seq FROM alerts WHERE alert_id = $3 AND tenant_id = $1 AND recipient_id = $2) "
        "ORDER BY seq LIMIT $4",
        tenant_id,
        user_id,
        alert_id,
        limit,
    )
    return [AlertView(**dict(r)) for r in rows]


class StaleAlertError(Exception):
    """The caller's If-Match names another version of the alert."""

    def __init__(self, current_version: int) -> None:
        super().__init__("stale alert version")
        self.current_version = current_version


async def mark_read(
    uow_factory: es.UnitOfWorkFactory,
    metadata: es.Metadata,
    alert_id: UUID,
    expected_version: int | None,
) -> AlertView:
    """Mark one of the caller's alerts read (``metadata.actor_id`` is the caller)."""
    assert metadata.actor_id is not None
    for attempt in (1, 2):
        try:
            await _mark_read_once(uow_factory, metadata, alert_id, expected_version)
            break
        except es.ConcurrencyError:
            # Read at the same moment elsewhere: reloaded, it is read (or If-Match is stale).
            if attempt == 2:
                raise
    view = await get(uow_factory.pool, metadata.tenant_id, metadata.actor_id, alert_id)
    assert view is not None
    return view


async def _mark_read_once(
    uow_factory: es.UnitOfWorkFactory,
    metadata: es.Metadata,
    alert_id: UUID,
    expected_version: int | None,
) -> None:
    assert metadata.actor_id is not None
    async with uow_factory(metadata) as uow:
        if await get(uow.conn, metadata.tenant_id, metadata.actor_id, alert_id) is None:
            raise AlertNotFoundError()
        alert = await uow.load(Alert, alert_id)
        if expected_version is not None and expected_version != alert.version:
            raise StaleAlertError(alert.version)
        alert.mark_read()
        await uow.commit()
