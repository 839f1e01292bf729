"""The notifier on the real PostgreSQL and Kafka, a real DNS server serving SPF records (dnslib),
and SMTP servers: the shared sink, or an aiosmtpd server a test controls."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import time
import uuid
from collections import defaultdict
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar
from uuid import UUID

import httpx
import ouvrage_events as es
import pytest
import pytest_asyncio
import uvicorn
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from dnslib import MX, QTYPE, RCODE, RR, TXT, A
from dnslib.server import BaseResolver, DNSLogger, DNSServer
from notifier.bootstrap import Overrides, Running, create_app, migrate
from notifier.settings import NotifierSettings
from ouvrage_events.catalog.identity import TenantRegistered, UserRegistered
from ouvrage_events.contract import cloudevents
from ouvrage_platform.testing import TokenMinter

T = TypeVar("T")
PLATFORM_SPF = "_spf.ouvrage.example"
SERVICES = ("identity", "clients", "actions", "planning")


# --- DNS ------------------------------------------------------------------------------------


@dataclass
class SpfZone:
    """What the test DNS server answers; tests edit it. Unknown names are NXDOMAIN."""

    txt: dict[str, list[str]] = field(default_factory=dict)
    hosts: dict[str, set[str]] = field(default_factory=dict)
    slow: set[str] = field(default_factory=set)
    ttl: int = 300
    ttls: dict[str, int] = field(default_factory=dict)
    queries: list[tuple[str, str]] = field(default_factory=list)
    slow_seconds: float = 2.0

    def spf(self, domain: str, record: str, ttl: int | None = None) -> None:
        self.txt[domain] = [record]
        if ttl is not None:
            self.ttls[domain] = ttl

    def ttl_of(self, name: str) -> int:
        return self.ttls.get(name, self.ttl)

    def count(self, qtype: str, name: str) -> int:
        return sum(1 for q in self.queries if q == (qtype, name))


class _ZoneResolver(BaseResolver):  # type: ignore[misc]
    def __init__(self, zone: SpfZone) -> None:
        self.zone = zone

    def resolve(self, request: Any, handler: Any) -> Any:
        name = str(request.q.qname).rstrip(".").lower()
        qtype = QTYPE[request.q.qtype]
        self.zone.queries.append((qtype, name))
        if name in self.zone.slow:
            time.sleep(self.zone.slow_seconds)  # answers after the client gave up
        reply = request.reply()
        known = name in self.zone.txt or name in self.zone.hosts
        if not known:
            reply.header.rcode = RCODE.NXDOMAIN
        elif qtype == "TXT":
            for record in self.zone.txt.get(name, []):
                chunks = [record[i : i + 255].encode() for i in range(0, len(record), 255)]
                reply.add_answer(RR(name, QTYPE.TXT, rdata=TXT(chunks), ttl=self.zone.ttl_of(name)))
        elif qtype == "A" and "A" in self.zone.hosts.get(name, set()):
            reply.add_answer(RR(name, QTYPE.A, rdata=A("192.0.2.10"), ttl=self.zone.ttl))
        elif qtype == "MX" and "MX" in self.zone.hosts.get(name, set()):
            reply.add_answer(RR(name, QTYPE.MX, rdata=MX(f"mx.{name}"), ttl=self.zone.ttl))
        return reply


@dataclass
class DnsServerHandle:
    zone: SpfZone
    port: int

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"


@pytest.fixture(scope="session")
def notifier_dns() -> Iterator[DnsServerHandle]:
    """A real DNS server (UDP, 127.0.0.1, free port) answering from an editable zone."""
    zone = SpfZone()
    server = DNSServer(
        _ZoneResolver(zone),
        address="127.0.0.1",
        port=0,
        logger=DNSLogger(log="-request,-reply,-truncated,-error,-recv,-send,-data", prefix=False),
    )
    server.start_thread()
    try:
        yield DnsServerHandle(zone, server.server.server_address[1])
    finally:
        server.stop()  # the socket stays open: a slow answer may still be on its way


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
        return [cloudevents.decode(r.value, r.headers) for r in await self.read_relay_topic()]

    async def read_relay_topic(self) -> list[Any]:
        consumer = AIOKafkaConsumer(bootstrap_servers=self.bootstrap, enable_auto_commit=False)
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


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


NotifierFactory = Callable[..., contextlib.AbstractAsyncContextManager[NotifierHarness]]


@pytest_asyncio.fixture(loop_scope="session", scope="session")
async def notifier_service(
    fresh_database: Any, kafka_bootstrap: str, _ouvrage_topics: Any, notifier_dns: DnsServerHandle
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
            "http_port": free_port(),
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
                },
                relay_topic=relay_topic,
                group_suffix=f".{uuid.uuid4().hex[:8]}",
            ),
        )
        producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap, acks="all")
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


# --- a controllable SMTP server -------------------------------------------------------------


@dataclass
class ScriptedSmtp:
    """An aiosmtpd server answering by recipient: ``tempfail<N>-…`` gets 451 N times then
    250; ``reject-…`` gets 550; ``drop-…`` loses the connection while taking the message."""

    port: int
    received: list[Any] = field(default_factory=list)
    attempts: dict[str, int] = field(default_factory=lambda: defaultdict(int))


class _ScriptedHandler:
    def __init__(self, state: ScriptedSmtp) -> None:
        self.state = state

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        recipient = envelope.rcpt_tos[0]
        local = recipient.split("@")[0]
        self.state.attempts[recipient] += 1
        if local.startswith("reject-"):
            return "550 5.1.1 Mailbox unavailable: recipient rejected"
        if local.startswith("tempfail"):
            wanted = int(local[len("tempfail") : local.index("-")])
            if self.state.attempts[recipient] <= wanted:
                return "451 4.7.1 Greylisted, please try again later"
        if local.startswith("drop-"):
            server.transport.close()
            return "421 closing"
        self.state.received.append(envelope)
        return "250 2.0.0 OK"


@pytest.fixture(scope="session")
def scripted_smtp() -> Iterator[ScriptedSmtp]:
    from aiosmtpd.controller import Controller

    state = ScriptedSmtp(port=free_port())
    controller = Controller(_ScriptedHandler(state), hostname="127.0.0.1", port=state.port)
    controller.start()
    try:
        yield state
    finally:
        controller.stop()
