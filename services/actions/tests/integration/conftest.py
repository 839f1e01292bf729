"""Fixtures of the actions service's integration tests: the real app (lifespan entered) on a
fresh database and unique Kafka topics, tokens, and helpers to publish identity's and clients'
events and to read the service's own events back from Kafka."""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import AsyncIterator, Callable
from typing import Any
from uuid import UUID

import asyncpg
import httpx
import ouvrage_events as es
import pytest
import pytest_asyncio
from actions.app.container import Container
from actions.bootstrap import create_app, migrate
from actions.settings import ActionsSettings
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from fastapi import FastAPI
from ouvrage_events import privacy
from ouvrage_events.catalog.clients import (
    ClientRegistered,
    ClientRestored,
    ClientTrashed,
    Contact,
)
from ouvrage_events.catalog.identity import TenantRegistered, UserDeactivated, UserRegistered
from ouvrage_events.contract import cloudevents
from ouvrage_events.runtime.kafka import client_options
from ouvrage_platform.testing import TokenMinter
from ouvrage_testing import TopicFactory

WAIT = 30.0


class KafkaTail:
    """Every record of a topic from its start, decoded, collected in the background."""

    def __init__(self, bootstrap: str, topic: str) -> None:
        self.bootstrap = bootstrap
        self.topic = topic
        self.records: list[tuple[list[tuple[str, bytes]], es.Envelope]] = []
        self._task: asyncio.Task[None] | None = None
        self._consumer: AIOKafkaConsumer | None = None

    async def start(self) -> None:
        # No group: the consumer takes every partition itself, from the start.
        consumer = AIOKafkaConsumer(
            self.topic,
            **client_options(self.bootstrap),
            auto_offset_reset="earliest",
            enable_auto_commit=False,
        )
        self._consumer = consumer
        await consumer.start()
        self._task = asyncio.create_task(self._collect())

    async def _collect(self) -> None:
        assert self._consumer is not None
        while True:
            batch = await self._consumer.getmany(timeout_ms=200)
            for records in batch.values():
                for record in records:
                    headers = list(record.headers or ())
                    envelope = cloudevents.decode(record.value, record.headers)
                    # as a consumer sees it: personal fields travel sealed
                    self.records.append((headers, await privacy.open_envelope(envelope)))

    async def wait_for(
        self, predicate: Callable[[es.Envelope], bool], count: int = 1, timeout: float = WAIT
    ) -> list[es.Envelope]:
        """The distinct events (by id) matching ``predicate``, once there are ``count``."""
        async with asyncio.timeout(timeout):
            while True:
                found = {e.event_id: e for _, e in self.records if predicate(e)}
                if len(found) >= count:
                    return sorted(found.values(), key=lambda e: (str(e.aggregate_id), e.sequence))
                await asyncio.sleep(0.05)

    def headers_of(self, event_id: UUID) -> dict[str, str]:
        for headers, envelope in self.records:
            if envelope.event_id == event_id:
                return {k: v.decode() for k, v in headers}
        raise KeyError(event_id)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self._consumer is not None:
            await self._consumer.stop()


class ActionsStack:
    """The running service plus what tests need around it."""

    def __init__(
        self,
        app: FastAPI,
        http: httpx.AsyncClient,
        minter: TokenMinter,
        producer: AIOKafkaProducer,
        tail: KafkaTail,
        topics: dict[str, str],
        settings: ActionsSettings,
    ) -> None:
        self.app = app
        self.http = http
        self.minter = minter
        self.producer = producer
        self.tail = tail
        self.topics = topics
        self.settings = settings

    @property
    def services(self) -> Container:
        services: Container = self.app.state.container
        return services

    @property
    def pool(self) -> asyncpg.Pool:
        return self.services.pool

    def auth(self, user_id: UUID, tenant_id: UUID, *perms: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.minter.mint(user_id, tenant_id, perms)}"}

    async def publish(
        self, service: str, event: es.DomainEvent, aggregate_id: UUID, tenant_id: UUID
    ) -> es.Envelope:
        """Publish another service's event as that service's relay would."""
        envelope = es.Envelope.wrap(
            event,
            aggregate_id=aggregate_id,
            aggregate_type=service,
            sequence=1,
            metadata=es.Metadata(tenant_id=tenant_id),
        )
        await self.send(self.topics[service], envelope)
        return envelope

    async def send(self, topic: str, envelope: es.Envelope) -> None:
        key, value, headers = cloudevents.encode(envelope)
        await self.producer.send_and_wait(topic, value=value, key=key, headers=headers)

    async def eventually(self, sql: str, *args: Any, timeout: float = WAIT) -> Any:
        """The first value of ``sql`` once it is truthy (projections are asynchronous)."""
        async with asyncio.timeout(timeout):
            while True:
                value = await self.pool.fetchval(sql, *args)
                if value:
                    return value
                await asyncio.sleep(0.05)

    async def new_tenant(self, timezone: str = "Europe/Paris") -> UUID:
        tenant_id = uuid.uuid4()
        event = TenantRegistered(tenant_id=tenant_id, name="Société test", timezone=timezone)
        await self.publish("identity", event, tenant_id, tenant_id)
        await self.eventually("SELECT 1 FROM tenants WHERE id = $1", tenant_id)
        return tenant_id

    async def new_user(self, tenant_id: UUID) -> UUID:
        user_id = uuid.uuid4()
        event = UserRegistered(
            user_id=user_id, email=f"{user_id.hex[:8]}@example.test", first_name="A", last_name="B"
        )
        await self.publish("identity", event, user_id, tenant_id)
        await self.eventually("SELECT 1 FROM directory_users WHERE id = $1", user_id)
        return user_id

    async def deactivate_user(self, tenant_id: UUID, user_id: UUID) -> es.Envelope:
        env = await self.publish("identity", UserDeactivated(user_id=user_id), user_id, tenant_id)
        await self.eventually("SELECT NOT active FROM directory_users WHERE id = $1", user_id)
        return env

    async def new_client(self, tenant_id: UUID, name: str, client_id: UUID | None = None) -> UUID:
        client_id = client_id or uuid.uuid4()
        event = ClientRegistered(
            client_id=client_id, contact=Contact(last_name=name), display_name=name
        )
        await self.publish("clients", event, client_id, tenant_id)
        await self.eventually("SELECT 1 FROM known_clients WHERE id = $1", client_id)
        return client_id

    async def trash_client(
        self, tenant_id: UUID, client_id: UUID, duplicate_of: UUID | None = None
    ) -> es.Envelope:
        event = ClientTrashed(client_id=client_id, duplicate_of=duplicate_of)
        env = await self.publish("clients", event, client_id, tenant_id)
        await self.eventually("SELECT trashed FROM known_clients WHERE id = $1", client_id)
        return env

    async def restore_client(self, tenant_id: UUID, client_id: UUID) -> es.Envelope:
        event = ClientRestored(client_id=client_id)
        env = await self.publish("clients", event, client_id, tenant_id)
        await self.eventually("SELECT NOT trashed FROM known_clients WHERE id = $1", client_id)
        return env

    async def stored(self, event_type: str, aggregate_id: UUID) -> int:
        """How many events of this type the store holds for the aggregate."""
        return int(
            await self.pool.fetchval(
                "SELECT count(*) FROM es_events WHERE stream_id = $1 AND event_type = $2",
                aggregate_id,
                f"ouvrage.actions.{event_type}",
            )
        )


@pytest.fixture(scope="session")
def actions_minter() -> TokenMinter:
    return TokenMinter(kid="actions-tests")


@pytest_asyncio.fixture(loop_scope="session", scope="module")
async def actions_stack(
    database_dsn: str, kafka_bootstrap: str, actions_minter: TokenMinter
) -> AsyncIterator[ActionsStack]:
    """The actions app on this module's database and topics (scheduler off: tests that need
    it drive a ``DueScheduler`` themselves)."""
    topic_factory = TopicFactory(kafka_bootstrap)
    topics = {
        s: await topic_factory(f"actions-it-{s}")
        for s in ("identity", "clients", "actions", "sales", "planning", "notifier")
    }
    settings = ActionsSettings(
        database_url=database_dsn,
        kafka_bootstrap=kafka_bootstrap,
        events_topic=topics["actions"],
        identity_topic=topics["identity"],
        clients_topic=topics["clients"],
        notifier_topic=topics["notifier"],
        sales_topic=topics["sales"],
        planning_topic=topics["planning"],
        consumer_group_suffix=f".{uuid.uuid4().hex[:8]}",
        scheduler_enabled=False,
    )
    await migrate(settings)
    app = create_app(settings, verifier=actions_minter.verifier())
    producer = AIOKafkaProducer(**client_options(kafka_bootstrap), acks="all")
    tail = KafkaTail(kafka_bootstrap, topics["actions"])
    try:
        await producer.start()
        await tail.start()
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://actions") as http:
                yield ActionsStack(app, http, actions_minter, producer, tail, topics, settings)
    finally:
        await tail.stop()
        await producer.stop()
        await topic_factory.close()
