import asyncio
import json
import uuid
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import asyncpg
import pytest
import pytest_asyncio
from ouvrage_platform.idempotency import (
    IDEMPOTENCY_SCHEMA,
    IdempotencyKeyReusedError,
    StoredResponse,
    claim,
    fingerprint,
    purge,
    remember,
    remembering,
)

TENANT = uuid.uuid4()


@pytest_asyncio.fixture(loop_scope="session", scope="module")
async def pool(database_dsn: str) -> AsyncIterator["asyncpg.Pool[Any]"]:
    pool = await asyncpg.create_pool(database_dsn, min_size=1, max_size=6)
    async with pool.acquire() as conn:
        await conn.execute(IDEMPOTENCY_SCHEMA)
        await conn.execute(IDEMPOTENCY_SCHEMA)  # idempotent itself
        await conn.execute("CREATE TABLE clients (id uuid PRIMARY KEY, name text NOT NULL)")
    yield pool
    await pool.close()


async def create_client(
    pool: "asyncpg.Pool[Any]", key: str, name: str, *, pause: float = 0.0
) -> StoredResponse:
    """What a create handler does: claim, act, remember, all in one transaction."""
    request = fingerprint("POST /clients", {"name": name})
    async with pool.acquire() as conn, conn.transaction():
        stored = await claim(conn, TENANT, key, request)
        if stored is not None:
            return stored
        client_id = uuid.uuid4()
        await conn.execute("INSERT INTO clients VALUES ($1, $2)", client_id, name)
        await asyncio.sleep(pause)
        body = {"id": str(client_id), "name": name}
        await remember(conn, TENANT, key, request, 201, body)
        return StoredResponse(201, body)


async def count(pool: "asyncpg.Pool[Any]", name: str) -> int:
    return int(await pool.fetchval("SELECT count(*) FROM clients WHERE name = $1", name))


async def test_a_retry_gets_the_first_answer_and_creates_nothing(
    pool: "asyncpg.Pool[Any]",
) -> None:
    first = await create_client(pool, "key-1", "Dupont")
    retry = await create_client(pool, "key-1", "Dupont")

    assert retry == first
    assert await count(pool, "Dupont") == 1


async def test_concurrent_retries_are_serialised(pool: "asyncpg.Pool[Any]") -> None:
    answers = await asyncio.gather(
        *(create_client(pool, "key-race", "Martin", pause=0.05) for _ in range(5))
    )

    assert len({json.dumps(a.body) for a in answers}) == 1
    assert await count(pool, "Martin") == 1


async def test_reusing_a_key_for_another_request_is_refused(pool: "asyncpg.Pool[Any]") -> None:
    await create_client(pool, "key-2", "Durand")

    with pytest.raises(IdempotencyKeyReusedError) as raised:
        await create_client(pool, "key-2", "Bernard")

    assert raised.value.status == 422
    assert raised.value.code == "idempotency_key_reused"
    assert await count(pool, "Bernard") == 0


async def test_keys_are_per_tenant(pool: "asyncpg.Pool[Any]") -> None:
    request = fingerprint("POST /clients", {"name": "X"})
    async with pool.acquire() as conn, conn.transaction():
        await remember(conn, uuid.uuid4(), "shared-key", request, 201, {"n": 1})

    async with pool.acquire() as conn, conn.transaction():
        assert await claim(conn, uuid.uuid4(), "shared-key", request) is None


async def test_a_rolled_back_create_leaves_the_key_free(pool: "asyncpg.Pool[Any]") -> None:
    request = fingerprint("POST /clients", {"name": "Petit"})

    async def refused_create() -> None:
        async with pool.acquire() as conn, conn.transaction():
            assert await claim(conn, TENANT, "key-3", request) is None
            await remember(conn, TENANT, "key-3", request, 201, {"id": "x"})
            raise RuntimeError("domain refused")

    with pytest.raises(RuntimeError):
        await refused_create()

    assert (await create_client(pool, "key-3", "Petit")).status == 201


async def test_bodies_survive_a_jsonb_codec_on_the_connection(database_dsn: str) -> None:
    async def with_codec(conn: "asyncpg.Connection[Any]") -> None:
        await conn.set_type_codec(
            "jsonb", encoder=json.dumps, decoder=json.loads, schema="pg_catalog"
        )

    pool = await asyncpg.create_pool(database_dsn, min_size=1, max_size=1, init=with_codec)
    try:
        async with pool.acquire() as conn, conn.transaction():
            await remember(conn, TENANT, "key-codec", "f", 200, {"a": [1, "b"]})
        async with pool.acquire() as conn, conn.transaction():
            stored = await claim(conn, TENANT, "key-codec", "f")
            raw = await conn.fetchval("SELECT body FROM idempotency_keys WHERE key = 'key-codec'")
    finally:
        await pool.close()

    assert stored == StoredResponse(200, {"a": [1, "b"]})
    assert raw == {"a": [1, "b"]}


async def test_purge_forgets_old_keys(pool: "asyncpg.Pool[Any]") -> None:
    async with pool.acquire() as conn, conn.transaction():
        await remember(conn, TENANT, "old-key", "f", 201, None)
        await conn.execute(
            "UPDATE idempotency_keys SET created_at = now() - interval '2 days'"
            " WHERE key = 'old-key'"
        )

    async with pool.acquire() as conn:
        removed = await purge(conn, timedelta(hours=24))
        assert removed == 1
        assert (
            await conn.fetchval("SELECT count(*) FROM idempotency_keys WHERE key = 'old-key'") == 0
        )


async def test_claim_writes_nothing_so_an_event_append_can_come_first(
    pool: "asyncpg.Pool[Any]",
) -> None:
    async with pool.acquire() as conn, conn.transaction():
        await claim(conn, TENANT, "key-first-write", "f")

        assert await conn.fetchval("SELECT pg_current_xact_id_if_assigned()") is None


async def test_remembering_is_an_after_append_callback(pool: "asyncpg.Pool[Any]") -> None:
    async with pool.acquire() as conn, conn.transaction():
        assert await claim(conn, TENANT, "key-uow", "f") is None
        await remembering(TENANT, "key-uow", "f", 201, {"id": "c"})(conn, [])

    async with pool.acquire() as conn, conn.transaction():
        assert await claim(conn, TENANT, "key-uow", "f") == StoredResponse(201, {"id": "c"})
