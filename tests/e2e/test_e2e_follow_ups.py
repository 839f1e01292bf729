"""Issue 20, follow-ups that run themselves: a quote is sent; seven days pass (the actions
service's controllable clock) without an answer, and « A relancer » appears for the quote's
sender, saying which rule made it; the client accepts the quote, and the action is cancelled."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from e2e_kit import Company, Ouvrage, eventually, expect
from e2e_steps import new_client

pytestmark = pytest.mark.asyncio(loop_scope="session")

MENTIONS = {"legal_form": "SARL", "address": "3 rue des Artisans", "postal_code": "69003",
            "city": "Lyon", "siret": "12345678900012", "vat_number": "FR32123456789",
            "insurer": "Assurances Mutuelles du Bâtiment", "insurance_policy": "n° 456-789",
            "insurance_coverage": "France métropolitaine", "payment_days": 30}  # fmt: skip
LINES = [{"title": "Peinture", "lines": [{"designation": "Salon", "quantity": "1",
          "unit": "forfait", "unit_price": "1800.00", "vat_rate": "20"}]}]  # fmt: skip
RULE = "Relancer un devis sans réponse"
SEVEN_DAYS_AND_AN_HOUR = 7 * 86400 + 3600


async def _follow_up(ouvrage: Ouvrage, company: Company, client_id: str) -> dict[str, Any] | None:
    page = expect(
        await ouvrage.get("actions", f"/actions?client_id={client_id}", company.admin), 200
    )
    return next((a for a in page["items"] if a["rule_name"] == RULE), None)


async def test_a_quote_without_answer_is_followed_up_and_acceptance_cancels_it(
    ouvrage: Ouvrage, company: Company
) -> None:
    admin = company.admin
    mentions = {**MENTIONS, "name": company.name, "email": company.sender_email}
    expect(await ouvrage.put("sales", "/company", admin, json=mentions), 200)

    async def rules() -> Any:
        listed = expect(await ouvrage.get("actions", "/follow-up-rules", admin), 200)
        return next((r for r in listed if r["name"] == RULE), None)

    rule = await eventually(rules, what="the default follow-up rules")
    assert rule["delay_days"] == 7 and rule["cancel_on"] == ["QuoteAccepted", "QuoteRefused"]

    address = f"client.{uuid.uuid4().hex[:8]}@example.org"
    client = await new_client(company, admin, "Berger", "Louis", emails=[address])
    quotes = f"/clients/{client['id']}/quotes"
    quote = await company.accepted(
        lambda: ouvrage.post("sales", quotes, admin, json={"sections": LINES}), 201,
        what="the quote",
    )  # fmt: skip
    expect(await ouvrage.post("sales", f"/quotes/{quote['id']}/send", admin), 200)
    assert await _follow_up(ouvrage, company, client["id"]) is None  # not before 7 days

    moved = expect(await ouvrage.put("actions", "/clock", admin,
                                     json={"offset_seconds": SEVEN_DAYS_AND_AN_HOUR}), 200)  # fmt: skip
    try:
        assert moved["controllable"] is True
        action = await eventually(
            lambda: _follow_up(ouvrage, company, client["id"]), what="« A relancer »"
        )
        assert action["type_name"] == "A relancer" and action["status"] == "open"
        assert action["assignee_id"] == str(admin.id)  # the quote's sender
        assert action["rule_id"] == rule["id"]
        assert quote["number"] in action["note"]

        accepted = await ouvrage.post(
            "sales", f"/quotes/{quote['id']}/accept", admin, json={"signer_name": "Louis Berger"}
        )
        assert expect(accepted, 200)["status"] == "accepted"

        async def cancelled() -> Any:
            found = await _follow_up(ouvrage, company, client["id"])
            return found if found and found["status"] == "cancelled" else None

        done = await eventually(cancelled, what="the follow-up cancelled by the acceptance")
        assert "devis accepté" in (done["cancel_reason"] or "")
    finally:
        expect(await ouvrage.put("actions", "/clock", admin, json={"offset_seconds": 0}), 200)
