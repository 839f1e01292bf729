"""Invoice numbers F-<year>-<n>: 50 concurrent issues give 1..50, no gap, no duplicate; a
refused issue uses no number."""

from __future__ import annotations

import asyncio
from datetime import date

from .conftest import SalesHarness


async def test_fifty_concurrent_issues_number_1_to_50(sales: SalesHarness) -> None:
    tenant = await sales.tenant()
    client_id = await sales.client(tenant, "Concurrent")
    quotes = [await sales.accepted_quote(tenant, client_id) for _ in range(50)]
    h = tenant.headers()

    async def issue(quote_id: str) -> str:
        answer = await sales.http.post(
            f"/quotes/{quote_id}/invoices", headers=h, json={"kind": "deposit", "percent": "10"}
        )
        assert answer.status_code == 201, answer.text
        number: str = answer.json()["number"]
        return number

    numbers = await asyncio.gather(*(issue(q["id"]) for q in quotes))
    assert sorted(int(n.rsplit("-", 1)[1]) for n in numbers) == list(range(1, 51))
    assert all(n.startswith("F-2026-") for n in numbers)

    # A refused issue (a second final after the first) takes no number.
    final = await sales.invoice(tenant, quotes[0]["id"], kind="final")
    assert final["number"] == "F-2026-51"
    again = await sales.http.post(
        f"/quotes/{quotes[0]['id']}/invoices", headers=h, json={"kind": "final"}
    )
    assert again.status_code == 409
    nxt = await sales.invoice(tenant, quotes[1]["id"], kind="final")
    assert nxt["number"] == "F-2026-52"


async def test_numbers_start_again_each_year_and_per_company(sales: SalesHarness) -> None:
    first, second = await sales.tenant(), await sales.tenant()
    for tenant in (first, second):
        client_id = await sales.client(tenant, "Annuel")
        quote = await sales.accepted_quote(tenant, client_id)
        assert quote["number"] == "D-2026-1"
        assert (await sales.invoice(tenant, quote["id"], kind="deposit", percent="10"))[
            "number"
        ] == "F-2026-1"
    client_id = await sales.client(first, "Janvier")
    quote = await sales.accepted_quote(first, client_id)
    sales.clock.day = date(2027, 1, 4)
    try:
        assert (await sales.invoice(first, quote["id"], kind="final"))["number"] == "F-2027-1"
    finally:
        sales.clock.day = date(2026, 11, 30)
