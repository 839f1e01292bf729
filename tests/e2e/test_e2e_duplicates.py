"""FAQ « Gérer les doublons dans les bases clients et prospects »: two « Pavière Robert »
records; the search finds both; one goes to the « Corbeille » naming the other as its
duplicate; the search finds one, the trash lists the other, whose open actions were cancelled;
restoring brings it back into the search."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from e2e_kit import Company, Ouvrage, eventually, expect
from e2e_steps import action_type, new_client, open_action

if TYPE_CHECKING:
    from e2e_kafka import EventTap

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def _search(ouvrage: Ouvrage, company: Company, query: str, **params: Any) -> list[str]:
    page = expect(
        await ouvrage.get("clients", "/clients", company.admin, params={"q": query, **params}),
        200,
    )
    return [item["id"] for item in page["items"]]


async def test_duplicates_go_to_the_trash_and_come_back(
    ouvrage: Ouvrage, company: Company, tap: EventTap
) -> None:
    admin = company.admin
    first = await new_client(company, admin, "Pavière", "Robert", phones=["04 78 00 11 22"])
    second = await new_client(company, admin, "Pavière", "Robert", emails=["r.paviere@exemple.fr"])
    other = await new_client(company, admin, "Pavillon", "Rose")
    # Creating the second record names the first as a probable duplicate (never refused).
    assert first["id"] in [d["client"]["id"] for d in second["probable_duplicates"]]

    # « Paviere robert » (no accent, any case) finds both, and only them.
    both = await _search(ouvrage, company, "paviere robert")
    assert set(both) == {first["id"], second["id"]}
    assert other["id"] not in both

    # The second one has an open action, then goes to the trash as a duplicate of the first.
    relancer = await action_type(company, admin, "A relancer")
    action = await open_action(company, admin, second, relancer["id"], "Rappeler M. Pavière")
    trashed = expect(
        await ouvrage.post(
            "clients", f"/clients/{second['id']}/trash", admin,
            json={"duplicate_of": first["id"]}, headers={"If-Match": f'"{second["version"]}"'},
        ),
        200,
    )  # fmt: skip
    assert trashed["trashed"] is True and trashed["duplicate_of"] == first["id"]

    # The search finds one; the trash (« Client et Corbeille ») lists the other.
    assert await _search(ouvrage, company, "paviere robert") == [first["id"]]
    assert await _search(ouvrage, company, "paviere robert", trash="true") == [second["id"]]
    kept = expect(await ouvrage.get("clients", f"/clients/{second['id']}", admin), 200)
    assert kept["trashed"] is True  # still readable, from the trash

    # ClientTrashed crossed Kafka: the actions service cancelled the trashed record's action.
    (event,) = await tap.wait_for(
        "ouvrage.clients.ClientTrashed", lambda r: r.subject == second["id"]
    )
    assert event.value["duplicate_of"] == first["id"]

    async def cancelled() -> list[Any] | None:
        page = expect(await ouvrage.get("actions", "/actions", admin,
                                        params={"client_id": second["id"]}), 200)  # fmt: skip
        items = page["items"]
        return items if items and all(a["status"] == "cancelled" for a in items) else None

    (gone,) = await eventually(cancelled, what="the trashed record's action cancelled")
    assert gone["id"] == action["id"]
    await tap.wait_for("ouvrage.actions.ActionCancelled", lambda r: r.subject == action["id"])
    # A trashed record takes no new action.
    refused = await ouvrage.post(
        "actions", f"/clients/{second['id']}/actions", admin,
        json={"action_type_id": relancer["id"], "alert_at": "2031-01-06T09:00:00"},
    )  # fmt: skip
    assert expect(refused, 409)["code"] == "client_trashed"

    # « rechanger le statut »: restored, it is back in the search and out of the trash.
    restored = expect(
        await ouvrage.post("clients", f"/clients/{second['id']}/restore", admin,
                           headers={"If-Match": f'"{trashed["version"]}"'}),
        200,
    )  # fmt: skip
    assert restored["trashed"] is False
    assert set(await _search(ouvrage, company, "paviere robert")) == {first["id"], second["id"]}
    assert await _search(ouvrage, company, "paviere robert", trash="true") == []
    await tap.wait_for("ouvrage.clients.ClientRestored", lambda r: r.subject == second["id"])
