"""On PostgreSQL and Kafka: the status rules of the company's list open and close worksites
(« en cours de chantier » puts on, « chantier terminé » ends), and a record trashed as the
duplicate of another hands its open worksites and SAV tickets to the kept record."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

import pytest
from ouvrage_events.contract import cloudevents

if TYPE_CHECKING:
    from conftest import PlanningHarness

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def _get(h: PlanningHarness, headers: dict[str, str], path: str, **params: Any) -> Any:
    response = await h.client.get(path, headers=headers, params=params)
    assert response.status_code == 200, response.text
    return response.json()


async def test_statuses_put_on_and_end_the_worksite(planning_harness: PlanningHarness) -> None:
    h = planning_harness
    tenant = await h.tenant()
    headers = h.headers(await h.user(tenant), tenant)
    client = await h.client_record(tenant, "Garnier")

    # A company's own status that puts the client on the planning opens a worksite.
    await h.client_status(tenant, client, "demarrage", on_planning=True, ends_worksite=False)
    (site,) = (await _get(h, headers, "/planning"))["items"]
    assert site["client_id"] == str(client) and site["origin"] == "status"
    # An older event without the rule closes nothing (as before the rule existed).
    await h.client_status(tenant, client, "chantier_termine")
    assert [s["id"] for s in (await _get(h, headers, "/planning"))["items"]] == [site["id"]]

    # « chantier terminé » ends it: WorksiteClosed, saying which status did.
    await h.client_status(tenant, client, "chantier_termine", on_planning=False, ends_worksite=True)
    assert (await _get(h, headers, "/planning"))["items"] == []
    closed = await _get(h, headers, f"/worksites/{site['id']}")
    assert closed["closed"] is True
    _, payload = await h.relayed("ouvrage.planning.WorksiteClosed", uuid.UUID(site["id"]))
    assert payload["by_status"] == "chantier_termine"

    # A status that does not put the client on the planning opens nothing, even on old codes.
    await h.client_status(tenant, client, "en_cours_de_chantier", on_planning=False)
    assert (await _get(h, headers, "/planning"))["items"] == []
    await h.client_status(tenant, client, "en_cours_de_chantier", on_planning=True)
    (again,) = (await _get(h, headers, "/planning"))["items"]
    assert again["id"] != site["id"]


async def test_a_duplicate_hands_its_open_work_to_the_kept_record(
    planning_harness: PlanningHarness,
) -> None:
    h = planning_harness
    tenant = await h.tenant()
    headers = h.headers(await h.user(tenant), tenant)
    kept = await h.client_record(tenant, "Pavière", city="Lyon")
    duplicate = await h.client_record(tenant, "Paviere", city="Bron")
    other = await h.client_record(tenant, "Autre")

    async def post(path: str, body: dict[str, Any], status: int = 201) -> Any:
        response = await h.client.post(path, headers=headers, json=body)
        assert response.status_code == status, response.text
        return response.json()

    site = await post("/worksites", {"client_id": str(duplicate), "notes": "Portail bleu"})
    done = await post("/worksites", {"client_id": str(duplicate), "title": "Ancien"})
    closed = await h.client.post(f"/worksites/{done['id']}/close", headers=headers)
    assert closed.status_code == 200
    open_ticket = await post(f"/clients/{duplicate}/sav", {"title": "Fuite", "kind": "sav"})
    old_ticket = await post(f"/clients/{duplicate}/sav", {"title": "Vieux", "kind": "sav"})
    archived = await h.client.post(f"/sav/{old_ticket['id']}/archive", headers=headers)
    assert archived.status_code == 200
    others = await post("/worksites", {"client_id": str(other)})

    await h.trash(tenant, duplicate, duplicate_of=kept)

    moved = await _get(h, headers, f"/worksites/{site['id']}")
    assert (moved["client_id"], moved["client_name"]) == (str(kept), "Pavière Élise")
    assert moved["title"] == "Chantier Pavière Élise" and moved["notes"] == "Portail bleu"
    assert moved["address"]["city"] == "Lyon"  # it followed the old record: now the kept one
    assert moved["on_planning"] is True
    assert (await _get(h, headers, f"/worksites/{done['id']}"))["client_id"] == str(duplicate)
    assert (await _get(h, headers, f"/worksites/{others['id']}"))["client_id"] == str(other)
    tickets = {t["id"]: t for t in (await _get(h, headers, "/sav", archived="true"))["items"]}
    assert tickets[open_ticket["id"]]["client_id"] == str(kept)
    assert tickets[old_ticket["id"]]["client_id"] == str(duplicate)
    _, payload = await h.relayed("ouvrage.planning.WorksiteMovedToClient", uuid.UUID(site["id"]))
    assert payload["previous_client_id"] == str(duplicate) and payload["client_id"] == str(kept)
    _, payload = await h.relayed(
        "ouvrage.planning.SavTicketMovedToClient", uuid.UUID(open_ticket["id"])
    )
    assert payload["client_name"] == "Pavière Élise"

    # Trashed alone, a record keeps its work (hidden from the planning, back on restore).
    await h.trash(tenant, other)
    assert (await _get(h, headers, f"/worksites/{others['id']}"))["client_id"] == str(other)


async def test_a_replayed_old_end_of_site_closes_nothing_opened_since(
    planning_harness: PlanningHarness,
) -> None:
    """What a rebuild of clients_view from Kafka does: an old « chantier terminé » seen again
    (a new tracking id) leaves the worksite opened after it on the planning."""
    h = planning_harness
    tenant = await h.tenant()
    headers = h.headers(await h.user(tenant), tenant)
    client = await h.client_record(tenant, "Faure")
    await h.client_status(tenant, client, "en_cours_de_chantier", on_planning=True)
    ended = await h.client_status(tenant, client, "chantier_termine", ends_worksite=True)
    await h.client_status(tenant, client, "en_cours_de_chantier", on_planning=True)
    (site,) = (await _get(h, headers, "/planning"))["items"]

    replayed = ended.model_copy(update={"event_id": uuid.uuid4()})
    key, value, ce_headers = cloudevents.encode(replayed)
    await h.producer.send_and_wait(h.clients_topic, value=value, key=key, headers=ce_headers)
    await h.client_status(tenant, client, "sav")  # same partition: the replay came first

    assert [s["id"] for s in (await _get(h, headers, "/planning"))["items"]] == [site["id"]]
