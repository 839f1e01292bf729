"""The notifier on the real PostgreSQL and Kafka, with the DNS and SMTP servers of
``tests/conftest.py``: a harness to publish events and read what came out."""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from collections import defaultdict
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar
from uuid import UUID

import httpx
import ouvrage_events as es
import pytest_asyncio
import uvicorn
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from notifier.bootstrap import Overrides, Running, create_app, migrate
from notifier.settings import NotifierSettings
from ouvrage_events import privacy
from ouvrage_events.catalog.identity import TenantRegistered, UserRegistered
from ouvrage_events.contract import cloudevents
from ouvrage_events.runtime.kafka import client_options
from ouvrage_platform.testing import TokenMinter

T = TypeVar("T")
PLATFORM_SPF = "_spf.ouvrage.example"
SERVICES = ("identity", "clients", "actions", "planning", "sales")


# --- the notifier ---------------------------------------------------------------------------


@dataclass
class NotifierHarness:
    app: Any
    client: httpx.AsyncClient
    settings: NotifierSettings
    topics: dict[str, str]
    relay_topic: str
    producer: AIOKafkaProducer
    minter: TokenMinter
    bootstrap: str
    sequences: dict[UUID, int] = field(default_factory=lambda: defaultdict(int))

    @property
    def running(self) -> Running:
        running: Running = self.app.state.running
        return running

    def auth(self, user_id: UUID, tenant_id: UUID, perms: tuple[str, ...] = ()) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.minter.mint(user_id, tenant_id, perms)}"}

    async def publish(
        self,
        event: es.DomainEvent,
        *,
        tenant_id: UUID,
        aggregate_id: UUID,
        actor_id: UUID | None = None,
    ) -> es.Envelope:
        """Publish ``event`` on its service's (test) topic, as that service's relay would."""
        self.sequences[aggregate_id] += 1
        envelope = es.Envelope.wrap(
            event,
            aggregate_id=aggregate_id,
            aggregate_type=type(event).__name__.lower(),
            sequence=self.sequences[aggregate_id],
            metadata=es.Metadata(tenant_id=tenant_id, actor_id=actor_id),
        )
        await self.republish(envelope)
        return envelope

    async def republish(self, envelope: es.Envelope) -> None:
        key, value, headers = cloudevents.encode(envelope)
        topic = self.topics[envelope.service]
        await self.producer.send_and_wait(topic, value=value, key=key, headers=headers)

    async def company(self, name: str = "Maçonnerie Dupont", sender: str | None = None) -> UUID:
        tenant_id = uuid.uuid4()
        event = TenantRegistered(tenant_id=tenant_id, name=name, sender_email=sender)
        await self.publish(event, tenant_id=tenant_id, aggregate_id=tenant_id)
        return tenant_id

    async def user(
        self, tenant_id: UUID, first_name: str = "Paul", email: str | None = None
    ) -> UUID:
        """A user with a unique address (the SMTP sink is shared); waits until it is known."""
        user_id = uuid.uuid4()
        address = email or f"{first_name.lower()}-{user_id.hex[:10]}@chantier.test"
        event = UserRegistered(
            user_id=user_id, email=address, first_name=first_name, last_name="Martin"
        )
        await self.publish(event, tenant_id=tenant_id, aggregate_id=user_id)
        await self.wait_for(
            lambda: self.fetchval("SELECT 1 FROM users WHERE user_id = $1", user_id)
        )
        return user_id

    async def address(self, user_id: UUID) -> str:
        found: str = await self.fetchval("SELECT email FROM users WHERE user_id = $1", user_id)
        return found

    async def fetchval(self, sql: str, *args: Any) -> Any:
        return await self.running.pool.fetchval(sql, *args)

    async def fetch(self, sql: str, *args: Any) -> list[Any]:
        return list(await self.running.pool.fetch(sql, *args))

    async def wait_for(self, probe: Callable[[], Awaitable[T]], timeout: float = 30.0) -> T:
        """Poll ``probe`` until it returns something truthy (AssertionError after timeout)."""
        deadline = time.monotonic() + timeout
        while True:
            result = await probe()
            if result:
                return result
            if time.monotonic() > deadline:
                raise AssertionError(f"condition not met after {timeout}s")
            await asyncio.sleep(0.1)

    async def alerts(self, user_id: UUID, tenant_id: UUID, **params: Any) -> dict[str, Any]:
        response = await self.client.get(
            "/alerts", params=params, headers=self.auth(user_id, tenant_id)
        )
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    async def wait_alerts(self, user_id: UUID, tenant_id: UUID, count: int = 1) -> list[Any]:
        async def probe() -> list[Any]:
            items: list[Any] = (await self.alerts(user_id, tenant_id))["items"]
            return items if len(items) >= count else []

        return await self.wait_for(probe)

    async def outbox(self, source_event_id: UUID) -> list[Any]:
        return await self.fetch(
            "SELECT * FROM email_outbox WHERE source_event_id = $1 ORDER BY log_seq",
            source_event_id,
        )

    async def wait_outbox(self, source_event_id: UUID, status: str, count: int = 1) -> list[Any]:
        async def probe() -> list[Any]:
            rows = [r for r in await self.outbox(source_event_id) if r["status"] == status]
            return rows if len(rows) >= count else []

        return await self.wait_for(probe)

    async def notifier_events(self) -> list[es.Envelope]:
        """Every CloudEvent on the notifier's (test) topic so far."""
        records = await self.read_relay_topic()
        # as a consumer sees them: personal fields travel sealed
        return await privacy.open_all([cloudevents.decode(r.value, r.headers) for r in records])

    async def read_relay_topic(self) -> list[Any]:
        consumer = AIOKafkaConsumer(**client_options(self.bootstrap), enable_auto_commit=False)
        await consumer.start()
        try:
            # The test topics have the factory's 6 partitions.
            partitions = [TopicPartition(self.relay_topic, p) for p in range(6)]
            consumer.assign(partitions)
            await consumer.seek_to_beginning(*partitions)
            ends = await consumer.end_offsets(partitions)
            records: list[Any] = []
            while any([await consumer.position(tp) < end for tp, end in ends.items()]):
                batch = await consumer.getmany(*partitions, timeout_ms=500)
                for items in batch.values():
                    records.extend(items)
            return records
        finally:
            await consumer.stop()

    async def wait_notifier_event(
        self, event_type: str, match: Callable[[es.Envelope], bool], count: int = 1
    ) -> list[es.Envelope]:
        async def probe() -> list[es.Envelope]:
            found = [e for e in await self.notifier_events() if e.type == event_type and match(e)]
            return found if len(found) >= count else []

        return await self.wait_for(probe)


NotifierFactory = Callable[..., contextlib.AbstractAsyncContextManager[NotifierHarness]]


@pytest_asyncio.fixture(loop_scope="session", scope="session")
async def notifier_service(
    fresh_database: Any,
    kafka_bootstrap: str,
    _ouvrage_topics: Any,
    notifier_dns: Any,
    notifier_free_port: Callable[[], int],
) -> NotifierFactory:
    """Factory: ``async with notifier_service(smtp_port=..., http=False, **settings) as h``."""

    @contextlib.asynccontextmanager
    async def start(
        *, smtp_host: str, smtp_port: int, http: bool = False, **overrides: Any
    ) -> AsyncIterator[NotifierHarness]:
        dsn = await fresh_database("notifier")
        topics = {service: await _ouvrage_topics(service) for service in SERVICES}
        relay_topic = await _ouvrage_topics("notifier")
        values: dict[str, Any] = {
            "database_url": dsn,
            "kafka_bootstrap": kafka_bootstrap,
            "smtp_host": smtp_host,
            "smtp_port": smtp_port,
            "smtp_retry_wait": 0.01,
            "smtp_retry_max_wait": 0.05,
            "send_retry_delay": 0.2,
            "outbox_poll_interval": 0.2,
            "recovery_interval": 3600,
            "dns_resolver": notifier_dns.address,
            "dns_timeout": 0.5,
            "platform_spf_domain": PLATFORM_SPF,
            "environment": "test",
            "http_port": notifier_free_port(),
            **overrides,
        }
        settings = NotifierSettings(**values)
        await migrate(settings)
        minter = TokenMinter()
        app = create_app(
            settings,
            verifier=minter.verifier(),
            overrides=Overrides(
                topics={
                    "directory": [topics["identity"], topics["clients"], topics["planning"]],
                    "notifications": [topics[s] for s in SERVICES],
                    "token_revocations": [topics["identity"]],
                },
                relay_topic=relay_topic,
                group_suffix=f".{uuid.uuid4().hex[:8]}",
            ),
        )
        producer = AIOKafkaProducer(**client_options(kafka_bootstrap), acks="all")
        await producer.start()
        try:
            async with _running(app, settings, http) as client:
                await app.state.running.runtime.wait_assigned(60)
                yield NotifierHarness(
                    app, client, settings, topics, relay_topic, producer, minter, kafka_bootstrap
                )
        finally:
            await producer.stop()
            await fresh_database.drop(dsn)

    return start


@contextlib.asynccontextmanager
async def _running(
    app: Any, settings: NotifierSettings, http: bool
) -> AsyncIterator[httpx.AsyncClient]:
    """The app's lifespan entered in-process (ASGI transport), or served by uvicorn."""
    if not http:
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://notifier") as client:
                yield client
        return
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=settings.http_port, log_config=None)
    )
    task = asyncio.create_task(server.serve())
    try:
        while not server.started:
            if task.done():
                task.result()
            await asyncio.sleep(0.05)
        base = f"http://127.0.0.1:{settings.http_port}"
        async with httpx.AsyncClient(base_url=base, timeout=30) as client:
            yield client
    finally:
        server.should_exit = True
        await task
