"""FAQ « Gérer les doublons dans les bases clients et prospects »: two « Pavière Robert »
records; the search finds both; on the « Fiche Contact » one goes to the status « Corbeille »
naming the other as its original; the search finds one, the bubbles « Client » and « Corbeille »
list the other, whose open action, SAV and worksite went to the kept record; « rechanger le
statut » brings it back. A record trashed alone gets back, with its status, the actions its trash
cancelled; a prospect becomes a client (the bubbles « Prospect » / « Client »)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from e2e_kit import Company, Ouvrage, Person, eventually, expect
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


async def _status(
    company: Company, by: Person, record: dict[str, Any], status: str, **body: Any
) -> dict[str, Any]:
    """« Fiche Contact » → « Modifier le statut »."""
    changed: dict[str, Any] = expect(
        await company.ouvrage.put(
            "clients", f"/clients/{record['id']}/status", by,
            json={"status": status, **body}, headers={"If-Match": f'"{record["version"]}"'},
        ),
        200,
    )  # fmt: skip
    return changed


async def _actions_of(company: Company, client: dict[str, Any]) -> list[dict[str, Any]]:
    page = expect(await company.ouvrage.get("actions", "/actions", company.admin,
                                            params={"client_id": client["id"]}), 200)  # fmt: skip
    items: list[dict[str, Any]] = page["items"]
    return items


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

    # The second one has work: an open action, a SAV ticket, a worksite (its status).
    relancer = await action_type(company, admin, "A relancer")
    action = await open_action(company, admin, second, relancer["id"], "Rappeler M. Pavière")
    sav = await company.accepted(
        lambda: ouvrage.post("planning", f"/clients/{second['id']}/sav", admin,
                             json={"title": "Fuite", "kind": "sav"}), 201, what="the SAV",
    )  # fmt: skip
    second = await _status(company, admin, second, "en_cours_de_chantier")
    (opened,) = await tap.wait_for(
        "ouvrage.planning.WorksiteOpened", lambda r: r.value["client_id"] == second["id"]
    )

    # « vous modifiez le statut en sélectionnant Corbeille », naming the record kept.
    trashed = await _status(company, admin, second, "corbeille", duplicate_of=first["id"])
    assert trashed["trashed"] is True and trashed["duplicate_of"] == first["id"]
    assert trashed["status"] == {"code": "corbeille", "label": "Corbeille"}

    # The search finds one; the bubbles « Client » and « Corbeille » list the other.
    assert await _search(ouvrage, company, "paviere robert") == [first["id"]]
    in_trash = await _search(ouvrage, company, "paviere robert", kind="client", trash="true")
    assert in_trash == [second["id"]]
    kept = expect(await ouvrage.get("clients", f"/clients/{second['id']}", admin), 200)
    assert kept["trashed"] is True  # still readable, from the trash

    # ClientTrashed crossed Kafka: the work went to the record kept, nothing was cancelled.
    (event,) = await tap.wait_for(
        "ouvrage.clients.ClientTrashed", lambda r: r.subject == second["id"]
    )
    assert event.value["duplicate_of"] == first["id"]
    (moved,) = await tap.wait_for(
        "ouvrage.actions.ActionMovedToClient", lambda r: r.subject == action["id"]
    )
    assert moved.value["client_id"] == first["id"]

    async def on_first() -> list[Any] | None:
        items = await _actions_of(company, first)
        return items if [a["id"] for a in items] == [action["id"]] else None

    (followed,) = await eventually(on_first, what="the action on the record kept")
    assert followed["status"] == "open" and followed["note"] == "Rappeler M. Pavière"
    await tap.wait_for(
        "ouvrage.planning.WorksiteMovedToClient", lambda r: r.subject == opened.subject
    )
    await tap.wait_for("ouvrage.planning.SavTicketMovedToClient", lambda r: r.subject == sav["id"])
    site = expect(await ouvrage.get("planning", f"/worksites/{opened.subject}", admin), 200)
    assert site["client_id"] == first["id"] and site["on_planning"] is True
    tickets = expect(await ouvrage.get("planning", "/sav", admin), 200)["items"]
    assert [t["client_id"] for t in tickets if t["id"] == sav["id"]] == [first["id"]]

    # A trashed record takes no new action.
    refused = await ouvrage.post(
        "actions", f"/clients/{second['id']}/actions", admin,
        json={"action_type_id": relancer["id"], "alert_at": "2031-01-06T09:00:00"},
    )  # fmt: skip
    assert expect(refused, 409)["code"] == "client_trashed"

    # « rechanger le statut »: restored, it is back in the search and out of the trash.
    restored = await _status(company, admin, trashed, "devis_en_cours")
    assert restored["trashed"] is False
    assert set(await _search(ouvrage, company, "paviere robert")) == {first["id"], second["id"]}
    assert await _search(ouvrage, company, "paviere robert", trash="true") == []
    await tap.wait_for("ouvrage.clients.ClientRestored", lambda r: r.subject == second["id"])


async def test_a_record_trashed_alone_comes_back_with_its_actions(
    ouvrage: Ouvrage, company: Company, tap: EventTap
) -> None:
    admin = company.admin
    record = await new_client(company, admin, "Moreau", "Anne", kind="prospect")
    relancer = await action_type(company, admin, "A relancer")
    action = await open_action(company, admin, record, relancer["id"], "Invitation salon")

    trashed = await _status(company, admin, record, "corbeille")
    await tap.wait_for("ouvrage.actions.ActionCancelled", lambda r: r.subject == action["id"])
    assert await _search(ouvrage, company, "moreau", kind="prospect", trash="true") == [
        record["id"]
    ]

    back = await _status(company, admin, trashed, "prospect")
    assert back["trashed"] is False and back["status"]["code"] == "prospect"
    await tap.wait_for("ouvrage.actions.ActionReopened", lambda r: r.subject == action["id"])

    async def reopened() -> bool:
        return [a["status"] for a in await _actions_of(company, record)] == ["open"]

    assert await eventually(reopened, what="the action reopened")

    # « Prospect » → « Client »: the bubbles follow.
    converted = expect(
        await ouvrage.post("clients", f"/clients/{record['id']}/convert", admin,
                           headers={"If-Match": f'"{back["version"]}"'}), 200)  # fmt: skip
    assert converted["kind"] == "client"
    assert await _search(ouvrage, company, "moreau", kind="client") == [record["id"]]
    assert await _search(ouvrage, company, "moreau", kind="prospect") == []
    await tap.wait_for("ouvrage.clients.ClientConverted", lambda r: r.subject == record["id"])
