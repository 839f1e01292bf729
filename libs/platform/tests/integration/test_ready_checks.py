import socket
from collections.abc import AsyncIterator
from typing import Any

import asyncpg
import pytest
import pytest_asyncio
from ouvrage_platform.health import kafka_check, postgres_check, run_checks


@pytest_asyncio.fixture(loop_scope="session", scope="module")
async def pool(database_dsn: str) -> AsyncIterator["asyncpg.Pool[Any]"]:
    pool = await asyncpg.create_pool(database_dsn, min_size=1, max_size=2)
    yield pool
    await pool.close()


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_postgres_check_passes_on_a_live_pool(pool: "asyncpg.Pool[Any]") -> None:
    assert await run_checks({"postgres": postgres_check(pool)}) == {"postgres": "ok"}


async def test_postgres_check_fails_on_a_closed_pool(database_dsn: str) -> None:
    pool = await asyncpg.create_pool(database_dsn, min_size=1, max_size=1)
    await pool.close()

    assert await run_checks({"postgres": postgres_check(pool)}) == {"postgres": "failed"}


async def test_kafka_check_passes_and_reuses_its_client(kafka_bootstrap: str) -> None:
    check = kafka_check(kafka_bootstrap)
    try:
        await check()
        client = check._client
        await check()
        assert check._client is client
    finally:
        await check.aclose()


async def test_kafka_check_fails_fast_when_no_broker_listens() -> None:
    check = kafka_check(f"127.0.0.1:{closed_port()}", timeout=1.0)
    try:
        with pytest.raises(Exception):  # noqa: B017, PT011 - whatever aiokafka raises
            await check()
        assert check._client is None
    finally:
        await check.aclose()
