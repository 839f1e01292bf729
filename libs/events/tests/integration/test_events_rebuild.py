"""Rebuilding a projection from the log gives the same read model as the live one."""

from __future__ import annotations

import asyncio
from typing import Any
from uuid import uuid4

import ouvrage_events as es
from ouvrage_events.runtime.rebuild import rebuild_from_kafka, rebuild_from_store

COLUMNS = "event_id, aggregate_id, sequence, reason, times"


async def _rows(kit: Any) -> list[tuple[Any, ...]]:
    rows = await kit.pool.fetch(
        f'SELECT {COLUMNS} FROM "{kit.counter.schema}".effects ORDER BY event_id'
    )
    return [tuple(r) for r in rows]


async def test_rebuild_from_kafka_equals_the_live_projection(
    kit: Any, kafka_bootstrap: str, topic: str
) -> None:
    written = await kit.blocks(120, per_account=3)
    relay = es.Relay(kit.dsn, kafka_bootstrap, service="clients", topic=topic)
    consumer = es.Consumer(
        service="test", projection=kit.counter, pool=kit.pool, bootstrap=kafka_bootstrap,
        topics=[topic], group_id=f"g-{uuid4()}",
    )  # fmt: skip
    tasks = [asyncio.create_task(relay.run()), asyncio.create_task(consumer.run())]
    try:
        async with asyncio.timeout(60):
            while len(await kit.effects()) < len(written):
                await asyncio.sleep(0.1)
        live = await _rows(kit)
        # the service keeps answering from the live schema while the rebuild runs
        rebuild = asyncio.create_task(
            rebuild_from_kafka(kit.dsn, kit.counter, es.registry,
                               bootstrap=kafka_bootstrap, topics=[topic])
        )  # fmt: skip
        while not rebuild.done():
            assert len(await _rows(kit)) == len(written)
            await asyncio.sleep(0.05)
        assert await rebuild == len(written)
    finally:
        relay.stop()
        consumer.stop()
        await asyncio.gather(*tasks)
    assert await _rows(kit) == live
    schemas = await kit.pool.fetch(
        "SELECT nspname FROM pg_namespace WHERE nspname LIKE $1", f"{kit.counter.schema}%"
    )
    assert [s["nspname"] for s in schemas] == [kit.counter.schema]


async def test_rebuild_from_the_store_equals_the_inline_projection(
    kit: Any, fresh_database: Any
) -> None:
    counter = kit.make_counter(set(), name="inline_counter")
    conn = await es.connect(kit.dsn)
    await counter.ensure_schema(conn)
    await conn.close()
    pool = await es.create_pool(kit.dsn, search_path=[counter.schema])
    try:
        factory = es.UnitOfWorkFactory(pool, projections=[counter])
        for i in range(30):
            async with factory(es.Metadata(tenant_id=uuid4())) as uow:
                acc = kit.Account(uuid4())
                uow.add(acc)
                acc.block(f"r{i}")
                acc.unblock()
                await uow.commit()
        query = f'SELECT {COLUMNS} FROM "{counter.schema}".effects ORDER BY event_id'
        live = [tuple(r) for r in await pool.fetch(query)]
        assert len(live) == 60
        assert await rebuild_from_store(kit.dsn, counter, es.registry) == 60
        assert [tuple(r) for r in await pool.fetch(query)] == live
        # writes after the swap land in the rebuilt schema
        async with factory(es.Metadata(tenant_id=uuid4())) as uow:
            acc = kit.Account(uuid4())
            uow.add(acc)
            acc.block("after")
            await uow.commit()
        assert len(await pool.fetch(query)) == 61
    finally:
        await pool.close()
