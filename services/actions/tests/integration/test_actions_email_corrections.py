"""A hard bounce of an email to a client (the notifier's ``EmailBounced``, from Kafka) creates
« Corriger l'adresse email » for the record's owner, once per bounced email."""

from __future__ import annotations

import uuid
from typing import Any
from uuid import UUID

from actions.domain.bounces import correction_id
from ouvrage_events.catalog.notifier import BouncedAddress, EmailBounced


def bounced(email_id: UUID, client_id: UUID, owner: UUID | None, **kw: Any) -> EmailBounced:
    return EmailBounced(
        email_id=email_id,
        recipient_id=client_id,
        recipient_kind="client",
        client_id=client_id,
        owner_id=owner,
        template="sales_document",
        source_event_id=uuid.uuid4(),
        status="5.1.1",
        client_recipient=BouncedAddress(
            address="roux@destinataire.example", diagnostic="550 5.1.1 User unknown"
        ),
        **kw,
    )


async def test_a_bounce_gives_the_owner_an_action_once(actions_stack: Any) -> None:
    tenant = await actions_stack.new_tenant()
    owner = await actions_stack.new_user(tenant)
    client = await actions_stack.new_client(tenant, "Roux Jean")
    email_id = uuid.uuid4()
    first = await actions_stack.publish(
        "notifier", bounced(email_id, client, owner), email_id, tenant
    )

    action_id = correction_id(email_id)
    await actions_stack.eventually("SELECT 1 FROM actions WHERE id = $1", action_id)
    headers = actions_stack.auth(owner, tenant)
    mine = (await actions_stack.http.get("/actions?assigned_to=me", headers=headers)).json()
    (action,) = [a for a in mine["items"] if a["id"] == str(action_id)]
    assert action["type_name"] == "Corriger l'adresse email"
    assert action["client_id"] == str(client)
    assert action["client_name"] == "Roux Jean"
    assert "roux@destinataire.example" in action["note"]
    assert "5.1.1" in action["note"]
    created = await actions_stack.tail.wait_for(
        lambda e: e.name == "ActionCreated" and e.aggregate_id == action_id
    )
    assert created[0].causation_id == first.event_id

    # The same bounce again (another DSN, a replay): still one action; the type is listed.
    await actions_stack.publish("notifier", bounced(email_id, client, owner), email_id, tenant)
    other = uuid.uuid4()
    await actions_stack.publish("notifier", bounced(other, client, owner), other, tenant)
    await actions_stack.eventually("SELECT 1 FROM actions WHERE id = $1", correction_id(other))
    assert await actions_stack.stored("ActionCreated", action_id) == 1
    types = (await actions_stack.http.get("/action-types", headers=headers)).json()["items"]
    assert [t["name"] for t in types].count("Corriger l'adresse email") == 1


async def test_user_bounces_and_trashed_clients_create_nothing(actions_stack: Any) -> None:
    tenant = await actions_stack.new_tenant()
    owner = await actions_stack.new_user(tenant)
    client = await actions_stack.new_client(tenant, "Blanc")
    await actions_stack.trash_client(tenant, client)
    trashed_bounce = uuid.uuid4()
    await actions_stack.publish(
        "notifier", bounced(trashed_bounce, client, owner), trashed_bounce, tenant
    )
    user_bounce = uuid.uuid4()
    event = EmailBounced(
        email_id=user_bounce,
        recipient_id=owner,
        recipient_kind="user",
        user_id=owner,
        template="action_due",
        source_event_id=uuid.uuid4(),
        status="5.1.1",
        user_recipient=BouncedAddress(address="a@b.example"),
    )
    await actions_stack.publish("notifier", event, user_bounce, tenant)
    # a later bounce that does create an action shows the consumer went past both
    later_client = await actions_stack.new_client(tenant, "Vert")
    later = uuid.uuid4()
    await actions_stack.publish("notifier", bounced(later, later_client, owner), later, tenant)
    await actions_stack.eventually("SELECT 1 FROM actions WHERE id = $1", correction_id(later))
    for email_id in (trashed_bounce, user_bounce):
        count = await actions_stack.pool.fetchval(
            "SELECT count(*) FROM actions WHERE id = $1", correction_id(email_id)
        )
        assert count == 0
