"""Cross-service: the REAL clients service blocks a client's commercial management; its
ClientBlocked travels through Kafka and the sales service refuses quotes and invoices with the
French message; ClientUnblocked allows them again.

Both apps run in-process from their own bootstraps, on their own fresh databases; the clients
relay publishes to a unique topic that the sales service consumes.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx
import pytest_asyncio
from clients.bootstrap import RuntimeOptions as ClientsRuntime
from clients.bootstrap import create_app as create_clients_app
from clients.bootstrap import migrate as migrate_clients
from clients.settings import ClientsSettings
from ouvrage_platform.testing import TokenMinter
from ouvrage_testing import DatabaseFactory, TopicFactory
from sales.bootstrap import create_app as create_sales_app
from sales.bootstrap import migrate as migrate_sales
from sales.settings import SalesSettings

T = TypeVar("T")
WAIT = 30.0
PERMS = ["clients.write", "clients.block", "sales.quote", "sales.invoice", "sales.payment",
         "settings.manage"]  # fmt: skip
COMPANY = {"name": "Dupont BTP", "siret": "12345678900012", "vat_number": "FR32123456789", "insurer": "SMABTP",
           "insurance_coverage": "France entière", "email": "contact@dupont-btp.fr"}  # fmt: skip
LINES = [{"lines": [{"designation": "Peinture", "quantity": "30", "unit": "m²",
                     "unit_price": "18.5", "vat_rate": "20"}]}]  # fmt: skip


@dataclass
class Stack:
    clients: httpx.AsyncClient
    sales: httpx.AsyncClient
    minter: TokenMinter

    def headers(self, user: uuid.UUID, tenant: uuid.UUID, **extra: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.minter.mint(user, tenant, PERMS)}", **extra}


async def eventually(probe: Callable[[], Awaitable[T]], timeout: float = WAIT) -> T:
    async with asyncio.timeout(timeout):
        while True:
            result = await probe()
            if result:
                return result
            await asyncio.sleep(0.1)


@pytest_asyncio.fixture(loop_scope="session", scope="module")
async def clients_and_sales(
    fresh_database: DatabaseFactory, kafka_bootstrap: str
) -> AsyncIterator[Stack]:
    factory = TopicFactory(kafka_bootstrap)
    topics = {s: await factory(f"cross-sales-{s}") for s in ("clients", "sales", "identity")}
    minter = TokenMinter(kid="cross-sales")
    suffix = f".{uuid.uuid4().hex[:8]}"
    clients_settings = ClientsSettings(
        database_url=await fresh_database("cross_sales_clients"), kafka_bootstrap=kafka_bootstrap
    )
    sales_settings = SalesSettings(
        database_url=await fresh_database("cross_sales_sales"),
        kafka_bootstrap=kafka_bootstrap,
        events_topic=topics["sales"],
        clients_topic=topics["clients"],
        identity_topic=topics["identity"],
        consumer_group_suffix=suffix,
        overdue_enabled=False,
    )
    await migrate_clients(clients_settings)
    await migrate_sales(sales_settings)
    clients_app = create_clients_app(
        clients_settings,
        verifier=minter.verifier(),
        runtime=ClientsRuntime(relay_topic=topics["clients"], group_suffix=suffix),
    )
    sales_app = create_sales_app(sales_settings, verifier=minter.verifier())
    try:
        async with (
            clients_app.router.lifespan_context(clients_app),
            sales_app.router.lifespan_context(sales_app),
            httpx.AsyncClient(transport=httpx.ASGITransport(app=clients_app),
                              base_url="http://clients") as clients_http,
            httpx.AsyncClient(transport=httpx.ASGITransport(app=sales_app),
                              base_url="http://sales") as sales_http,
        ):  # fmt: skip
            yield Stack(clients_http, sales_http, minter)
    finally:
        await factory.close()


async def test_a_block_set_on_the_real_client_record_refuses_quotes_and_invoices(
    clients_and_sales: Stack,
) -> None:
    stack = clients_and_sales
    tenant, user = uuid.uuid4(), uuid.uuid4()
    h = stack.headers(user, tenant)
    assert (await stack.sales.put("/company", json=COMPANY, headers=h)).status_code == 200
    made = await stack.clients.post("/clients", headers=h, json={
        "last_name": "Paviere", "first_name": "Robert", "emails": ["robert@example.org"]})  # fmt: skip
    assert made.status_code == 201, made.text
    client_id = made.json()["id"]

    async def quote() -> httpx.Response | None:
        answer = await stack.sales.post(f"/clients/{client_id}/quotes", json={"sections": LINES},
                                        headers=h)  # fmt: skip
        return None if answer.json().get("code") == "client_not_ready" else answer

    first = await eventually(quote)
    assert first.status_code == 201, first.text
    quote_id = first.json()["id"]
    sent = await stack.sales.post(f"/quotes/{quote_id}/send", headers=h)
    assert sent.status_code == 200, sent.text
    accepted = await stack.sales.post(f"/quotes/{quote_id}/accept", headers=h,
                                      json={"signer_name": "Robert Paviere"})  # fmt: skip
    assert accepted.status_code == 200

    version = made.json()["version"]
    blocked = await stack.clients.put(f"/clients/{client_id}/commercial-block", headers=h,
                                      json={"reason": "impayés"})  # fmt: skip
    assert blocked.status_code == 200, blocked.text

    async def refused() -> dict[str, Any] | None:
        answer = await stack.sales.post(f"/clients/{client_id}/quotes", json={"sections": LINES},
                                        headers=h)  # fmt: skip
        return answer.json() if answer.status_code == 409 else None

    problem = await eventually(refused)
    assert problem["code"] == "client_blocked"
    assert problem["detail"] == "La gestion commerciale de ce client est bloquée : impayés"
    invoice = await stack.sales.post(f"/quotes/{quote_id}/invoices", headers=h,
                                     json={"kind": "deposit", "percent": "30"})  # fmt: skip
    assert (invoice.status_code, invoice.json()["detail"]) == (409, problem["detail"])

    unblocked = await stack.clients.delete(f"/clients/{client_id}/commercial-block", headers=h)
    assert unblocked.status_code == 200, unblocked.text
    assert unblocked.json()["version"] > version

    async def issued() -> httpx.Response | None:
        answer = await stack.sales.post(f"/quotes/{quote_id}/invoices", headers=h,
                                        json={"kind": "deposit", "percent": "30"})  # fmt: skip
        return answer if answer.status_code == 201 else None

    deposit = await eventually(issued)
    assert deposit.json()["number"].endswith("-1")
