"""The planning app on the real PostgreSQL and Kafka, with unique topics per test module.

Identity's and clients' events are published, CloudEvents-encoded, on the module's own topics
(what the real services would publish); the planning relay publishes to a topic of its own that
the tests read back.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx
import ouvrage_events as es
import pytest_asyncio
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from ouvrage_events import privacy
from ouvrage_events.catalog.clients import (
    Address,
    ClientContactChanged,
    ClientRegistered,
    ClientRestored,
    ClientStatusChanged,
    ClientTrashed,
    Contact,
)
from ouvrage_events.catalog.identity import (
    TenantRegistered,
    UserDeactivated,
    UserPreferencesChanged,
    UserRegistered,
)
from ouvrage_events.contract import cloudevents
from ouvrage_events.runtime.kafka import client_options
from ouvrage_platform.testing import TokenMinter
from ouvrage_testing.kafka import TopicFactory
from planning.bootstrap import RuntimeOptions, create_app, migrate
from planning.settings import PlanningSettings

T = TypeVar("T")
MANAGE = ["planning.manage"]


@dataclass
class PlanningHarness:
    client: httpx.AsyncClient
    minter: TokenMinter
    dsn: str
    bootstrap: str
    relay_topic: str
    identity_topic: str
    clients_topic: str
    producer: AIOKafkaProducer
    sequences: dict[uuid.UUID, int] = field(default_factory=dict)
    sales_topic: str = ""

    # -- auth ------------------------------------------------------------------------------
    def headers(
        self, user: uuid.UUID, tenant: uuid.UUID, perms: list[str] | None = None, **extra: str
    ) -> dict[str, str]:
        token = self.minter.mint(user, tenant, MANAGE if perms is None else perms)
        return {"Authorization": f"Bearer {token}", **extra}

    # -- other services' events -----------------------------------------------------------
    async def publish(
        self,
        topic: str,
        event: es.DomainEvent,
        *,
        tenant: uuid.UUID,
        aggregate: uuid.UUID,
        wait: bool = True,
    ) -> es.Envelope:
        """Publish like the owning service would, then wait until planning has applied it."""
        sequence = self.sequences.get(aggregate, 0) + 1
        self.sequences[aggregate] = sequence
        envelope = es.Envelope.wrap(
            event,
            aggregate_id=aggregate,
            aggregate_type=event.service,
            sequence=sequence,
            metadata=es.Metadata(tenant_id=tenant),
        )
        key, value, headers = cloudevents.encode(envelope)
        await self.producer.send_and_wait(topic, value=value, key=key, headers=headers)
        if not wait:
            return envelope
        schema = "proj_directory" if topic == self.identity_topic else "proj_clients_view"
        await self.applied(schema, envelope.event_id)
        if isinstance(event, TenantRegistered):  # the catalog is seeded by its own reaction
            await self.applied("proj_catalog_seeding", envelope.event_id)
        return envelope

    async def applied(self, schema: str, event_id: uuid.UUID) -> None:
        conn = await es.connect(self.dsn)
        try:
            await eventually(
                lambda: conn.fetchval(
                    f"SELECT 1 FROM {schema}.es_processed WHERE event_id = $1", event_id
                )
            )
        finally:
            await conn.close()

    async def tenant(
        self, name: str = "Bâtiments Réunis", timezone: str = "Europe/Paris"
    ) -> uuid.UUID:
        tenant = uuid.uuid4()
        event = TenantRegistered(tenant_id=tenant, name=name, timezone=timezone)
        await self.publish(self.identity_topic, event, tenant=tenant, aggregate=tenant)
        return tenant

    async def user(
        self,
        tenant: uuid.UUID,
        first: str = "Hélène",
        last: str = "Garçon",
        *,
        operator: bool = True,
    ) -> uuid.UUID:
        user = uuid.uuid4()
        event = UserRegistered(
            user_id=user,
            email=f"{user.hex[:8]}@exemple.fr",
            first_name=first,
            last_name=last,
            is_operator=operator,
        )
        await self.publish(self.identity_topic, event, tenant=tenant, aggregate=user)
        return user

    async def deactivate(self, tenant: uuid.UUID, user: uuid.UUID) -> None:
        event = UserDeactivated(user_id=user)
        await self.publish(self.identity_topic, event, tenant=tenant, aggregate=user)

    async def preferences(
        self, tenant: uuid.UUID, user: uuid.UUID, *, archived: bool, tooltips: bool
    ) -> None:
        event = UserPreferencesChanged(
            user_id=user, show_archived_sav=archived, sav_observations_as_tooltips=tooltips
        )
        await self.publish(self.identity_topic, event, tenant=tenant, aggregate=user)

    async def client_record(
        self,
        tenant: uuid.UUID,
        last_name: str = "Müller",
        *,
        city: str = "Lyon",
        status: str = "client",
        notes: str = "",
    ) -> uuid.UUID:
        client = uuid.uuid4()
        contact = contact_of(last_name, city, notes)
        event = ClientRegistered(
            client_id=client,
            kind="client",
            contact=contact,
            display_name=contact.display_name(),
            status=status,
        )
        await self.publish(self.clients_topic, event, tenant=tenant, aggregate=client)
        return client

    async def client_status(
        self,
        tenant: uuid.UUID,
        client: uuid.UUID,
        status: str,
        *,
        on_planning: bool | None = None,
        ends_worksite: bool | None = None,
    ) -> es.Envelope:
        event = ClientStatusChanged(
            client_id=client,
            status=status,
            status_label=status,
            on_planning=on_planning,
            ends_worksite=ends_worksite,
        )
        return await self.publish(self.clients_topic, event, tenant=tenant, aggregate=client)

    async def client_contact(
        self, tenant: uuid.UUID, client: uuid.UUID, last_name: str, city: str
    ) -> None:
        contact = contact_of(last_name, city)
        event = ClientContactChanged(
            client_id=client, contact=contact, display_name=contact.display_name()
        )
        await self.publish(self.clients_topic, event, tenant=tenant, aggregate=client)

    async def trash(
        self,
        tenant: uuid.UUID,
        client: uuid.UUID,
        restore: bool = False,
        *,
        duplicate_of: uuid.UUID | None = None,
    ) -> None:
        event: es.DomainEvent = (
            ClientRestored(client_id=client)
            if restore
            else ClientTrashed(client_id=client, duplicate_of=duplicate_of)
        )
        await self.publish(self.clients_topic, event, tenant=tenant, aggregate=client)

    # -- planning's own events on Kafka ----------------------------------------------------
    async def relayed(self, ce_type: str, subject: uuid.UUID) -> tuple[dict[str, str], Any]:
        """The planning event of that type and subject, as published on the relay topic."""
        consumer = AIOKafkaConsumer(
            self.relay_topic, **client_options(self.bootstrap), auto_offset_reset="earliest"
        )
        await consumer.start()
        try:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                batch = await consumer.getmany(timeout_ms=500)
                for record in (r for records in batch.values() for r in records):
                    headers = {k: v.decode() for k, v in record.headers}
                    if headers["ce_type"] == ce_type and headers["ce_subject"] == str(subject):
                        # as a consumer sees it: personal fields travel sealed
                        envelope = cloudevents.decode(record.value, record.headers)
                        return headers, (await privacy.open_envelope(envelope)).payload
        finally:
            await consumer.stop()
        raise AssertionError(f"{ce_type} for {subject} never reached the relay topic")


def contact_of(last_name: str, city: str, notes: str = "") -> Contact:
    return Contact(
        civility="Mme",
        last_name=last_name,
        first_name="Élise",
        phones=["06 12 34 56 78"],
        emails=["elise@exemple.fr"],
        address=Address(street="12 rue de l'Église", postal_code="69003", city=city),
        notes=notes,
    )


async def eventually(probe: Callable[[], Awaitable[T]], timeout: float = 30.0) -> T:
    """The probe's first truthy result (events travel through Kafka: they take a moment)."""
    deadline = time.monotonic() + timeout
    while True:
        result = await probe()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.1)


@pytest_asyncio.fixture(loop_scope="session", scope="module")
async def planning_harness(
    database_dsn: str, kafka_bootstrap: str, _ouvrage_topics: TopicFactory
) -> AsyncIterator[PlanningHarness]:
    relay_topic = await _ouvrage_topics("planning-relay")
    identity_topic = await _ouvrage_topics("planning-identity")
    clients_topic = await _ouvrage_topics("planning-clients")
    sales_topic = await _ouvrage_topics("planning-sales")
    settings = PlanningSettings(database_url=database_dsn, kafka_bootstrap=kafka_bootstrap)
    await migrate(settings)
    minter = TokenMinter()
    options = RuntimeOptions(
        relay_topic=relay_topic,
        topics={
            "directory": [identity_topic],
            "catalog_seeding": [identity_topic],
            "clients_view": [clients_topic, sales_topic],
        },
        group_suffix=f".{uuid.uuid4().hex[:8]}",
    )
    app = create_app(settings, verifier=minter.verifier(), runtime=options)
    producer = AIOKafkaProducer(**client_options(kafka_bootstrap), acks="all")
    await producer.start()
    try:
        async with app.router.lifespan_context(app):
            await app.state.events.wait_assigned()
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://planning") as client:
                yield PlanningHarness(
                    client=client,
                    minter=minter,
                    dsn=database_dsn,
                    bootstrap=kafka_bootstrap,
                    relay_topic=relay_topic,
                    identity_topic=identity_topic,
                    clients_topic=clients_topic,
                    producer=producer,
                    sales_topic=sales_topic,
                )
    finally:
        await producer.stop()
