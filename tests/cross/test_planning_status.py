"""Cross-service: the REAL clients service changes a client's status to « en cours de
chantier »; its ClientStatusChanged travels through Kafka and the planning opens a worksite;
« chantier terminé » closes it; the status « Corbeille » takes it off the planning and another
status brings it back.

Both apps run in-process from their own bootstraps, on their own fresh databases, the clients
relay publishing to a unique topic that the planning consumes.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import cross_apps
import httpx
import ouvrage_events as es
import pytest
import pytest_asyncio
from aiokafka import AIOKafkaProducer
from cross_apps import Wiring
from ouvrage_events.catalog.identity import TenantRegistered, UserRegistered
from ouvrage_events.contract import cloudevents
from ouvrage_events.runtime.kafka import client_options
from ouvrage_platform.testing import TokenMinter
from ouvrage_testing.kafka import TopicFactory
from ouvrage_testing.postgres import DatabaseFactory

pytestmark = pytest.mark.asyncio(loop_scope="session")
T = TypeVar("T")
PERMS = ["clients.write", "planning.manage"]


@dataclass
class Apps:
    clients: httpx.AsyncClient
    planning: httpx.AsyncClient
    minter: TokenMinter
    producer: AIOKafkaProducer
    identity_topic: str

    def headers(self, user: uuid.UUID, tenant: uuid.UUID) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.minter.mint(user, tenant, PERMS)}"}


async def eventually(probe: Callable[[], Awaitable[T]], timeout: float = 30.0) -> T:
    """The probe's first truthy result: the event crosses Kafka between the two services."""
    deadline = time.monotonic() + timeout
    while True:
        result = await probe()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError("the planning never showed the expected state")
        await asyncio.sleep(0.2)


@pytest_asyncio.fixture(loop_scope="session", scope="module")
async def planning_and_clients(
    fresh_database: DatabaseFactory, kafka_bootstrap: str, _ouvrage_topics: TopicFactory
) -> AsyncIterator[Apps]:
    topics = {s: await _ouvrage_topics(f"cross-{s}") for s in ("clients", "identity", "planning")}
    minter = TokenMinter(kid="cross-planning")
    suffix = f".{uuid.uuid4().hex[:8]}"
    wiring = Wiring(fresh_database, kafka_bootstrap, topics, minter, suffix, "cross")
    clients_app = await cross_apps.clients_app(wiring)
    planning_app = await cross_apps.planning_app(wiring)
    identity_topic = topics["identity"]
    producer = AIOKafkaProducer(**client_options(kafka_bootstrap), acks="all")
    await producer.start()
    try:
        async with (
            clients_app.router.lifespan_context(clients_app),
            planning_app.router.lifespan_context(planning_app),
        ):
            await planning_app.state.events.wait_assigned()
            async with (
                httpx.AsyncClient(
                    transport=httpx.ASGITransport(app=clients_app), base_url="http://clients"
                ) as clients_http,
                httpx.AsyncClient(
                    transport=httpx.ASGITransport(app=planning_app), base_url="http://planning"
                ) as planning_http,
            ):
                yield Apps(clients_http, planning_http, minter, producer, identity_topic)
    finally:
        await producer.stop()


async def _identity(
    apps: Apps, tenant: uuid.UUID, event: es.DomainEvent, aggregate: uuid.UUID
) -> None:
    """Identity's events (identity itself is not under test here)."""
    envelope = es.Envelope.wrap(
        event,
        aggregate_id=aggregate,
        aggregate_type="identity",
        sequence=1,
        metadata=es.Metadata(tenant_id=tenant),
    )
    key, value, headers = cloudevents.encode(envelope)
    await apps.producer.send_and_wait(apps.identity_topic, value=value, key=key, headers=headers)


async def _planning(apps: Apps, headers: dict[str, str]) -> list[dict[str, Any]]:
    response = await apps.planning.get("/planning", headers=headers)
    assert response.status_code == 200, response.text
    return list(response.json()["items"])


async def _set_status(apps: Apps, headers: dict[str, str], client_id: str, status: str) -> None:
    response = await apps.clients.put(
        f"/clients/{client_id}/status", headers=headers, json={"status": status}
    )
    assert response.status_code == 200, response.text


async def test_real_status_change_opens_one_worksite_that_follows_the_client(
    planning_and_clients: Apps,
) -> None:
    apps = planning_and_clients
    tenant, user = uuid.uuid4(), uuid.uuid4()
    headers = apps.headers(user, tenant)
    await _identity(
        apps, tenant, TenantRegistered(tenant_id=tenant, name="Bâtiments Réunis"), tenant
    )
    await _identity(
        apps,
        tenant,
        UserRegistered(user_id=user, email="h@exemple.fr", first_name="Hélène", last_name="Garçon"),
        user,
    )
    created = await apps.clients.post(
        "/clients",
        headers=headers,
        json={
            "kind": "client",
            "last_name": "Müller",
            "first_name": "Élise",
            "address": {"street": "12 rue de l'Église", "postal_code": "69003", "city": "Lyon"},
        },
    )
    assert created.status_code == 201, created.text
    client_id = created.json()["id"]
    await _set_status(apps, headers, client_id, "en_cours_de_chantier")

    sites = await eventually(lambda: _planning(apps, headers))
    (site,) = sites
    assert site["client_id"] == client_id and site["origin"] == "status"
    assert "Müller" in site["client_name"] and site["address"]["city"] == "Lyon"

    # Another status and back while the worksite is open opens no second one.
    await _set_status(apps, headers, client_id, "sav")
    await _set_status(apps, headers, client_id, "en_cours_de_chantier")
    renamed = await apps.clients.patch(
        f"/clients/{client_id}/contact", headers=headers, json={"last_name": "Müller-Roux"}
    )
    assert renamed.status_code == 200, renamed.text

    async def renamed_on_planning() -> list[dict[str, Any]]:
        items = await _planning(apps, headers)
        return items if items and "Müller-Roux" in items[0]["client_name"] else []

    (still_one,) = await eventually(renamed_on_planning)
    assert still_one["id"] == site["id"]

    async def off_planning() -> bool:
        return await _planning(apps, headers) == []

    # « chantier terminé » ends the site: closed, off the planning; the next one is new.
    await _set_status(apps, headers, client_id, "chantier_termine")
    await eventually(off_planning)
    closed = await apps.planning.get(f"/worksites/{site['id']}", headers=headers)
    assert closed.json()["closed"] is True
    await _set_status(apps, headers, client_id, "en_cours_de_chantier")
    (second,) = await eventually(lambda: _planning(apps, headers))
    assert second["id"] != site["id"]

    # The status « Corbeille » takes the client off the planning; another status brings it back.
    await _set_status(apps, headers, client_id, "corbeille")
    await eventually(off_planning)
    await _set_status(apps, headers, client_id, "en_cours_de_chantier")
    (back,) = await eventually(lambda: _planning(apps, headers))
    assert back["id"] == second["id"]
