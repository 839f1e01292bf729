"""A user's address that bounced (the notifier's ``EmailBounced`` for a user, from Kafka) is
marked on ``GET /users/{id}``; clients' bounces and other companies' do not mark the user."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any
from uuid import UUID

from aiokafka import AIOKafkaProducer
from ouvrage_events.catalog.notifier import BouncedAddress, EmailBounced
from ouvrage_events.runtime.kafka import client_options
from ouvrage_testing.kafka import publish_event


def bounce(user_id: UUID, address: str, *, kind: str = "user") -> EmailBounced:
    detail = BouncedAddress(address=address, diagnostic="550 5.1.1 Mailbox unavailable")
    return EmailBounced(
        email_id=uuid.uuid4(),
        recipient_id=user_id,
        recipient_kind=kind,  # type: ignore[arg-type]
        user_id=user_id if kind == "user" else None,
        client_id=user_id if kind == "client" else None,
        template="action_due",
        source_event_id=uuid.uuid4(),
        status="5.1.1",
        user_recipient=detail if kind == "user" else None,
        client_recipient=detail if kind == "client" else None,
    )


async def publish(h: Any, tenant_id: UUID, *events: EmailBounced) -> None:
    producer = AIOKafkaProducer(**client_options(h.settings.kafka_bootstrap))
    await producer.start()
    try:
        for event in events:
            await publish_event(
                producer, h.notifier_topic, event, tenant=tenant_id, aggregate=event.email_id
            )
    finally:
        await producer.stop()


async def test_a_bounced_user_address_is_marked(identity_harness: Any) -> None:
    h = identity_harness
    company, other = await h.company(), await h.company("Autre Société")
    user = await h.add_user(company)
    user_id = UUID(user["id"])
    url = f"/users/{user_id}"
    headers = h.auth(company.admin_token)
    assert (await h.http.get(url, headers=headers)).json()["email_undeliverable"] is None

    await publish(
        h,
        company.tenant_id,
        bounce(user_id, user["email"], kind="client"),  # a client's bounce: not for identity
    )
    await publish(h, other.tenant_id, bounce(user_id, user["email"]))  # another company's
    await publish(h, company.tenant_id, bounce(user_id, user["email"].upper()))

    async with asyncio.timeout(30):
        while (
            mark := (await h.http.get(url, headers=headers)).json()["email_undeliverable"]
        ) is None:
            await asyncio.sleep(0.1)
    assert mark["address"] == user["email"].lower()
    assert (mark["status"], mark["diagnostic"]) == ("5.1.1", "550 5.1.1 Mailbox unavailable")
    rows = await h.identity.pool.fetch(
        'SELECT tenant_id FROM "proj_email_bounces".undeliverable_user_emails WHERE user_id = $1',
        user_id,
    )
    assert sorted(str(r["tenant_id"]) for r in rows) == sorted(
        [str(company.tenant_id), str(other.tenant_id)]
    )
