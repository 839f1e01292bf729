"""Issue 20, warranty clocks: a worksite is accepted with a reserve (« réception avec
réserves »); a SAV ticket opened on it is classified by the guarantees still covering the
disorder (on the ticket and the home page); 30 days before the parfait achèvement ends, with the
reserve still open, the client's owner is alerted."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from e2e_kit import Company, Ouvrage, eventually, expect
from e2e_steps import alerts_of, new_client

pytestmark = pytest.mark.asyncio(loop_scope="session")


def _months_ago(today: date, months: int, days: int) -> date:
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    return date(year, month + 1, min(today.day, 28)) - timedelta(days=days)


async def test_acceptance_with_a_reserve_classifies_sav_and_alerts_the_owner(
    ouvrage: Ouvrage, company: Company
) -> None:
    marc = await company.add_user(
        "Marc", "Durand", permissions=("clients.write", "planning.manage")
    )
    client = await new_client(company, marc, "Roussel", "Anne")
    body = {"client_id": client["id"], "title": "Extension cuisine"}
    site: dict[str, Any] = await company.accepted(
        lambda: ouvrage.post("planning", "/worksites", marc, json=body), 201, what="the worksite"
    )
    # Accepted 11 months and 10 days ago: the parfait achèvement ends in about 20 days.
    accepted_on = _months_ago(date.today(), 11, 10)
    acceptance = expect(
        await ouvrage.post(
            "planning",
            f"/worksites/{site['id']}/acceptance",
            marc,
            headers={"If-Match": f'"{site["version"]}"'},
            json={"accepted_on": accepted_on.isoformat(), "reserves": ["Plinthe décollée"]},
        ),
        200,
    )
    assert acceptance["open_reserves"] == 1 and acceptance["retention_releasable_on"] is None

    opened = expect(
        await ouvrage.post(
            "planning",
            f"/clients/{client['id']}/sav",
            marc,
            json={"title": "Volet roulant bloqué", "worksite_id": site["id"],
                  "disorder": "equipement"},
        ),
        201,
    )  # fmt: skip
    codes = [g["code"] for g in opened["warranty"]["guarantees"]]
    assert codes == ["parfait_achevement", "biennale"]

    async def on_home() -> Any:
        home = expect(await ouvrage.get("planning", "/home", marc), 200)
        return next((i for i in home["items"] if i["id"] == opened["id"]), None)

    line = await eventually(on_home, what="the SAV on the home page")
    assert line["warranty"]["summary"].startswith("Couvert : Garantie de parfait achèvement")

    alert = await alerts_of(company, marc, "warranty", lambda a: site["id"] in (a["link"] or ""))
    assert alert["title"] == "Parfait achèvement : 1 réserve à lever"
    assert "Extension cuisine" in alert["body"]
