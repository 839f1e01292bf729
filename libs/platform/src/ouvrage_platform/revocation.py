"""Tokens revoked before they expire: a per-user "not valid before" kept from identity's events.

A deactivated user, one whose permissions changed or whose password changed is refused by every
service within about ``refresh_interval`` seconds (plus the consumer's lag), not at token expiry:

- ``PROJECTION`` (consumer group ``<service>.token_revocations``) keeps ``token_not_before``
  from ``UserDeactivated`` (never valid again), ``UserPermissionsChanged`` and ``PasswordChanged``
  (tokens issued before the event are refused; a refresh gives a new one);
- ``Revocations`` reads that table into memory, refreshing what changed at most once per
  ``refresh_interval``, and ``current_user`` refuses a token whose ``iat`` is older (401).

A service wires it with ``install_revocations(app, pool)`` in its lifespan and the projection in
its consumed projections (identity applies it inline: the events are its own).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any
from uuid import UUID

import asyncpg
import structlog
from fastapi import FastAPI
from ouvrage_events.catalog.identity import PasswordChanged, UserDeactivated, UserPermissionsChanged
from ouvrage_events.contract.base import Envelope
from ouvrage_events.runtime.projection import Projection
from ouvrage_events.store.db import Conn

log = structlog.get_logger(__name__)

PROJECTION = Projection(
    "token_revocations",
    ddl="""
    CREATE TABLE IF NOT EXISTS token_not_before (
        user_id    uuid PRIMARY KEY,
        tenant_id  uuid NOT NULL,
        not_before timestamptz NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT clock_timestamp()
    );
    CREATE INDEX IF NOT EXISTS token_not_before_changed ON token_not_before (changed_at);
""",
)
# Qualified: the table is found whatever the service's search_path.
_TABLE = f'"{PROJECTION.schema}".token_not_before'
# A row committed late (its changed_at is older than one already read) is still picked up.
_LATE_COMMIT_MARGIN_SECONDS = 60.0


async def _not_before(conn: Conn, envelope: Envelope, user_id: UUID, moment: datetime) -> None:
    await conn.execute(
        f"INSERT INTO {_TABLE} (user_id, tenant_id, not_before) VALUES ($1, $2, $3) "
        "ON CONFLICT (user_id) DO UPDATE SET changed_at = clock_timestamp(), "
        "not_before = GREATEST(token_not_before.not_before, EXCLUDED.not_before)",
        user_id,
        envelope.tenant_id,
        moment,
    )


@PROJECTION.on(UserPermissionsChanged, PasswordChanged)
async def _changed(conn: Conn, e: UserPermissionsChanged | PasswordChanged, env: Envelope) -> None:
    await _not_before(conn, env, e.user_id, env.time)


@PROJECTION.on(UserDeactivated)
async def _deactivated(conn: Conn, e: UserDeactivated, env: Envelope) -> None:
    await _not_before(conn, env, e.user_id, datetime.max.replace(tzinfo=env.time.tzinfo))


class Revocations:
    """The "not valid before" of each user, from ``token_not_before``, cached in memory."""

    def __init__(
        self,
        pool: asyncpg.Pool,
        *,
        refresh_interval: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._pool = pool
        self._interval = refresh_interval
        self._clock = clock
        self._not_before: dict[UUID, float] = {}
        self._watermark: datetime | None = None
        self._refreshed_at: float | None = None
        self._lock = asyncio.Lock()

    async def is_revoked(self, user_id: UUID, issued_at: float) -> bool:
        """True when a token of ``user_id`` issued at ``issued_at`` (epoch seconds) is void."""
        await self._refresh_if_due()
        not_before = self._not_before.get(user_id)
        return not_before is not None and issued_at < not_before

    async def _refresh_if_due(self) -> None:
        if not self._due():
            return
        async with self._lock:
            if not self._due():  # another request refreshed meanwhile
                return
            try:
                await self._refresh()
            except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
                # Keep what is known; the next request tries again.
                log.warning("auth.revocations_refresh_failed", error=type(exc).__name__)
            self._refreshed_at = self._clock()

    def _due(self) -> bool:
        return self._refreshed_at is None or self._clock() - self._refreshed_at >= self._interval

    async def _refresh(self) -> None:
        if self._watermark is None:
            rows = await self._pool.fetch(f"SELECT user_id, not_before, changed_at FROM {_TABLE}")
        else:
            rows = await self._pool.fetch(
                f"SELECT user_id, not_before, changed_at FROM {_TABLE} "
                "WHERE changed_at > $1::timestamptz - $2::float8 * interval '1 second'",
                self._watermark,
                _LATE_COMMIT_MARGIN_SECONDS,
            )
        for row in rows:
            self._not_before[row["user_id"]] = _epoch(row["not_before"])
            if self._watermark is None or row["changed_at"] > self._watermark:
                self._watermark = row["changed_at"]


def _epoch(moment: datetime) -> float:
    try:
        return moment.timestamp()
    except (OverflowError, ValueError):  # 'infinity' / datetime.max: never valid again
        return float("inf")


def install_revocations(app: FastAPI, pool: asyncpg.Pool, **options: Any) -> Revocations:
    """Make ``current_user`` refuse revoked tokens (call in the lifespan, once the pool is open)."""
    revocations = Revocations(pool, **options)
    app.state.revocations = revocations
    return revocations


async def session_valid(app: FastAPI, user_id: UUID, issued_at: float, expires_at: float) -> bool:
    """False once the token expired or was revoked: long-lived answers (server-sent events)
    ask this periodically and end."""
    if time.time() >= expires_at:
        return False
    revocations = getattr(app.state, "revocations", None)
    return revocations is None or not await revocations.is_revoked(user_id, issued_at)
