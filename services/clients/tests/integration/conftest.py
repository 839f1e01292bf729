"""Fixtures of the clients integration tests: the real app (its lifespan entered) on a fresh
database and a unique Kafka topic, tokens minted for two tenants, and a topic reader."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID, uuid4

import httpx
import ouvrage_events as es
import pytest
import pytest_asyncio
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from clients.bootstrap import RuntimeOptions, create_app, migrate
from clients.settings import ClientsSettings
from fastapi import FastAPI
from ouvrage_events import privacy
from ouvrage_events.catalog.identity import UserDeactivated, UserRegistered
from ouvrage_events.contract import cloudevents
from ouvrage_events.runtime.kafka import client_options
from ouvrage_platform.testing import TokenMinter
from ouvrage_testing.kafka import TopicFactory, publish_event

ALL_PERMS = ("clients.write", "clients.block", "settings.manage")


@dataclass
class Tenant:
    """A tenant with a user holding every permission (more users on demand)."""

    minter: TokenMinter
    id: UUID = field(default_factory=uuid4)
    user_id: UUID = field(default_factory=uuid4)

    def headers(
        self, perms: Iterable[str] = ALL_PERMS, *, user_id: UUID | None = None, **extra: str
    ) -> dict[str, str]:
        token = self.minter.mint(user_id or self.user_id, self.id, perms)
        return {"Authorization": f"Bearer {token}", **extra}


@dataclass
class ClientsHarness:
    app: FastAPI
    http: httpx.AsyncClient
    topic: str
    bootstrap: str
    dsn: str
    minter: TokenMinter
    identity_topic: str = ""
    notifier_topic: str = ""
    sequences: dict[UUID, int] = field(default_factory=dict)

    def tenant(self) -> Tenant:
        return Tenant(self.minter)

    async def identity_event(self, event: es.DomainEvent, tenant: Tenant, user_id: UUID) -> None:
        """Publish one of identity's events about ``user_id`` on the harness's identity topic."""
        await self._publish(self.identity_topic, event, tenant, user_id)

    async def notifier_event(self, event: es.DomainEvent, tenant: Tenant, aggregate: UUID) -> None:
        """Publish one of the notifier's events on the harness's notifier topic."""
        await self._publish(self.notifier_topic, event, tenant, aggregate)

    async def _publish(
        self, topic: str, event: es.DomainEvent, tenant: Tenant, aggregate: UUID
    ) -> None:
        self.sequences[aggregate] = self.sequences.get(aggregate, 0) + 1
        producer = AIOKafkaProducer(**client_options(self.bootstrap))
        await producer.start()
        try:
            await publish_event(
                producer, topic, event, tenant=tenant.id, aggregate=aggregate,
                sequence=self.sequences[aggregate],
            )  # fmt: skip
        finally:
            await producer.stop()

    async def user(self, tenant: Tenant, *, active: bool = True) -> UUID:
        """A user of ``tenant`` that the service has seen (deactivated if not ``active``)."""
        user_id = uuid4()
        event = UserRegistered(
            user_id=user_id, email=f"{user_id.hex[:8]}@exemple.fr", first_name="A", last_name="B"
        )
        await self.identity_event(event, tenant, user_id)
        if not active:
            await self.identity_event(UserDeactivated(user_id=user_id), tenant, user_id)
        users = self.app.state.container.users
        async with asyncio.timeout(30):
            while await users.active(tenant.id, user_id) is not active:
                await asyncio.sleep(0.05)
        return user_id

    async def create(self, tenant: Tenant, expected: int = 201, **body: Any) -> dict[str, Any]:
        """POST /clients and return the answer's JSON."""
        response = await self.http.post("/clients", json=body, headers=tenant.headers())
        assert response.status_code == expected, response.text
        answer: dict[str, Any] = response.json()
        return answer


@pytest.fixture(scope="session")
def clients_minter() -> TokenMinter:
    return TokenMinter(kid="clients-tests")


@pytest_asyncio.fixture(loop_scope="session", scope="module")
async def clients_topic(kafka_bootstrap: str) -> AsyncIterator[str]:
    topics = TopicFactory(kafka_bootstrap)
    try:
        yield await topics("clients-events", partitions=6)
    finally:
        await topics.close()


@contextlib.asynccontextmanager
async def running_clients(
    dsn: str, bootstrap: str, topic: str, minter: TokenMinter, **overrides: Any
) -> AsyncIterator[ClientsHarness]:
    """The clients app with its lifespan entered (pool, relay to ``topic``), its users
    projection reading identity's events from a topic of its own."""
    topics = TopicFactory(bootstrap)
    try:
        identity_topic = await topics("clients-identity", partitions=6)
        notifier_topic = await topics("clients-notifier", partitions=6)
        async with _running_clients(
            dsn, bootstrap, topic, minter, (identity_topic, notifier_topic), **overrides
        ) as harness:
            yield harness
    finally:
        await topics.close()


@contextlib.asynccontextmanager
async def _running_clients(
    dsn: str,
    bootstrap: str,
    topic: str,
    minter: TokenMinter,
    consumed: tuple[str, str],
    **overrides: Any,
) -> AsyncIterator[ClientsHarness]:
    identity_topic, notifier_topic = consumed
    settings = ClientsSettings(
        database_url=dsn, kafka_bootstrap=bootstrap, environment="test", **overrides
    )
    await migrate(settings)
    app = create_app(
        settings,
        verifier=minter.verifier(),
        runtime=RuntimeOptions(
            relay_topic=topic,
            group_suffix=f".{uuid4().hex[:8]}",
            topics={"users": [identity_topic], "email_bounces": [notifier_topic, topic]},
        ),
    )
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://clients") as http:
            yield ClientsHarness(
                app, http, topic, bootstrap, dsn, minter, identity_topic, notifier_topic
            )


@pytest.fixture(scope="session")
def clients_running() -> Callable[..., Any]:
    """``async with clients_running(dsn, bootstrap, topic, minter, **settings)``: an app."""
    return running_clients


@pytest_asyncio.fixture(loop_scope="session", scope="module")
async def clients(
    database_dsn: str, kafka_bootstrap: str, clients_topic: str, clients_minter: TokenMinter
) -> AsyncIterator[ClientsHarness]:
    """The clients app of this test module, on its own database and topic."""
    async with running_clients(
        database_dsn, kafka_bootstrap, clients_topic, clients_minter
    ) as harness:
        yield harness


@pytest.fixture(scope="session")
def clients_read_topic() -> Callable[..., Any]:
    """``await clients_read_topic(bootstrap, topic, until)``: see ``read_topic``."""
    return read_topic


async def read_topic(
    bootstrap: str,
    topic: str,
    until: Callable[[list[tuple[bytes, list[tuple[str, bytes]], es.Envelope]]], bool],
    timeout: float = 30.0,
) -> list[tuple[bytes, list[tuple[str, bytes]], es.Envelope]]:
    """Records of ``topic`` from the start (key, headers, decoded envelope) until ``until``."""
    consumer = AIOKafkaConsumer(
        topic, **client_options(bootstrap), auto_offset_reset="earliest", enable_auto_commit=False
    )
    await consumer.start()
    records: list[tuple[bytes, list[tuple[str, bytes]], es.Envelope]] = []
    try:
        async with asyncio.timeout(timeout):
            while not until(records):
                batch = await consumer.getmany(timeout_ms=200)
                for messages in batch.values():
                    for m in messages:
                        headers = list(m.headers)
                        envelope = cloudevents.decode(m.value, headers)
                        # a consumer's view: personal fields travel sealed
                        opened = await privacy.open_envelope(envelope)
                        records.append((m.key, headers, opened))
    finally:
        await consumer.stop()
    return records
