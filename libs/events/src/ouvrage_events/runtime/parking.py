"""Parked streams: events held back, in order, behind a message that could not be handled."""

from __future__ import annotations

import traceback
from typing import Any
from uuid import UUID

import asyncpg
import structlog
from aiokafka import ConsumerRecord

from ouvrage_events.contract import cloudevents
from ouvrage_events.contract.base import Envelope
from ouvrage_events.contract.registry import Registry
from ouvrage_events.runtime.projection import Projection
from ouvrage_events.store.db import Conn

log = structlog.get_logger(__name__)

_INSERT_MESSAGE = """
INSERT INTO es_parked_messages (projection, aggregate_id, topic, kafka_partition, kafka_offset,
                                value, headers)
VALUES ($1, $2, $3, $4, $5, $6, $7)
ON CONFLICT (projection, topic, kafka_partition, kafka_offset) DO NOTHING
"""


def describe(error: BaseException) -> str:
    """Where and what failed, for the dead-letter headers and the parked stream: the exception
    type, SQLSTATE and constraint when there are some, and the failing frame. Never the message,
    which may quote the data (an email in a unique-violation detail, say)."""
    parts = [type(error).__name__]
    for attr in ("sqlstate", "constraint_name"):
        value = getattr(error, attr, None)
        if value:
            parts.append(f"{attr}={value}")
    frames = traceback.extract_tb(error.__traceback__)
    if frames:
        last = frames[-1]
        parts.append(f"at {last.filename.rsplit('/', 1)[-1]}:{last.lineno} in {last.name}")
    return " ".join(parts)


async def _lock_stream(conn: Conn, projection: str, aggregate_id: UUID) -> None:
    # An advisory lock, not FOR UPDATE: a row lock would give the transaction an xid before a
    # handler's append, which the event store forbids (see 0001_event_store.sql).
    await conn.execute(
        "SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))", projection, str(aggregate_id)
    )


def _headers(record: ConsumerRecord[Any, Any]) -> list[list[str]]:
    return [[k, v.decode()] for k, v in record.headers or () if v is not None]


async def park(
    pool: asyncpg.Pool,
    projection: str,
    record: ConsumerRecord[Any, Any],
    envelope: Envelope,
    error: str,
) -> None:
    """Park the failed message's stream, keeping the message first in line."""
    async with pool.acquire() as conn, conn.transaction():
        await _lock_stream(conn, projection, envelope.aggregate_id)
        await conn.execute(
            "INSERT INTO es_parked_streams (projection, aggregate_id, error) VALUES ($1, $2, $3) "
            "ON CONFLICT (projection, aggregate_id) DO UPDATE SET error = EXCLUDED.error",
            projection,
            envelope.aggregate_id,
            error[:2000],
        )
        await insert_parked(conn, projection, record, envelope)
    log.error(
        "consumer.stream_parked", projection=projection, aggregate_id=str(envelope.aggregate_id)
    )


async def insert_parked(
    conn: Conn, projection: str, record: ConsumerRecord[Any, Any], envelope: Envelope
) -> None:
    await conn.execute(
        _INSERT_MESSAGE,
        projection,
        envelope.aggregate_id,
        record.topic,
        record.partition,
        record.offset,
        record.value,
        _headers(record),
    )


async def parked_streams(pool: asyncpg.Pool, projection: str) -> list[dict[str, Any]]:
    rows = await pool.fetch(
        """SELECT s.aggregate_id, s.error, s.parked_at, count(m.id) AS messages
           FROM es_parked_streams s LEFT JOIN es_parked_messages m
             ON m.projection = s.projection AND m.aggregate_id = s.aggregate_id
           WHERE s.projection = $1 GROUP BY s.aggregate_id, s.error, s.parked_at
           ORDER BY s.parked_at""",
        projection,
    )
    return [dict(r) for r in rows]


async def replay_parked(
    pool: asyncpg.Pool, projection: Projection, aggregate_id: UUID, registry: Registry
) -> int:
    """Apply a parked stream's messages in order; unpark it when all are applied.

    Each message is applied in its own transaction under the stream's lock, so the live consumer
    (which parks new messages under the same lock) can neither lose nor reorder one. Raises the
    handler's error, leaving that message and the rest parked, if it still fails.
    """
    applied = 0
    while True:
        async with pool.acquire() as conn, conn.transaction():
            await _lock_stream(conn, projection.name, aggregate_id)
            parked = await conn.fetchval(
                "SELECT 1 FROM es_parked_streams WHERE projection = $1 AND aggregate_id = $2",
                projection.name,
                aggregate_id,
            )
            if not parked:
                return applied
            row = await conn.fetchrow(
                "SELECT id, value, headers FROM es_parked_messages "
                "WHERE projection = $1 AND aggregate_id = $2 ORDER BY id LIMIT 1",
                projection.name,
                aggregate_id,
            )
            if row is None:
                await conn.execute(
                    "DELETE FROM es_parked_streams WHERE projection = $1 AND aggregate_id = $2",
                    projection.name,
                    aggregate_id,
                )
                log.info("consumer.stream_unparked", projection=projection.name)
                return applied
            headers = [(k, v.encode()) for k, v in row["headers"]]
            envelope = cloudevents.decode(row["value"], headers)
            await projection.apply_tracked(conn, envelope, registry)
            await conn.execute("DELETE FROM es_parked_messages WHERE id = $1", row["id"])
            applied += 1
