"""The queries behind ``GET /alerts``: a user's inbox, unread count, one alert, what is new."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeAlias
from uuid import UUID

from ouvrage_events.store.db import Conn

if TYPE_CHECKING:
    import asyncpg

    Reader: TypeAlias = Conn | asyncpg.Pool
else:
    Reader = Any


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
