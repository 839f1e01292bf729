"""An address that bounced (the notifier's ``EmailBounced``, consumed from Kafka) is marked on
the record until it is corrected."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any
from uuid import UUID

from ouvrage_events.catalog.clients import ClientErased
from ouvrage_events.catalog.notifier import BouncedAddress, EmailBounced

from .conftest import ClientsHarness, Tenant


def bounce(client_id: UUID, address: str, *, kind: str = "client") -> EmailBounced:
    detail = BouncedAddress(address=address, diagnostic="550 5.1.1 User unknown")
    return EmailBounced(
        email_id=uuid.uuid4(),
        recipient_id=client_id,
        recipient_kind=kind,  # type: ignore[arg-type]
        client_id=client_id if kind == "client" else None,
        user_id=client_id if kind == "user" else None,
        template="sales_document",
        source_event_id=uuid.uuid4(),
        status="5.1.1",
        client_recipient=detail if kind == "client" else None,
        user_recipient=detail if kind == "user" else None,
    )


async def marks(clients: ClientsHarness, tenant: Tenant, client_id: str) -> list[Any]:
    response = await clients.http.get(f"/clients/{client_id}", headers=tenant.headers())
    assert response.status_code == 200, response.text
    found: list[Any] = response.json()["undeliverable_emails"]
    return found


async def wait_marks(
    clients: ClientsHarness, tenant: Tenant, client_id: str, count: int
) -> list[Any]:
    async with asyncio.timeout(30):
        while len(found := await marks(clients, tenant, client_id)) != count:
            await asyncio.sleep(0.1)
    return found


async def test_a_bounced_address_is_marked_until_corrected(clients: ClientsHarness) -> None:
    tenant = clients.tenant()
    created = await clients.create(
        tenant, last_name="Roux", emails=["Jean.Roux@Destinataire.example", "autre@exemple.fr"]
    )
    client_id = UUID(created["id"])
    assert await marks(clients, tenant, created["id"]) == []

    await clients.notifier_event(
        bounce(client_id, "jean.roux@destinataire.example"), tenant, uuid.uuid4()
    )
    (mark,) = await wait_marks(clients, tenant, created["id"], 1)
    assert mark["address"] == "jean.roux@destinataire.example"
    assert (mark["status"], mark["diagnostic"]) == ("5.1.1", "550 5.1.1 User unknown")

    corrected = await clients.http.patch(
        f"/clients/{created['id']}/contact",
        json={"emails": ["jean.roux@destinataire.fr", "autre@exemple.fr"]},
        headers=tenant.headers(),
    )
    assert corrected.status_code == 200, corrected.text
    assert await marks(clients, tenant, created["id"]) == []


async def test_user_bounces_and_other_tenants_do_not_mark_a_record(
    clients: ClientsHarness,
) -> None:
    tenant, other = clients.tenant(), clients.tenant()
    created = await clients.create(tenant, last_name="Blanc", emails=["blanc@exemple.fr"])
    client_id = UUID(created["id"])
    await clients.notifier_event(
        bounce(client_id, "blanc@exemple.fr", kind="user"), tenant, uuid.uuid4()
    )
    await clients.notifier_event(bounce(client_id, "blanc@exemple.fr"), other, uuid.uuid4())
    # a later bounce that does mark it shows the consumer went past the two above
    await clients.notifier_event(bounce(client_id, "blanc@exemple.fr"), tenant, uuid.uuid4())
    (mark,) = await wait_marks(clients, tenant, created["id"], 1)
    assert mark["address"] == "blanc@exemple.fr"


async def test_an_erased_client_loses_its_marks(clients: ClientsHarness) -> None:
    tenant = clients.tenant()
    created = await clients.create(tenant, last_name="Noir", emails=["noir@exemple.fr"])
    client_id = UUID(created["id"])
    await clients.notifier_event(bounce(client_id, "noir@exemple.fr"), tenant, uuid.uuid4())
    await wait_marks(clients, tenant, created["id"], 1)
    await clients.notifier_event(ClientErased(client_id=client_id), tenant, client_id)
    pool = clients.app.state.container.queries.pool

    async def left() -> int:
        count: int = await pool.fetchval(
            'SELECT count(*) FROM "proj_email_bounces".undeliverable_emails WHERE client_id = $1',
            client_id,
        )
        return count

    async with asyncio.timeout(30):
        while await left():
            await asyncio.sleep(0.1)
