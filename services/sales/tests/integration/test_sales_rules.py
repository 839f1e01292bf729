"""HTTP rules of the sales API: tenants, permissions, If-Match, Idempotency-Key, unknown and
trashed clients, revisions, overdue invoices."""

from __future__ import annotations

from datetime import date
from uuid import uuid4

from ouvrage_events.catalog.clients import ClientRestored, ClientTrashed

from .conftest import ATTESTATION, LINES, SalesHarness


async def test_unknown_client_is_retryable_and_trashed_is_refused(sales: SalesHarness) -> None:
    tenant = await sales.tenant()
    h = tenant.headers()
    unknown = await sales.http.post(
        f"/clients/{uuid4()}/quotes",
        headers=h,
        json={"sections": LINES, "vat_attestation": ATTESTATION},
    )
    assert (unknown.status_code, unknown.json()["code"]) == (409, "client_not_ready")
    client_id = await sales.client(tenant, "Corbeille")
    await sales.client_event(tenant, ClientTrashed(client_id=client_id), client_id, 2)
    await sales.until_client(client_id, "trashed")
    trashed = await sales.http.post(
        f"/clients/{client_id}/quotes", headers=h, json={"sections": LINES}
    )
    assert (trashed.status_code, trashed.json()["code"]) == (409, "client_trashed")
    await sales.client_event(tenant, ClientRestored(client_id=client_id), client_id, 3)
    await sales.until_client(client_id, "NOT trashed")
    await sales.quote(tenant, client_id)


async def test_other_tenants_permissions_if_match_and_idempotency(sales: SalesHarness) -> None:
    tenant, other = await sales.tenant(), await sales.tenant()
    client_id = await sales.client(tenant, "Isole")
    quote = await sales.quote(tenant, client_id)
    assert (
        await sales.http.get(f"/quotes/{quote['id']}", headers=other.headers())
    ).status_code == 404
    reader = tenant.headers(perms=())
    assert (await sales.http.get(f"/quotes/{quote['id']}", headers=reader)).status_code == 200
    forbidden = await sales.http.post(f"/quotes/{quote['id']}/send", headers=reader)
    assert forbidden.status_code == 403
    stale = await sales.http.post(
        f"/quotes/{quote['id']}/send", headers=tenant.headers(**{"If-Match": '"7"'})
    )
    assert (stale.status_code, stale.json()["code"]) == (412, "version_conflict")

    key = {"Idempotency-Key": uuid4().hex}
    body = {"sections": LINES, "vat_attestation": ATTESTATION}
    first = await sales.http.post(
        f"/clients/{client_id}/quotes", json=body, headers=tenant.headers(**key)
    )
    retried = await sales.http.post(
        f"/clients/{client_id}/quotes", json=body, headers=tenant.headers(**key)
    )
    assert first.status_code == retried.status_code == 201
    assert first.json()["id"] == retried.json()["id"]
    listed = (await sales.http.get(f"/clients/{client_id}/quotes", headers=reader)).json()
    assert [q["number"] for q in listed["items"]] == [quote["number"], first.json()["number"]]


async def test_revising_a_sent_quote_and_the_attestation(sales: SalesHarness) -> None:
    tenant = await sales.tenant()
    h = tenant.headers()
    client_id = await sales.client(tenant, "Revision")
    quote = await sales.quote(tenant, client_id, vat_attestation=None)
    missing = await sales.http.post(f"/quotes/{quote['id']}/send", headers=h)
    assert (missing.status_code, missing.json()["code"]) == (409, "vat_attestation_missing")
    revised = await sales.http.patch(
        f"/quotes/{quote['id']}",
        headers=h,
        json={"sections": LINES, "vat_attestation": ATTESTATION},
    )
    assert revised.json()["revision"] == 1
    await sales.http.post(f"/quotes/{quote['id']}/send", headers=h)
    again = await sales.http.patch(
        f"/quotes/{quote['id']}",
        headers=h,
        json={"sections": LINES, "vat_attestation": ATTESTATION},
    )
    assert (again.json()["revision"], again.json()["status"]) == (2, "draft")
    assert again.json()["number"] == quote["number"]


async def test_overdue_invoices_are_listed_and_recorded_once(sales: SalesHarness) -> None:
    from sales.adapters.postgres import SalesQueries
    from sales.app.overdue import OverdueScheduler

    tenant = await sales.tenant()
    h = tenant.headers()
    client_id = await sales.client(tenant, "Retard")
    quote = await sales.accepted_quote(tenant, client_id)
    invoice = await sales.invoice(tenant, quote["id"], kind="deposit", percent="50")
    assert invoice["due_on"] == "2026-12-30"
    listed = await sales.http.get("/invoices?overdue=true", headers=h)
    assert listed.json()["items"] == []
    sales.clock.day = date(2026, 12, 31)
    try:
        listed = await sales.http.get("/invoices?overdue=true", headers=h)
        assert [i["number"] for i in listed.json()["items"]] == [invoice["number"]]
        services = sales.app_container()
        scheduler = OverdueScheduler(
            services.quotes.ports.pipeline,
            SalesQueries(services.pool).overdue_candidates,
            sales.clock,
        )
        assert await scheduler.run_once() >= 1
        assert await scheduler.run_once() == 0
        history = (await sales.http.get(f"/invoices/{invoice['id']}", headers=h)).json()["history"]
        assert [e["event"] for e in history] == ["InvoiceIssued", "InvoiceOverdue"]
    finally:
        sales.clock.day = date(2026, 11, 30)
