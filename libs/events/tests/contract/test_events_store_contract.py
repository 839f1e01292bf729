"""ONE contract for every event store (PostgreSQL and in-memory): what the unit of work and the
command pipeline rely on. A backend that passes can stand in for the other in handler tests."""

from __future__ import annotations

import asyncio
from typing import Any
from uuid import UUID, uuid4

import ouvrage_events as es
import pytest
from ouvrage_events.store.snapshot import Position
from ouvrage_testing.accounts import Account, SnapshottedAccount

from .conftest import Backend


def meta(tenant: UUID | None = None) -> es.Metadata:
    return es.Metadata(tenant_id=tenant or uuid4(), actor_id=uuid4())


async def opened(backend: Backend, tenant: UUID | None = None, cls: type = Account) -> UUID:
    account = cls(uuid4())
    account.block("ouverture")
    async with backend.factory(meta(tenant)) as uow:
        uow.add(account)
        await uow.commit()
    return account.id


async def test_append_then_load_folds_the_stream(backend: Backend) -> None:
    aid = uuid4()
    async with backend.factory(meta()) as uow:
        account = Account(aid)
        uow.add(account)
        account.block("impayés")
        account.unblock()
        account.block("litige")
        envelopes = await uow.commit()
    assert [e.sequence for e in envelopes] == [1, 2, 3]
    async with backend.factory(meta()) as uow:
        loaded = await uow.load(Account, aid)
        tail = await backend.store.read_stream(uow.conn, aid, 2)
    assert (loaded.version, loaded.blocks, loaded.reason) == (3, 2, "litige")
    assert tail == envelopes[1:]


async def test_an_unknown_stream_is_none_or_not_found(backend: Backend) -> None:
    async with backend.factory(meta()) as uow:
        assert await uow.get(Account, uuid4()) is None
        assert await uow.owner(uuid4()) is None
        with pytest.raises(es.AggregateNotFoundError):
            await uow.load(Account, uuid4())


async def test_the_owner_of_a_stream_is_its_first_events_tenant_and_type(backend: Backend) -> None:
    tenant = uuid4()
    aid = await opened(backend, tenant)
    async with backend.factory(meta()) as uow:
        assert await backend.store.stream_owner(uow.conn, aid) == (tenant, "account")


async def test_a_stale_writer_gets_a_concurrency_error_and_writes_nothing(
    backend: Backend,
) -> None:
    aid = await opened(backend)
    async with backend.factory(meta()) as a, backend.factory(meta()) as b:
        (await a.load(Account, aid)).block("a")
        stale = await b.load(Account, aid)
        stale.unblock()
        stale.block("b")
        await a.commit()
        with pytest.raises(es.ConcurrencyError):
            await b.commit()
    async with backend.factory(meta()) as uow:
        stream = await backend.store.read_stream(uow.conn, aid)
    assert [e.payload.get("reason") for e in stream] == ["ouverture", "a"]


async def test_of_two_appends_in_flight_the_second_to_commit_fails(backend: Backend) -> None:
    aid = await opened(backend)
    a, b = backend.factory(meta()), backend.factory(meta())
    await a.__aenter__()
    await b.__aenter__()
    try:
        (await a.load(Account, aid)).block("a")
        (await b.load(Account, aid)).block("b")
        await a.flush()
        b_commit = asyncio.create_task(b.commit())
        await asyncio.sleep(0.05)
        await a.commit()
        with pytest.raises(es.ConcurrencyError):
            await b_commit
    finally:
        await a.__aexit__(None, None, None)
        await b.__aexit__(None, None, None)


async def test_what_is_not_committed_is_not_kept(backend: Backend) -> None:
    aid = uuid4()
    async with backend.factory(meta()) as uow:
        account = Account(aid)
        account.block("brouillon")
        uow.add(account)
        await uow.flush()
        assert len(await backend.store.read_stream(uow.conn, aid)) == 1  # its own write
    async with backend.factory(meta()) as uow:
        assert await uow.get(Account, aid) is None


async def test_read_all_gives_committed_events_after_a_position_in_commit_order(
    backend: Backend,
) -> None:
    async with backend.factory(meta()) as uow:
        before = await backend.store.read_all(uow.conn, Position(0, 0), limit=100_000)
    start = before[-1][0] if before else Position(0, 0)
    first, second = await opened(backend), await opened(backend)
    after: list[Any] = []
    # PostgreSQL holds back rows until every older transaction of the (shared) server ended;
    # rows of earlier tests held back at ``start`` may come too: only these two are looked at.
    for _ in range(300):
        async with backend.factory(meta()) as uow:
            after = [
                (p, e)
                for p, e in await backend.store.read_all(uow.conn, start, limit=100_000)
                if e.aggregate_id in (first, second)
            ]
        if len(after) >= 2:
            break
        await asyncio.sleep(0.1)
    assert [e.aggregate_id for _, e in after] == [first, second]
    assert after[0][0] < after[1][0]


async def test_snapshots_give_the_same_state_as_the_whole_stream(backend: Backend) -> None:
    aid = await opened(backend, cls=SnapshottedAccount)
    for reason in ("deux", "trois", "quatre"):
        async with backend.factory(meta()) as uow:
            (await uow.load(SnapshottedAccount, aid)).block(reason)
            await uow.commit()
    async with backend.factory(meta()) as uow:
        snapshot = await backend.store.load_snapshot(uow.conn, aid)
        loaded = await uow.load(SnapshottedAccount, aid)
    assert snapshot is not None and snapshot.version == 4
    assert (loaded.version, loaded.blocks, loaded.reason) == (4, 4, "quatre")


async def test_the_pipeline_answers_a_retried_key_with_the_first_answer(
    backend: Backend,
) -> None:
    pipeline, tenant = backend.pipeline(), uuid4()
    idem = es.Idempotency(key=f"k-{uuid4()}", fingerprint="POST /accounts")

    async def create() -> Any:
        async with pipeline.command(meta(tenant), idempotency=idem) as cmd:
            if (replay := await cmd.replay()) is not None:
                return replay
            account = Account(uuid4())
            account.block("création")
            cmd.add(account)

            async def read(_conn: Any) -> dict[str, str]:
                return {"id": str(account.id)}

            return await cmd.commit(read)

    first = await create()
    assert await create() == es.Replay(201, first)
    with pytest.raises(es.IdempotencyKeyReusedError):
        async with pipeline.command(meta(tenant), idempotency=es.Idempotency(idem.key, "x")) as c:
            await c.replay()


async def test_the_pipeline_hides_another_tenants_aggregate(backend: Backend) -> None:
    aid = await opened(backend, uuid4())
    with pytest.raises(es.AggregateNotFoundError):
        await backend.pipeline().update(meta(), Account, aid, Account.unblock)


async def test_a_snapshotted_stream_reads_only_the_events_after_its_snapshot(
    backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    aid = await opened(backend, cls=SnapshottedAccount)  # snapshots at versions 2, 4, ...
    for reason in ("deux", "trois", "quatre", "cinq"):
        async with backend.factory(meta()) as uow:
            (await uow.load(SnapshottedAccount, aid)).block(reason)
            await uow.commit()
    reads: list[int] = []
    read_stream = backend.store.read_stream

    async def spied(conn: Any, stream_id: UUID, from_version: int = 1) -> list[es.Envelope]:
        events: list[es.Envelope] = await read_stream(conn, stream_id, from_version)
        reads.append(len(events))
        return events

    monkeypatch.setattr(backend.store, "read_stream", spied)
    async with backend.factory(meta()) as uow:
        loaded = await uow.load(SnapshottedAccount, aid)
    assert reads == [1]  # version 5 only: versions 1-4 come from the snapshot
    assert (loaded.version, loaded.blocks, loaded.reason) == (5, 5, "cinq")


class _ReshapedAccount(SnapshottedAccount):
    snapshot_version = 2  # its state changed shape: the version-1 snapshots no longer fit


async def test_a_snapshot_of_another_shape_is_ignored_and_the_stream_folded(
    backend: Backend,
) -> None:
    aid = await opened(backend, cls=SnapshottedAccount)
    async with backend.factory(meta()) as uow:
        (await uow.load(SnapshottedAccount, aid)).block("deux")
        await uow.commit()
    async with backend.factory(meta()) as uow:
        loaded = await uow.load(_ReshapedAccount, aid)
    assert (loaded.version, loaded.blocks, loaded.reason) == (2, 2, "deux")
