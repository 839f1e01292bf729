"""SAV tickets and the home page, honouring each combination of the user's preferences."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from conftest import PlanningHarness

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def _company_with_tickets(
    h: PlanningHarness,
) -> tuple[uuid.UUID, dict[str, str], dict[str, Any]]:
    tenant = await h.tenant()
    manager = await h.user(tenant)
    headers = h.headers(manager, tenant)
    client = await h.client_record(tenant, "Müller")
    tickets: dict[str, Any] = {}
    for name, kind, observations in [
        ("Fuite sous l'évier", "sav", "Joint à changer"),
        ("Entretien chaudière", "service", ""),
        ("Carrelage fissuré", "sav", "Vu le 02/12"),
    ]:
        response = await h.client.post(
            f"/clients/{client}/sav",
            headers=headers,
            json={"title": name, "kind": kind, "observations": observations},
        )
        assert response.status_code == 201, response.text
        tickets[name] = response.json()
    fuite = tickets["Fuite sous l'évier"]
    observed = await h.client.post(
        f"/sav/{fuite['id']}/observations",
        headers={**headers, "If-Match": f'"{fuite["version"]}"'},
        json={"text": "Pièce commandée"},
    )
    assert observed.status_code == 201 and [o["text"] for o in observed.json()["observations"]] == [
        "Joint à changer",
        "Pièce commandée",
    ]
    archived = await h.client.post(
        f"/sav/{tickets['Carrelage fissuré']['id']}/archive", headers=headers
    )
    assert archived.status_code == 200 and archived.json()["archived"] is True
    refused = await h.client.post(
        f"/sav/{tickets['Carrelage fissuré']['id']}/observations",
        headers=headers,
        json={"text": "?"},
    )
    assert refused.status_code == 409 and refused.json()["code"] == "sav_archived"
    return tenant, headers, tickets


@pytest.mark.parametrize(
    ("archived", "tooltips"), [(False, False), (False, True), (True, False), (True, True)]
)
async def test_home_honours_the_user_preferences(
    planning_harness: PlanningHarness, archived: bool, tooltips: bool
) -> None:
    h = planning_harness
    tenant, _, _ = await _company_with_tickets(h)
    reader = await h.user(tenant, "Noël", "Férel")
    await h.preferences(tenant, reader, archived=archived, tooltips=tooltips)
    response = await h.client.get("/home", headers=h.headers(reader, tenant, perms=[]))
    assert response.status_code == 200, response.text
    home = response.json()
    assert home["preferences"] == {
        "show_archived_sav": archived,
        "sav_observations_as_tooltips": tooltips,
    }
    items = {i["title"]: i for i in home["items"]}
    expected_titles = {"Fuite sous l'évier", "Entretien chaudière"} | (
        {"Carrelage fissuré"} if archived else set()
    )
    assert set(items) == expected_titles
    assert items["Entretien chaudière"]["kind"] == "service"
    assert items["Fuite sous l'évier"]["client_name"] == "Müller Élise"
    if tooltips:
        assert items["Fuite sous l'évier"]["tooltip"] == "Joint à changer\nPièce commandée"
        assert items["Entretien chaudière"]["tooltip"] == ""
    else:
        assert all(i["tooltip"] is None for i in items.values())
    if archived:
        assert items["Carrelage fissuré"]["archived"] is True


async def test_home_without_preferences_uses_the_defaults(
    planning_harness: PlanningHarness,
) -> None:
    h = planning_harness
    _, headers, _ = await _company_with_tickets(h)
    home = (await h.client.get("/home", headers=headers)).json()
    assert home["preferences"] == {"show_archived_sav": False, "sav_observations_as_tooltips": True}
    assert {i["title"] for i in home["items"]} == {"Fuite sous l'évier", "Entretien chaudière"}


async def test_sav_list_paginates_and_stays_in_the_company(
    planning_harness: PlanningHarness,
) -> None:
    h = planning_harness
    _, headers, tickets = await _company_with_tickets(h)
    first = (
        await h.client.get("/sav", headers=headers, params={"limit": 1, "archived": True})
    ).json()
    assert [t["title"] for t in first["items"]] == ["Carrelage fissuré"]
    rest = (
        await h.client.get(
            "/sav",
            headers=headers,
            params={"limit": 5, "archived": True, "cursor": first["next_cursor"]},
        )
    ).json()
    assert [t["title"] for t in rest["items"]] == ["Entretien chaudière", "Fuite sous l'évier"]
    assert rest["next_cursor"] is None
    bad_cursor = await h.client.get("/sav", headers=headers, params={"cursor": "%%%"})
    assert bad_cursor.status_code == 400 and bad_cursor.json()["code"] == "invalid_cursor"

    other = await h.tenant()
    foreign = h.headers(await h.user(other), other)
    fuite = tickets["Fuite sous l'évier"]["id"]
    assert (await h.client.get(f"/sav/{fuite}", headers=foreign)).status_code == 404
    assert (await h.client.post(f"/sav/{fuite}/archive", headers=foreign)).status_code == 404
    assert (await h.client.get("/home", headers=foreign)).json()["items"] == []
    assert (await h.client.get("/sav", headers=foreign)).json()["items"] == []
    unknown_client = await h.client.post(
        f"/clients/{uuid.uuid4()}/sav", headers=headers, json={"title": "X"}
    )
    assert unknown_client.status_code == 404 and unknown_client.json()["code"] == "client_not_found"
    client_id = tickets["Entretien chaudière"]["client_id"]
    blank = await h.client.post(f"/clients/{client_id}/sav", headers=headers, json={"title": "   "})
    assert blank.status_code == 422 and blank.json()["code"] == "blank_field"


async def test_home_leaves_out_the_tickets_of_a_trashed_client_until_restored(
    planning_harness: PlanningHarness,
) -> None:
    h = planning_harness
    tenant, headers, tickets = await _company_with_tickets(h)
    other_client = await h.client_record(tenant, "Dupré")
    kept = await h.client.post(
        f"/clients/{other_client}/sav", headers=headers, json={"title": "Volet bloqué"}
    )
    assert kept.status_code == 201, kept.text
    trashed_client = uuid.UUID(tickets["Fuite sous l'évier"]["client_id"])

    await h.trash(tenant, trashed_client)
    home = (await h.client.get("/home", headers=headers)).json()
    assert [i["title"] for i in home["items"]] == ["Volet bloqué"]

    await h.trash(tenant, trashed_client, restore=True)
    home = (await h.client.get("/home", headers=headers)).json()
    assert {i["title"] for i in home["items"]} == {
        "Volet bloqué",
        "Fuite sous l'évier",
        "Entretien chaudière",
    }
