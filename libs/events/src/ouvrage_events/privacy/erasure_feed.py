"""Destroyed keys, announced to every process: ``destroy`` sends a PostgreSQL NOTIFY on the
vault database (in its transaction, so delivered at commit); each key store keeps one listening
connection and drops the destroyed keys from its cache at once. A lost connection clears the
whole cache (what was missed is unknown) and is reopened at most once per retry delay.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any
from uuid import UUID

import structlog

if TYPE_CHECKING:  # the driver loads when a key is first fetched, not with the kernel
    import asyncpg

log = structlog.get_logger(__name__)

CHANNEL = "ouvrage_privacy_keys_destroyed"
_PER_NOTICE = 100  # subjects per notification (a payload stays under PostgreSQL's 8000 bytes)

Subject = tuple[str, UUID]
Heard = Callable[[list[Subject] | None], None]


async def announce_destroyed(conn: Any, subjects: Sequence[Subject]) -> None:
    for start in range(0, len(subjects), _PER_NOTICE):
        chunk = subjects[start : start + _PER_NOTICE]
        await conn.execute(
            "SELECT pg_notify($1, $2)", CHANNEL, ",".join(f"{k}:{i}" for k, i in chunk)
        )


def _parse(payload: str) -> list[Subject]:
    found = []
    for item in payload.split(","):
        kind, _, subject_id = item.partition(":")
        try:
            found.append((kind, UUID(subject_id)))
        except ValueError:
            continue
    return found


class ErasureFeed:
    """One listening connection to the vault (per event loop)."""

    def __init__(self, dsn: str, heard: Heard) -> None:
        self.dsn = dsn
        self.heard = heard
        self._conn: asyncpg.Connection | None = None
        self._retry_at = 0.0

    @property
    def connected(self) -> bool:
        return self._conn is not None and not self._conn.is_closed()

    async def ensure(self, retry_seconds: float) -> None:
        """Listen, unless already listening or a recent attempt failed."""
        if self.connected or time.monotonic() < self._retry_at:
            return
        import asyncpg  # on use: the kernel loads no driver

        self._retry_at = time.monotonic() + retry_seconds
        try:
            conn = await asyncpg.connect(self.dsn)
            await conn.add_listener(CHANNEL, self._notified)
        except (OSError, asyncpg.PostgresError) as error:
            log.warning("privacy.erasure_feed_unavailable", error=type(error).__name__)
            return
        conn.add_termination_listener(self._lost)
        self._conn = conn

    def _notified(self, _conn: Any, _pid: int, _channel: str, payload: object) -> None:
        self.heard(_parse(str(payload)))

    def _lost(self, _conn: object) -> None:
        self._conn = None
        self.heard(None)
        log.warning("privacy.erasure_feed_lost")

    async def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None and not conn.is_closed():
            conn.remove_termination_listener(self._lost)  # a chosen close is no loss
            await conn.close()
