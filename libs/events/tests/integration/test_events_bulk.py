"""Applying a batch in a rebuild: the same effects as one by one, duplicates once."""

from __future__ import annotations

from typing import Any
from uuid import uuid4

import ouvrage_events as es
from ouvrage_events.catalog.clients import ClientBlocked, ClientUnblocked
from ouvrage_events.runtime.bulk import apply_batch

ledger = es.Projection(
    "bulk_ledger",
    ddl="CREATE TABLE IF NOT EXISTS ledger (seq serial PRIMARY KEY, client_id uuid, "
    "kind text, seen_before bigint)",
)


@ledger.on(ClientBlocked, ClientUnblocked)
async def _entry(conn: Any, e: Any, env: es.Envelope) -> None:
    # a read between writes: it must see every earlier event's write (the queue is sent first)
    before = await conn.fetchval("SELECT count(*) FROM ledger WHERE client_id = $1", e.client_id)
    await conn.execute(
        "INSERT INTO ledger (client_id, kind, seen_before) VALUES ($1, $2, $3)",
        e.client_id,
        env.name,
        before,
    )


def _envelope(event: es.DomainEvent, client: Any, sequence: int) -> es.Envelope:
    return es.Envelope.wrap(
        event, aggregate_id=client, aggregate_type="client", sequence=sequence,
        metadata=es.Metadata(tenant_id=uuid4()),
    )  # fmt: skip


async def test_a_batch_applies_in_order_with_each_duplicate_once(kit: Any) -> None:
    client = uuid4()
    events = [
        _envelope(ClientUnblocked(client_id=client), client, 1),
        _envelope(ClientBlocked(client_id=client, reason="r"), client, 2),
        _envelope(ClientUnblocked(client_id=client), client, 3),
    ]
    batch = [events[0], events[1], events[0], events[2], events[1]]  # at least once
    conn = await es.connect(kit.dsn)
    try:
        await ledger.ensure_schema(conn)
        await conn.execute(f'SET search_path TO "{ledger.schema}", public')  # as a rebuild does
        seen: set[Any] = set()
        async with conn.transaction():
            applied = await apply_batch(conn, ledger, es.registry, ledger.schema, batch, seen)
        async with conn.transaction():  # a redelivery in a later batch: no second effect
            again = await apply_batch(conn, ledger, es.registry, ledger.schema, events, seen)
        rows = await conn.fetch(
            f'SELECT kind, seen_before FROM "{ledger.schema}".ledger ORDER BY seq'
        )
        tracked = await conn.fetchval(f"SELECT count(*) FROM {ledger.tracking()}")
    finally:
        await conn.close()
    assert (applied, again, tracked) == (3, 0, 3)
    assert [tuple(r) for r in rows] == [
        ("ClientUnblocked", 0),
        ("ClientBlocked", 1),
        ("ClientUnblocked", 2),
    ]
