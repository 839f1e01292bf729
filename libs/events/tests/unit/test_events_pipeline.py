"""The command pipeline on the in-memory store: tenant-owned load, If-Match, idempotent commit,
one error per conflict."""

from __future__ import annotations

import asyncio
from typing import Any
from uuid import UUID, uuid4

import ouvrage_events as es
import pytest
from ouvrage_events import memory
from ouvrage_testing.accounts import Account


class Other(Account):
    stream_type = "other"


TENANT, STRANGER = uuid4(), uuid4()


def meta(tenant: UUID = TENANT) -> es.Metadata:
    return es.Metadata(tenant_id=tenant, actor_id=uuid4())


@pytest.fixture
def pipeline() -> es.Pipeline:
    return es.Pipeline(memory.unit_of_work_factory(), idempotency=memory.InMemoryIdempotency())


async def open_account(pipeline: es.Pipeline, tenant: UUID = TENANT) -> UUID:
    account = Account(uuid4())
    account.block("ouverture")
    async with pipeline.command(meta(tenant)) as cmd:
        cmd.add(account)
        await cmd.commit()
    return account.id


async def test_update_loads_acts_commits_and_reads_back(pipeline: es.Pipeline) -> None:
    account_id = await open_account(pipeline)

    async def read(_conn: Any) -> str:
        return "lu"

    answer = await pipeline.update(meta(), Account, account_id, Account.unblock, read=read)

    assert answer == "lu"
    async with pipeline.command(meta()) as cmd:
        account = await cmd.load(Account, account_id)
    assert (account.version, account.reason) == (2, None)


async def test_another_tenants_or_another_types_or_an_unknown_id_is_not_found(
    pipeline: es.Pipeline,
) -> None:
    account_id = await open_account(pipeline)
    for tenant, cls, aggregate_id in (
        (STRANGER, Account, account_id),
        (TENANT, Other, account_id),
        (TENANT, Account, uuid4()),
    ):
        with pytest.raises(es.AggregateNotFoundError):
            await pipeline.update(meta(tenant), cls, aggregate_id, Account.unblock)


async def test_missing_names_the_services_own_error(pipeline: es.Pipeline) -> None:
    with pytest.raises(KeyError):
        await pipeline.update(meta(), Account, uuid4(), Account.unblock, missing=KeyError)


async def test_a_stale_if_match_gives_the_current_version(pipeline: es.Pipeline) -> None:
    account_id = await open_account(pipeline)
    with pytest.raises(es.StaleVersionError) as raised:
        await pipeline.update(meta(), Account, account_id, Account.unblock, expected_version=7)
    assert raised.value.current_version == 1
    await pipeline.update(meta(), Account, account_id, Account.unblock, expected_version=1)


async def test_a_lost_race_is_a_retryable_concurrent_update(pipeline: es.Pipeline) -> None:
    account_id = await open_account(pipeline)
    both_loaded = asyncio.Barrier(2)

    async def unblock_after_the_other_loaded(account: Account) -> None:
        await both_loaded.wait()
        account.unblock()

    results = await asyncio.gather(
        pipeline.update(meta(), Account, account_id, unblock_after_the_other_loaded),
        pipeline.update(meta(), Account, account_id, unblock_after_the_other_loaded),
        return_exceptions=True,
    )
    assert sorted(type(r).__name__ for r in results) == ["ConcurrentUpdateError", "NoneType"]
