"""The revocation list on the real PostgreSQL: identity's events set a per-user "not valid
before", a replayed or older event never moves it back, and ``Revocations`` sees changes made
after it first loaded (within its refresh interval)."""

import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg
import ouvrage_events as es
import pytest_asyncio
from ouvrage_events.catalog.identity import PasswordChanged, UserDeactivated
from ouvrage_platform.revocation import PROJECTION, Revocations

TENANT = uuid.uuid4()
T0 = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


@pytest_asyncio.fixture(loop_scope="session", scope="module")
async def pool(database_dsn: str) -> AsyncIterator["asyncpg.Pool[Any]"]:
    pool = await es.create_pool(database_dsn, min_size=1, max_size=4)
    async with pool.acquire() as conn:
        await PROJECTION.ensure_schema(conn)
        await PROJECTION.ensure_schema(conn)  # idempotent
    yield pool
    await pool.close()


async def apply(pool: "asyncpg.Pool[Any]", event: es.DomainEvent, at: datetime) -> bool:
    envelope = es.Envelope.wrap(
        event, aggregate_id=event.user_id, aggregate_type="user",  # type: ignore[attr-defined]
        sequence=1, metadata=es.Metadata(tenant_id=TENANT), time=at,
    )  # fmt: skip
    async with pool.acquire() as conn, conn.transaction():
        return await PROJECTION.apply_tracked(conn, envelope, es.registry)


async def test_a_password_change_voids_older_tokens_only(pool: "asyncpg.Pool[Any]") -> None:
    user = uuid.uuid4()
    revocations = Revocations(pool, refresh_interval=0)
    assert not await revocations.is_revoked(user, T0.timestamp())
    assert await apply(pool, PasswordChanged(user_id=user), T0)
    assert await revocations.is_revoked(user, T0.timestamp() - 0.5)
    assert not await revocations.is_revoked(user, T0.timestamp() + 0.001)
    # An older event delivered late does not move the line back.
    await apply(pool, PasswordChanged(user_id=user), T0 - timedelta(hours=1))
    assert await revocations.is_revoked(user, T0.timestamp() - 0.5)
    assert not await revocations.is_revoked(uuid.uuid4(), T0.timestamp() - 0.5)


async def test_a_deactivated_user_is_never_valid_again(pool: "asyncpg.Pool[Any]") -> None:
    user = uuid.uuid4()
    revocations = Revocations(pool, refresh_interval=0)
    await apply(pool, UserDeactivated(user_id=user), T0)
    far_future = (T0 + timedelta(days=3650)).timestamp()
    assert await revocations.is_revoked(user, far_future)


async def test_the_cache_refreshes_at_most_once_per_interval(pool: "asyncpg.Pool[Any]") -> None:
    user = uuid.uuid4()
    now = [100.0]
    revocations = Revocations(pool, refresh_interval=1.0, clock=lambda: now[0])
    assert not await revocations.is_revoked(user, T0.timestamp())
    await apply(pool, PasswordChanged(user_id=user), T0 + timedelta(seconds=5))
    assert not await revocations.is_revoked(user, T0.timestamp())  # cached
    now[0] += 1.0
    assert await revocations.is_revoked(user, T0.timestamp())
