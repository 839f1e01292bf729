"""The event store on the real PostgreSQL: appends, conflicts, snapshots, migrations."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any
from uuid import uuid4

import ouvrage_events as es
import pytest
from ouvrage_events.store.event_store import AppendOrderError
from ouvrage_events.store.migrations import MigrationError


async def test_append_then_load_folds_the_stream(kit: Any) -> None:
    aid = uuid4()
    async with kit.uow() as uow:
        acc = kit.Account(aid)
        uow.add(acc)
        acc.block("impayés")
        acc.unblock()
        acc.block("litige")
        envelopes = await uow.commit()
    assert [e.sequence for e in envelopes] == [1, 2, 3]
    async with kit.uow() as uow:
        loaded = await uow.load(kit.Account, aid)
    assert (loaded.version, loaded.blocks, loaded.reason) == (3, 2, "litige")
    stored = await es.EventStore().read_stream(kit.pool, aid, from_version=2)
    assert [e.type for e in stored] == [
        "ouvrage.clients.ClientUnblocked",
        "ouvrage.clients.ClientBlocked",
    ]
    assert stored[1] == envelopes[2]


async def test_loading_an_unknown_aggregate_is_not_found(kit: Any) -> None:
    async with kit.uow() as uow:
        assert await uow.get(kit.Account, uuid4()) is None
        with pytest.raises(es.AggregateNotFoundError):
            await uow.load(kit.Account, uuid4())


async def test_a_stale_writer_gets_a_concurrency_error_and_writes_nothing(kit: Any) -> None:
    [first] = await kit.blocks(1)
    aid = first.aggregate_id
    async with kit.uow() as a, kit.uow() as b:
        acc_a = await a.load(kit.Account, aid)
        acc_b = await b.load(kit.Account, aid)
        acc_a.block("a")
        acc_b.unblock()
        acc_b.block("b")
        await a.commit()
        with pytest.raises(es.ConcurrencyError):
            await b.commit()
    stream = await es.EventStore().read_stream(kit.pool, aid)
    assert [e.payload.get("reason") for e in stream] == ["raison 0", "a"]


async def test_concurrent_appends_in_flight_one_wins(kit: Any) -> None:
    [first] = await kit.blocks(1)
    aid = first.aggregate_id
    a, b = kit.uow(), kit.uow()
    await a.__aenter__()
    await b.__aenter__()
    try:
        (await a.load(kit.Account, aid)).block("a")
        (await b.load(kit.Account, aid)).block("b")
        await a.flush()  # a holds version 2, uncommitted
        b_commit = asyncio.create_task(b.commit())  # blocks on a's row
        await asyncio.sleep(0.2)
        assert not b_commit.done()
        await a.commit()
        with pytest.raises(es.ConcurrencyError):
            await b_commit
    finally:
        await a.__aexit__(None, None, None)
        await b.__aexit__(None, None, None)
    assert len(await es.EventStore().read_stream(kit.pool, aid)) == 2


async def test_the_append_must_be_the_first_write(kit: Any) -> None:
    async with kit.uow() as uow:
        await uow.conn.execute("CREATE TEMP TABLE scratch (x int)")
        await uow.conn.execute("INSERT INTO scratch VALUES (1)")
        acc = kit.Account(uuid4())
        uow.add(acc)
        acc.block("x")
        with pytest.raises(AppendOrderError):
            await uow.commit()


async def test_snapshots_are_taken_and_used(kit: Any) -> None:
    aid = uuid4()
    async with kit.uow() as uow:
        acc = kit.SnapshottedAccount(aid)
        uow.add(acc)
        for i in range(5):
            acc.block(f"r{i}")
        await uow.commit()
    snap = await es.EventStore().load_snapshot(kit.pool, aid)
    assert snap is not None
    assert (snap.version, snap.state) == (5, {"blocks": 5, "reason": "r4"})
    # Prove loading starts from the snapshot: change it, then load.
    await kit.pool.execute(
        "UPDATE es_snapshots SET state = $2, version = 4 WHERE stream_id = $1",
        aid,
        {"blocks": 100, "reason": "from snapshot"},
    )
    async with kit.uow() as uow:
        loaded = await uow.load(kit.SnapshottedAccount, aid)
    assert (loaded.version, loaded.blocks, loaded.reason) == (5, 101, "r4")


async def test_migrations_apply_once_and_refuse_edited_files(kit: Any, tmp_path: Path) -> None:
    (tmp_path / "0001_things.sql").write_text("CREATE TABLE things (id int PRIMARY KEY);")
    (tmp_path / "0002_more.sql").write_text("ALTER TABLE things ADD COLUMN name text;")
    conn = await es.connect(kit.dsn)
    try:
        dirs = {"event_store": es.EVENT_STORE_MIGRATIONS, "test": tmp_path}
        assert await es.migrate(conn, dirs) == ["test/0001_things.sql", "test/0002_more.sql"]
        assert await es.migrate(conn, dirs) == []
        (tmp_path / "0002_more.sql").write_text("ALTER TABLE things ADD COLUMN other text;")
        with pytest.raises(MigrationError):
            await es.migrate(conn, dirs)
    finally:
        await conn.close()


async def test_concurrent_migrations_apply_each_file_once(kit: Any, tmp_path: Path) -> None:
    (tmp_path / "0001_once.sql").write_text("CREATE TABLE once_only (id int PRIMARY KEY);")
    conns = [await es.connect(kit.dsn) for _ in range(3)]
    try:
        results = await asyncio.gather(*(es.migrate(c, {"once": tmp_path}) for c in conns))
    finally:
        for c in conns:
            await c.close()
    assert sorted(len(r) for r in results) == [0, 0, 1]


async def test_read_all_never_passes_a_transaction_still_running(kit: Any) -> None:
    store = es.EventStore()
    early = kit.uow()
    await early.__aenter__()
    try:
        acc = kit.Account(uuid4())
        early.add(acc)
        acc.block("early")
        await early.flush()  # lower txid, not committed
        late = await kit.blocks(1)  # higher txid, committed first
        visible = await store.read_all(kit.pool, es.Position(0, 0))
        assert late[0].event_id not in {e.event_id for _, e in visible}
        await early.commit()
    finally:
        await early.__aexit__(None, None, None)
    wanted = {early.committed[0].event_id, late[0].event_id}
    async with asyncio.timeout(10):  # other sessions' transactions may hold the horizon a moment
        while not wanted <= {
            e.event_id for _, e in await store.read_all(kit.pool, es.Position(0, 0))
        }:
            await asyncio.sleep(0.01)
    ordered = [e.event_id for _, e in await store.read_all(kit.pool, es.Position(0, 0))]
    assert ordered.index(early.committed[0].event_id) < ordered.index(late[0].event_id)
