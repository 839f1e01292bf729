"""Cross-service: the REAL clients service puts a record in the trash; its ClientTrashed travels
through Kafka and the actions service cancels that client's open actions.

Both apps run in-process from their own bootstraps, on their own fresh databases; the clients
relay publishes to a unique topic that the actions service consumes, and the actions relay to
another one that the test reads.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import cross_apps
import httpx
import ouvrage_events as es
import pytest_asyncio
from actions.bootstrap import create_app as create_actions_app
from actions.bootstrap import migrate as migrate_actions
from actions.settings import ActionsSettings
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from cross_apps import Wiring
from ouvrage_events.catalog.identity import TenantRegistered, UserRegistered
from ouvrage_events.contract import cloudevents
from ouvrage_events.runtime.kafka import client_options
from ouvrage_platform.testing import TokenMinter
from ouvrage_testing import DatabaseFactory, TopicFactory
from ouvrage_testing.kafka import publish_event

T = TypeVar("T")
WAIT = 30.0
PERMS = ["clients.write"]
TRASH_REASON = "client mis à la corbeille"


@dataclass
class Stack:
    clients: httpx.AsyncClient
    actions: httpx.AsyncClient
    minter: TokenMinter
    producer: AIOKafkaProducer
    topics: dict[str, str]
    kafka: str

    def headers(self, user: uuid.UUID, tenant: uuid.UUID) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.minter.mint(user, tenant, PERMS)}"}

    async def identity(
        self, tenant: uuid.UUID, event: es.DomainEvent, aggregate: uuid.UUID
    ) -> None:
        """Identity's events (identity itself is not under test here)."""
        await publish_event(
            self.producer, self.topics["identity"], event, tenant=tenant, aggregate=aggregate
        )


async def eventually(probe: Callable[[], Awaitable[T]], timeout: float = WAIT) -> T:
    """The probe's first truthy result (events cross Kafka between the services)."""
    async with asyncio.timeout(timeout):
        while True:
            result = await probe()
            if result:
                return result
            await asyncio.sleep(0.1)


async def read_events(
    kafka: str, topic: str, want: Callable[[list[es.Envelope]], bool]
) -> list[es.Envelope]:
    """Events of ``topic`` from its start, until ``want`` holds for them."""
    consumer = AIOKafkaConsumer(topic, **client_options(kafka), auto_offset_reset="earliest",
                                enable_auto_commit=False)  # fmt: skip
    await consumer.start()
    seen: dict[uuid.UUID, es.Envelope] = {}
    try:
        async with asyncio.timeout(WAIT):
            while not want(list(seen.values())):
                for records in (await consumer.getmany(timeout_ms=200)).values():
                    for r in records:
                        envelope = cloudevents.decode(r.value, r.headers)
                        seen[envelope.event_id] = envelope
    finally:
        await consumer.stop()
    return list(seen.values())


@pytest_asyncio.fixture(loop_scope="session", scope="module")
async def actions_and_clients(
    fresh_database: DatabaseFactory, kafka_bootstrap: str
) -> AsyncIterator[Stack]:
    factory = TopicFactory(kafka_bootstrap)
    topics = {s: await factory(f"cross-actions-{s}") for s in ("clients", "identity", "actions")}
    minter = TokenMinter(kid="cross-actions")
    suffix = f".{uuid.uuid4().hex[:8]}"
    actions_settings = ActionsSettings(
        database_url=await fresh_database("cross_act_actions"),
        kafka_bootstrap=kafka_bootstrap,
        events_topic=topics["actions"],
        identity_topic=topics["identity"],
        clients_topic=topics["clients"],
        consumer_group_suffix=suffix,
        scheduler_enabled=False,
    )
    await migrate_actions(actions_settings)
    wiring = Wiring(fresh_database, kafka_bootstrap, topics, minter, suffix, "cross_act")
    clients_app = await cross_apps.clients_app(wiring)
    actions_app = create_actions_app(actions_settings, verifier=minter.verifier())
    producer = AIOKafkaProducer(**client_options(kafka_bootstrap), acks="all")
    await producer.start()
    try:
        async with (
            clients_app.router.lifespan_context(clients_app),
            actions_app.router.lifespan_context(actions_app),
            httpx.AsyncClient(transport=httpx.ASGITransport(app=clients_app),
                              base_url="http://clients") as clients_http,
            httpx.AsyncClient(transport=httpx.ASGITransport(app=actions_app),
                              base_url="http://actions") as actions_http,
        ):  # fmt: skip
            yield Stack(clients_http, actions_http, minter, producer, topics, kafka_bootstrap)
    finally:
        await producer.stop()
        await factory.close()


async def _company(stack: Stack) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID, str]:
    """A company known to the actions service: its id, two users, the « A relancer » type."""
    tenant, alice, bob = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    await stack.identity(tenant, TenantRegistered(tenant_id=tenant, name="Dupont BTP"), tenant)
    for user in (alice, bob):
        registered = UserRegistered(user_id=user, email=f"{user.hex[:6]}@dupont.test",
                                    first_name="A", last_name="B")  # fmt: skip
        await stack.identity(tenant, registered, user)
    headers = stack.headers(alice, tenant)

    async def seeded() -> str | None:
        items = (await stack.actions.get("/action-types", headers=headers)).json()["items"]
        return next((t["id"] for t in items if t["name"] == "A relancer"), None)

    return tenant, alice, bob, await eventually(seeded)


async def _action(stack: Stack, headers: dict[str, str], client_id: str, **body: Any) -> str:
    """Create an action; a user not yet projected is retried (identity's events are async)."""
    payload = {"alert_at": "2030-09-01T09:00:00", **body}

    async def created() -> str | None:
        response = await stack.actions.post(f"/clients/{client_id}/actions", json=payload,
                                            headers=headers)  # fmt: skip
        if response.status_code == 422 and response.json()["code"] == "invalid_users":
            return None
        assert response.status_code == 201, response.text
        return str(response.json()["id"])

    return await eventually(created)


async def test_a_real_client_trashed_cancels_its_open_actions(actions_and_clients: Stack) -> None:
    stack = actions_and_clients
    tenant, alice, bob, type_id = await _company(stack)
    headers = stack.headers(alice, tenant)
    made = await stack.clients.post("/clients", json={"last_name": "Paviere", "first_name": "Robert"},
                                    headers=headers)  # fmt: skip
    assert made.status_code == 201, made.text
    client_id = made.json()["id"]
    kept = await stack.clients.post("/clients", json={"last_name": "Martin"}, headers=headers)
    kept_id = kept.json()["id"]

    assigned = await _action(stack, headers, client_id, action_type_id=type_id,
                             assignee_id=str(bob), note="Relancer pour le devis")  # fmt: skip
    shared = await _action(stack, headers, client_id, action_type_id=type_id,
                           share_with=[str(bob)])  # fmt: skip
    done = await _action(stack, headers, client_id, action_type_id=type_id)
    other = await _action(stack, headers, kept_id, action_type_id=type_id)
    completed = await stack.actions.post(f"/actions/{done}/complete", headers=headers)
    assert completed.json()["status"] == "completed"

    async def named() -> bool:
        card = (await stack.actions.get(f"/actions/{assigned}", headers=headers)).json()
        return bool(card["client_name"] == "Paviere Robert" and not card["client_pending"])

    assert await eventually(named)

    trashed = await stack.clients.post(f"/clients/{client_id}/trash", headers=headers)
    assert trashed.status_code == 200, trashed.text

    async def cancelled() -> list[dict[str, Any]] | None:
        cards = [(await stack.actions.get(f"/actions/{a}", headers=headers)).json()
                 for a in (assigned, shared)]  # fmt: skip
        return cards if all(c["status"] == "cancelled" for c in cards) else None

    cards = await eventually(cancelled)
    assert {c["cancel_reason"] for c in cards} == {TRASH_REASON}
    assert (await stack.actions.get(f"/actions/{done}", headers=headers)).json()["status"] == (
        "completed"
    )
    assert (await stack.actions.get(f"/actions/{other}", headers=headers)).json()[
        "status"
    ] == "open"

    trash_events = await read_events(
        stack.kafka, stack.topics["clients"],
        lambda evs: any(e.name == "ClientTrashed" for e in evs),
    )  # fmt: skip
    (trash_event,) = [e for e in trash_events if e.name == "ClientTrashed"]
    action_events = await read_events(
        stack.kafka, stack.topics["actions"],
        lambda evs: sum(e.name == "ActionCancelled" for e in evs) >= 2,
    )  # fmt: skip
    cancellations = [e for e in action_events if e.name == "ActionCancelled"]
    assert {str(e.aggregate_id) for e in cancellations} == {assigned, shared}
    assert {e.causation_id for e in cancellations} == {trash_event.event_id}
    assert {e.payload["reason"] for e in cancellations} == {TRASH_REASON}

    refused = await stack.actions.post(
        f"/clients/{client_id}/actions",
        json={"action_type_id": type_id, "alert_at": "2030-09-01T09:00:00"},
        headers=headers,
    )
    assert refused.status_code == 409
    assert refused.json()["code"] == "client_trashed"

    # « rechanger le statut »: the record comes back, and so do the actions its trash cancelled.
    back = await stack.clients.put(f"/clients/{client_id}/status",
                                   json={"status": "devis_en_cours"}, headers=headers)  # fmt: skip
    assert back.status_code == 200 and back.json()["trashed"] is False, back.text

    async def reopened() -> bool:
        cards = [(await stack.actions.get(f"/actions/{a}", headers=headers)).json()
                 for a in (assigned, shared, done)]  # fmt: skip
        return [c["status"] for c in cards] == ["open", "open", "completed"]

    assert await eventually(reopened)
