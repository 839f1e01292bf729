"""The PostgreSQL event store: append with an expected version, read streams, snapshots."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any
from uuid import UUID

import asyncpg

from ouvrage_events import privacy
from ouvrage_events.contract.base import Envelope
from ouvrage_events.errors import ConcurrencyError
from ouvrage_events.store.db import Conn
from ouvrage_events.store.snapshot import Position, Snapshot, check_consecutive

__all__ = ["AppendOrderError", "ConcurrencyError", "EventStore", "Position", "Snapshot"]


# the rows of this transaction's append, sealed again under the keys the vault already had
_RESEAL = (
    "UPDATE es_events SET payload = r.payload FROM unnest($1::uuid[], $2::jsonb[]) "
    "AS r(event_id, payload) WHERE es_events.event_id = r.event_id"
)


class AppendOrderError(RuntimeError):
    """An append that was not the first write of its transaction (see 0001_event_store.sql)."""


_COLUMNS = (
    "position, txid, stream_id, stream_type, version, event_id, event_type, schema_version, "
    "tenant_id, occurred_at, payload, metadata"
)

_APPEND = """
INSERT INTO es_events (stream_id, stream_type, version, event_id, event_type, schema_version,
                       tenant_id, occurred_at, payload, metadata)
SELECT $1, $2, v, e, t, s, tn, o, p, m
FROM unnest($3::int[], $4::uuid[], $5::text[], $6::int[], $7::uuid[], $8::timestamptz[],
            $9::jsonb[], $10::jsonb[]) AS x(v, e, t, s, tn, o, p, m)
WHERE ($11::int = 0 OR EXISTS (SELECT 1 FROM es_events WHERE stream_id = $1 AND version = $11))
  AND (SELECT es_before_append($12))
"""


def _metadata(envelope: Envelope) -> dict[str, Any]:
    return {
        "source": envelope.source,
        "actor_id": str(envelope.actor_id) if envelope.actor_id else None,
        "correlation_id": str(envelope.correlation_id),
        "causation_id": str(envelope.causation_id) if envelope.causation_id else None,
        "traceparent": envelope.traceparent,
    }


def envelope_from_row(row: asyncpg.Record) -> Envelope:
    meta = row["metadata"]
    return Envelope(
        event_id=row["event_id"],
        type=row["event_type"],
        schema_version=row["schema_version"],
        source=meta["source"],
        tenant_id=row["tenant_id"],
        aggregate_id=row["stream_id"],
        aggregate_type=row["stream_type"],
        sequence=row["version"],
        time=row["occurred_at"],
        actor_id=meta.get("actor_id"),
        correlation_id=meta["correlation_id"],
        causation_id=meta.get("causation_id"),
        traceparent=meta.get("traceparent"),
        payload=row["payload"],
    )


class EventStore:
    """Streams of envelopes in ``es_events``; every method runs on the caller's connection."""

    async def append(
        self,
        conn: Conn,
        envelopes: Sequence[Envelope],
        expected_version: int,
        *,
        first_write: bool = True,
    ) -> None:
        """Append one stream's new events, which must follow ``expected_version``.

        Call inside the caller's transaction. The transaction's first append must come before
        any other write of it (``first_write`` checks that, in the same statement; later appends
        of the same transaction pass False); raises ``ConcurrencyError`` if another writer got
        there first, ``AppendOrderError`` if something was written before.
        """
        if not envelopes:
            return
        check_consecutive(envelopes, expected_version)
        first = envelopes[0]
        # personal fields leave the process sealed; the vault confirms new subjects' keys while
        # the rows are inserted (one round trip saved), and a key that lost is re-sealed below
        sealing = await privacy.seal_ahead(envelopes)
        envelopes = sealing.envelopes
        settling = asyncio.ensure_future(sealing.settle())
        try:
            status = await conn.execute(
                _APPEND,
                first.aggregate_id,
                first.aggregate_type,
                [e.sequence for e in envelopes],
                [e.event_id for e in envelopes],
                [e.type for e in envelopes],
                [e.schema_version for e in envelopes],
                [e.tenant_id for e in envelopes],
                [e.time for e in envelopes],
                [e.payload for e in envelopes],
                [_metadata(e) for e in envelopes],
                expected_version,
                first_write,
            )
        except asyncpg.UniqueViolationError as exc:
            raise ConcurrencyError(first.aggregate_id, expected_version) from exc
        except asyncpg.PostgresError as exc:
            if exc.sqlstate == "OU001":
                raise AppendOrderError(
                    "events must be appended before any other write of the transaction; "
                    "move that write into a projection or after_append"
                ) from exc
            raise
        finally:
            resealed = await settling  # never commit an event whose key the vault lacks
        if status != f"INSERT 0 {len(envelopes)}":
            raise ConcurrencyError(first.aggregate_id, expected_version)
        if resealed is not None:
            await conn.execute(
                _RESEAL, [e.event_id for e in resealed], [e.payload for e in resealed]
            )

    async def read_stream(
        self, conn: Conn | asyncpg.Pool, stream_id: UUID, from_version: int = 1
    ) -> list[Envelope]:
        rows = await conn.fetch(
            f"SELECT {_COLUMNS} FROM es_events WHERE stream_id = $1 AND version >= $2 "
            "ORDER BY version",
            stream_id,
            from_version,
        )
        return await privacy.open_all([envelope_from_row(r) for r in rows])

    async def read_streams(
        self, conn: Conn | asyncpg.Pool, tenant_id: UUID, stream_ids: Sequence[UUID]
    ) -> list[Envelope]:
        """The events of several streams of one tenant, opened in one pass (access exports)."""
        rows = await conn.fetch(
            f"SELECT {_COLUMNS} FROM es_events WHERE tenant_id = $1 AND stream_id = ANY($2) "
            "ORDER BY position",
            tenant_id,
            list(stream_ids),
        )
        return await privacy.open_all([envelope_from_row(r) for r in rows])

    async def stream_owner(
        self, conn: Conn | asyncpg.Pool, stream_id: UUID
    ) -> tuple[UUID, str] | None:
        """(tenant id, stream type) of a stream, or None when it has no events."""
        row = await conn.fetchrow(
            "SELECT tenant_id, stream_type FROM es_events WHERE stream_id = $1 AND version = 1",
            stream_id,
        )
        return None if row is None else (row["tenant_id"], row["stream_type"])

    async def read_all(
        self, conn: Conn | asyncpg.Pool, after: Position, limit: int = 500
    ) -> list[tuple[Position, Envelope]]:
        """Committed events after ``after`` in publication order, never skipping a late commit.

        Only rows written by transactions older than every running one are returned, so a row
        with a smaller (txid, position) can never appear after a larger one was read.
        """
        rows = await conn.fetch(
            f"SELECT {_COLUMNS} FROM es_events "
            "WHERE (txid, position) > ($1, $2) "
            "AND txid < pg_snapshot_xmin(pg_current_snapshot())::text::bigint "
            "ORDER BY txid, position LIMIT $3",
            after.txid,
            after.position,
            limit,
        )
        return [(Position(r["txid"], r["position"]), envelope_from_row(r)) for r in rows]

    async def save_snapshot(
        self, conn: Conn | asyncpg.Pool, stream_type: str, snapshot: Snapshot
    ) -> None:
        await conn.execute(
            """INSERT INTO es_snapshots (stream_id, stream_type, version, schema_version, state)
               VALUES ($1, $2, $3, $4, $5)
               ON CONFLICT (stream_id) DO UPDATE SET version = EXCLUDED.version,
                 schema_version = EXCLUDED.schema_version, state = EXCLUDED.state,
                 taken_at = now()
               WHERE es_snapshots.version < EXCLUDED.version""",
            snapshot.stream_id,
            stream_type,
            snapshot.version,
            snapshot.schema_version,
            snapshot.state,
        )

    async def load_snapshot(self, conn: Conn | asyncpg.Pool, stream_id: UUID) -> Snapshot | None:
        row = await conn.fetchrow(
            "SELECT version, schema_version, state FROM es_snapshots WHERE stream_id = $1",
            stream_id,
        )
        if row is None:
            return None
        return Snapshot(stream_id, row["version"], row["schema_version"], row["state"])
