"""Cross-service: a REAL ActionAssigned, recorded by the actions service over HTTP, crosses Kafka
to the notifier and ends as an alert for the assignee and a message in the SMTP sink.

Both apps run in-process from their own bootstraps, on fresh databases; the actions relay
publishes to a unique topic that the notifier consumes, and identity's events (identity is not
under test here) are produced on another unique topic that both consume.
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
from ouvrage_testing.smtp import SmtpSink

T = TypeVar("T")
WAIT = 45.0


@dataclass
class Stack:
    actions: httpx.AsyncClient
    notifier: httpx.AsyncClient
    minter: TokenMinter
    producer: AIOKafkaProducer
    topics: dict[str, str]
    kafka: str

    def headers(self, user: uuid.UUID, tenant: uuid.UUID) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.minter.mint(user, tenant, ['clients.write'])}"}

    async def identity(
        self, tenant: uuid.UUID, event: es.DomainEvent, aggregate: uuid.UUID
    ) -> None:
        """Identity's events (identity itself is not under test here)."""
        await publish_event(
            self.producer, self.topics["identity"], event, tenant=tenant, aggregate=aggregate
        )


async def eventually(probe: Callable[[], Awaitable[T]], timeout: float = WAIT) -> T:
    async with asyncio.timeout(timeout):
        while True:
            result = await probe()
            if result:
                return result
            await asyncio.sleep(0.1)


@pytest_asyncio.fixture(loop_scope="session", scope="module")
async def stack(
    fresh_database: DatabaseFactory, kafka_bootstrap: str, smtp_sink: SmtpSink
) -> AsyncIterator[Stack]:
    factory = TopicFactory(kafka_bootstrap)
    names = ("identity", "clients", "actions", "planning", "notifier")
    topics = {name: await factory(f"cross-notifier-{name}") for name in names}
    minter = TokenMinter(kid="cross-notifier")
    suffix = f".{uuid.uuid4().hex[:8]}"
    actions_settings = ActionsSettings(
        database_url=await fresh_database("cross_ntf_actions"),
        kafka_bootstrap=kafka_bootstrap,
        events_topic=topics["actions"],
        identity_topic=topics["identity"],
        clients_topic=topics["clients"],
        consumer_group_suffix=suffix,
        scheduler_enabled=False,
    )
    await migrate_actions(actions_settings)
    actions_app = create_actions_app(actions_settings, verifier=minter.verifier())
    wiring = Wiring(fresh_database, kafka_bootstrap, topics, minter, suffix, "cross_ntf")
    notifier_app = await cross_apps.notifier_app(
        wiring, smtp_sink, ["actions", "clients", "identity", "planning"]
    )
    producer = AIOKafkaProducer(**client_options(kafka_bootstrap), acks="all")
    await producer.start()
    try:
        async with (
            actions_app.router.lifespan_context(actions_app),
            notifier_app.router.lifespan_context(notifier_app),
            httpx.AsyncClient(transport=httpx.ASGITransport(app=actions_app),
                              base_url="http://actions") as actions_http,
            httpx.AsyncClient(transport=httpx.ASGITransport(app=notifier_app),
                              base_url="http://notifier") as notifier_http,
        ):  # fmt: skip
            await notifier_app.state.running.runtime.wait_assigned(60)
            yield Stack(actions_http, notifier_http, minter, producer, topics, kafka_bootstrap)
    finally:
        await producer.stop()
        await factory.close()


async def _type_id(stack: Stack, headers: dict[str, str]) -> str:
    async def seeded() -> str | None:
        items = (await stack.actions.get("/action-types", headers=headers)).json()["items"]
        return next((t["id"] for t in items if t["name"] == "A relancer"), None)

    return await eventually(seeded)


async def _assigned_action(stack: Stack, headers: dict[str, str], body: dict[str, Any]) -> str:
    """Create the action; retried while actions has not yet seen the users (async events)."""

    async def created() -> str | None:
        client_id = uuid.uuid4()
        response = await stack.actions.post(
            f"/clients/{client_id}/actions", json=body, headers=headers
        )
        if response.status_code == 422 and response.json()["code"] == "invalid_users":
            return None
        assert response.status_code == 201, response.text
        return str(response.json()["id"])

    return await eventually(created)


async def test_a_real_action_assigned_ends_as_an_email_in_the_smtp_sink(
    stack: Stack, smtp_sink: SmtpSink
) -> None:
    tenant, claire, paul = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    address = f"paul-{paul.hex[:10]}@dupont-btp.test"
    await stack.identity(tenant, TenantRegistered(tenant_id=tenant, name="Dupont BTP"), tenant)
    for user, first, email in ((claire, "Claire", f"claire-{claire.hex[:8]}@dupont-btp.test"),
                               (paul, "Paul", address)):  # fmt: skip
        registered = UserRegistered(user_id=user, email=email, first_name=first, last_name="Martin")
        await stack.identity(tenant, registered, user)
    headers = stack.headers(claire, tenant)
    type_id = await _type_id(stack, headers)

    action_id = await _assigned_action(
        stack,
        headers,
        {"action_type_id": type_id, "alert_at": "2030-09-01T09:00:00", "assignee_id": str(paul),
         "note": "Rappeler pour le devis"},
    )  # fmt: skip

    message = await smtp_sink.wait_for(lambda m: address in m.rcpt_to, timeout=WAIT)
    assert message.subject is not None and message.subject.startswith(
        "Action à traiter : A relancer"
    )
    assert message.text is not None
    assert "Claire Martin vous a attribué l'action « A relancer »" in message.text
    assert "le 01/09/2030 à 09:00" in message.text
    assert message.from_ == "Dupont BTP <notifications@ouvrage.example>"

    paul_headers = stack.headers(paul, tenant)

    async def alerted() -> list[dict[str, Any]]:
        body = (await stack.notifier.get("/alerts", headers=paul_headers)).json()
        return [a for a in body["items"] if a["link"] == f"/actions/{action_id}"]

    (alert,) = await eventually(alerted)
    assert alert["title"] == "Action attribuée : A relancer"

    # The assignment really came from the actions service: its event caused the EmailSent.
    consumer = AIOKafkaConsumer(stack.topics["actions"], stack.topics["notifier"],
                                **client_options(stack.kafka), auto_offset_reset="earliest",
                                enable_auto_commit=False)  # fmt: skip
    await consumer.start()
    seen: list[es.Envelope] = []
    try:
        async with asyncio.timeout(WAIT):
            while not any(e.type == "ouvrage.notifier.EmailSent" for e in seen):
                for records in (await consumer.getmany(timeout_ms=200)).values():
                    seen += [cloudevents.decode(r.value, r.headers) for r in records]
    finally:
        await consumer.stop()
    (assigned,) = [e for e in seen if e.type == "ouvrage.actions.ActionAssigned"]
    assert str(assigned.aggregate_id) == action_id
    (sent,) = [e for e in seen if e.type == "ouvrage.notifier.EmailSent"]
    assert sent.causation_id == assigned.event_id
    assert sent.payload["recipient_id"] == str(paul)
