"""Fixtures of the sales integration tests: the real app (lifespan entered) on a fresh database,
unique Kafka topics, the clients' events published as the clients relay would, a settable day."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar
from uuid import UUID, uuid4

import httpx
import ouvrage_events as es
import pytest_asyncio
from aiokafka import AIOKafkaProducer
from ouvrage_events.catalog.clients import Address, ClientRegistered, Contact
from ouvrage_events.runtime.kafka import client_options
from ouvrage_platform.testing import TokenMinter
from ouvrage_testing.kafka import TopicFactory, publish_event
from sales.bootstrap import create_app, migrate
from sales.settings import SalesSettings

T = TypeVar("T")
ALL_PERMS = ("sales.quote", "sales.invoice", "sales.payment", "settings.manage")
COMPANY = {
    "name": "Bâti Durand",
    "legal_form": "SARL",
    "address": "3 rue des Artisans",
    "postal_code": "69003",
    "city": "Lyon",
    "email": "contact@bati-durand.fr",
    "siret": "123 456 789 00012",
    "vat_number": "FR32123456789",
    "insurer": "Assurances Mutuelles du Bâtiment",
    "insurance_policy": "n° 456-789",
    "insurance_coverage": "France métropolitaine",
    "iban": "FR76 3000 6000 0112 3456 7890 189",
    "payment_days": 30,
}
LINES = [
    {
        "title": "Gros œuvre",
        "lines": [
            {
                "designation": "Extension",
                "quantity": "1",
                "unit": "forfait",
                "unit_price": "10000.00",
                "vat_rate": "10",
            },
        ],
    },
    {
        "title": "Fenêtres",
        "lines": [
            {
                "designation": "Fenêtre PVC",
                "quantity": "4",
                "unit": "u",
                "unit_price": "1250",
                "vat_rate": "20",
            },
        ],
    },
]
ATTESTATION = {"signed_on": "2026-11-30", "signed_by": "Jean Dupont"}


async def eventually(probe: Callable[[], Awaitable[T]], timeout: float = 30.0) -> T:
    """The probe's first truthy result (events cross Kafka)."""
    async with asyncio.timeout(timeout):
        while True:
            result = await probe()
            if result:
                return result
            await asyncio.sleep(0.1)


@dataclass
class Clock:
    day: date = date(2026, 11, 30)

    def __call__(self) -> date:
        return self.day


@dataclass
class Tenant:
    minter: TokenMinter
    id: UUID = field(default_factory=uuid4)
    user_id: UUID = field(default_factory=uuid4)

    def headers(self, perms: tuple[str, ...] = ALL_PERMS, **extra: str) -> dict[str, str]:
        token = self.minter.mint(self.user_id, self.id, list(perms))
        return {"Authorization": f"Bearer {token}", **extra}


@dataclass
class SalesHarness:
    http: httpx.AsyncClient
    producer: AIOKafkaProducer
    topics: dict[str, str]
    minter: TokenMinter
    clock: Clock
    settings: SalesSettings
    app: Any = None

    def app_container(self) -> Any:
        return self.app.state.container

    async def tenant(self) -> Tenant:
        """A company whose legal mentions are set."""
        tenant = Tenant(self.minter)
        answer = await self.http.put("/company", json=COMPANY, headers=tenant.headers())
        assert answer.status_code == 200, answer.text
        return tenant

    async def client_event(
        self, tenant: Tenant, event: es.DomainEvent, client: UUID, n: int
    ) -> None:
        await publish_event(
            self.producer,
            self.topics["clients"],
            event,
            tenant=tenant.id,
            aggregate=client,
            sequence=n,
        )

    async def client(self, tenant: Tenant, name: str = "Dupont") -> UUID:
        """A client registered by the clients service (its event published), once known."""
        client_id = uuid4()
        contact = Contact(
            last_name=name,
            first_name="Jean",
            emails=[f"{name.lower()}@example.org"],
            address=Address(
                street="12 allée des Tilleuls", postal_code="69100", city="Villeurbanne"
            ),
        )
        registered = ClientRegistered(
            client_id=client_id, contact=contact, display_name=contact.display_name()
        )
        await self.client_event(tenant, registered, client_id, 1)

        await self.until_client(client_id, "display_name <> ''")
        return client_id

    async def until_client(self, client_id: UUID, condition: str) -> None:
        """Wait until sales' projection of the client meets the SQL ``condition``."""
        conn = await es.connect(self.settings.database_url)
        try:

            async def met() -> bool:
                return bool(
                    await conn.fetchval(
                        f"SELECT count(*) FROM proj_sales_clients.sales_clients "
                        f"WHERE id = $1 AND {condition}",
                        client_id,
                    )
                )

            await eventually(met)
        finally:
            await conn.close()

    async def quote(self, tenant: Tenant, client_id: UUID, **extra: Any) -> dict[str, Any]:
        body = {"sections": LINES, "vat_attestation": ATTESTATION, **extra}
        answer = await self.http.post(
            f"/clients/{client_id}/quotes", json=body, headers=tenant.headers()
        )
        assert answer.status_code == 201, answer.text
        result: dict[str, Any] = answer.json()
        return result

    async def accepted_quote(self, tenant: Tenant, client_id: UUID) -> dict[str, Any]:
        quote = await self.quote(tenant, client_id)
        sent = await self.http.post(f"/quotes/{quote['id']}/send", headers=tenant.headers())
        assert sent.status_code == 200, sent.text
        accepted = await self.http.post(
            f"/quotes/{quote['id']}/accept",
            json={"signer_name": "Jean Dupont"},
            headers=tenant.headers(),
        )
        assert accepted.status_code == 200, accepted.text
        result: dict[str, Any] = accepted.json()
        return result

    async def invoice(self, tenant: Tenant, quote_id: str, **body: Any) -> dict[str, Any]:
        answer = await self.http.post(
            f"/quotes/{quote_id}/invoices", json=body, headers=tenant.headers()
        )
        assert answer.status_code == 201, answer.text
        result: dict[str, Any] = answer.json()
        return result


@pytest_asyncio.fixture(loop_scope="session", scope="module")
async def sales(database_dsn: str, kafka_bootstrap: str) -> AsyncIterator[SalesHarness]:
    factory = TopicFactory(kafka_bootstrap)
    topics = {
        s: await factory(f"sales-tests-{s}") for s in ("clients", "sales", "identity", "planning")
    }
    minter = TokenMinter(kid="sales-tests")
    clock = Clock()
    settings = SalesSettings(
        database_url=database_dsn,
        kafka_bootstrap=kafka_bootstrap,
        environment="test",
        events_topic=topics["sales"],
        clients_topic=topics["clients"],
        identity_topic=topics["identity"],
        planning_topic=topics["planning"],
        consumer_group_suffix=f".{uuid4().hex[:8]}",
        overdue_enabled=False,
    )
    await migrate(settings)
    app = create_app(settings, verifier=minter.verifier(), today=clock)
    producer = AIOKafkaProducer(**client_options(kafka_bootstrap), acks="all")
    await producer.start()
    try:
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://sales") as http:
                yield SalesHarness(http, producer, topics, minter, clock, settings, app)
    finally:
        await producer.stop()
        await factory.close()
