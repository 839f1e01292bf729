"""RGPD in sales (issue 22): the client's name and texts are sealed in sales' event store, its part
of the access export holds them, and ClientErased blanks the card, the quotes' texts and destroys
the keys of the quotes' revisions."""

from __future__ import annotations

from uuid import UUID, uuid4

import asyncpg
from ouvrage_events import privacy
from ouvrage_events.catalog.clients import ClientErased

from .conftest import ATTESTATION, LINES, SalesHarness

MANAGER = ("sales.quote", "personal_data.manage")


async def _raw_events(sales: SalesHarness, stream: str) -> str:
    conn = await asyncpg.connect(sales.settings.database_url)
    try:
        rows = await conn.fetch("SELECT payload::text FROM es_events WHERE stream_id = $1", stream)
    finally:
        await conn.close()
    return " ".join(r[0] for r in rows)


async def test_a_client_is_sealed_exported_and_erased_in_sales(sales: SalesHarness) -> None:
    tenant = await sales.tenant()
    h = tenant.headers()
    name = f"Zorglub{uuid4().hex[:6]}"
    client_id = await sales.client(tenant, name)
    quote = await sales.quote(tenant, client_id, notes=f"Chez {name}")
    revised = await sales.http.patch(
        f"/quotes/{quote['id']}", headers=h,
        json={"sections": LINES, "vat_attestation": ATTESTATION, "notes": f"Encore {name}"},
    )  # fmt: skip
    assert revised.status_code == 200, revised.text
    raw = await _raw_events(sales, quote["id"])
    assert name not in raw and "pd1:" in raw  # sealed in the store (and so on the topic)

    path = f"/personal-data/clients/{client_id}"
    assert (await sales.http.get(path, headers=h)).status_code == 403
    export = (await sales.http.get(path, headers=tenant.headers(MANAGER))).json()["data"]
    assert export["client"][0]["display_name"].startswith(name)
    assert [q["id"] for q in export["quotes"]] == [quote["id"]]
    notes = [r["notes"] for r in export["recorded"] if "notes" in r]
    assert notes == [f"Chez {name}", f"Encore {name}"]

    revision_key = ("quote", UUID(quote["id"]))
    assert (await privacy.keystore().keys([revision_key]))[revision_key] is not None

    # the clients service destroys the client's key, then records ClientErased
    await privacy.keystore().destroy([("client", client_id)], tenant.id)
    await sales.client_event(tenant, ClientErased(client_id=client_id), client_id, 2)
    await sales.until_client(client_id, f"display_name = '{privacy.ERASED_PERSON}'")
    seen = (await sales.http.get(f"/quotes/{quote['id']}", headers=h)).json()
    assert seen["client_name"] == privacy.ERASED_PERSON and name not in str(seen)
    export = (await sales.http.get(path, headers=tenant.headers(MANAGER))).json()["data"]
    assert name not in str(export) and export["client"][0]["email"] is None
    privacy.keystore().forget([revision_key])  # as another process would read it
    assert await privacy.keystore().keys([revision_key]) == {revision_key: None}  # destroyed
