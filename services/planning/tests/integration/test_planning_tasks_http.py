"""Worksite tasks over HTTP on the real database: each task's own dot (« rouge à faire, orange
planifié, vert fait »), the intervention that serves a task, removal while nothing serves it,
the events on Kafka, and the client record's « onglet Planning » (its worksites)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from conftest import PlanningHarness

pytestmark = pytest.mark.asyncio(loop_scope="session")

SLOT = {"starts_at": "2026-12-01T08:00:00+01:00", "ends_at": "2026-12-01T12:00:00+01:00"}


async def _site_with_tasks(
    h: PlanningHarness, headers: dict[str, str], client: uuid.UUID, *names: str
) -> dict[str, Any]:
    catalog = (await h.client.get("/task-catalog", headers=headers)).json()["items"]
    ids = {t["name"]: t["id"] for t in catalog}
    site = await h.client.post("/worksites", headers=headers, json={"client_id": str(client)})
    assert site.status_code == 201, site.text
    body: dict[str, Any] = site.json()
    for name in names:
        added = await h.client.post(f"/worksites/{body['id']}/tasks", headers=headers,
                                    json={"catalog_task_id": ids[name]})  # fmt: skip
        assert added.status_code == 201, added.text
        body = added.json()
    return body


def _if_match(thing: dict[str, Any]) -> dict[str, str]:
    return {"If-Match": f'"{thing["version"]}"'}


async def test_tasks_have_their_own_dot_and_an_intervention_serves_one(
    planning_harness: PlanningHarness,
) -> None:
    h = planning_harness
    tenant = await h.tenant()
    me = await h.user(tenant)
    headers = h.headers(me, tenant)
    site = await _site_with_tasks(h, headers, await h.client_record(tenant), "Maçonnerie",
                                  "Plomberie")  # fmt: skip
    masonry, plumbing = site["tasks"]
    assert masonry["dot"] == {"state": "a_faire", "colour": "red", "label": "À faire"}

    planned = await h.client.post(f"/worksites/{site['id']}/interventions", headers=headers,
                                  json={**SLOT, "label": "Murs", "task_id": masonry["id"]})  # fmt: skip
    assert planned.status_code == 201, planned.text
    assert planned.json()["task_id"] == masonry["id"]
    site = (await h.client.get(f"/worksites/{site['id']}", headers=headers)).json()
    assert [t["dot"]["colour"] for t in site["tasks"]] == ["orange", "red"]
    done = await h.client.put(f"/worksites/{site['id']}/tasks/{plumbing['id']}/state",
                              headers={**headers, **_if_match(site)}, json={"state": "fait"})  # fmt: skip
    assert done.status_code == 200, done.text
    assert [t["dot"]["colour"] for t in done.json()["tasks"]] == ["orange", "green"]

    foreign = await h.client.post(f"/worksites/{site['id']}/interventions", headers=headers,
                                  json={**SLOT, "task_id": str(uuid.uuid4())})  # fmt: skip
    assert foreign.status_code == 404 and foreign.json()["code"] == "task_not_found"
    _headers, changed = await h.relayed("ouvrage.planning.PlanningTaskStateChanged",
                                        uuid.UUID(site["id"]))  # fmt: skip
    assert changed["task_id"] in (masonry["id"], plumbing["id"])


async def test_a_task_is_removed_only_while_no_intervention_serves_it(
    planning_harness: PlanningHarness,
) -> None:
    h = planning_harness
    tenant = await h.tenant()
    me = await h.user(tenant)
    headers = h.headers(me, tenant)
    site = await _site_with_tasks(h, headers, await h.client_record(tenant), "Électricité")
    (task,) = site["tasks"]
    planned = await h.client.post(f"/worksites/{site['id']}/interventions", headers=headers,
                                  json={**SLOT, "task_id": task["id"]})  # fmt: skip
    assert planned.status_code == 201, planned.text
    path = f"/worksites/{site['id']}/tasks/{task['id']}"

    refused = await h.client.delete(path, headers=headers)
    assert refused.status_code == 409 and refused.json()["code"] == "task_in_use"
    assert "« Électricité » est liée à des interventions" in refused.json()["detail"]
    gone = await h.client.delete(f"/interventions/{planned.json()['id']}", headers=headers)
    assert gone.status_code == 204
    removed = await h.client.delete(path, headers=headers)
    assert removed.status_code == 200, removed.text
    assert removed.json()["tasks"] == []
    again = await h.client.delete(path, headers=headers)
    assert again.status_code == 404 and again.json()["code"] == "task_not_found"
    reader = h.headers(me, tenant, perms=[])
    assert (await h.client.delete(path, headers=reader)).status_code == 403


async def test_the_client_record_lists_its_worksites(planning_harness: PlanningHarness) -> None:
    h = planning_harness
    tenant = await h.tenant()
    me = await h.user(tenant)
    headers = h.headers(me, tenant)
    client, other = await h.client_record(tenant, "Garnier"), await h.client_record(tenant)
    first = await _site_with_tasks(h, headers, client, "Plomberie")
    second = await _site_with_tasks(h, headers, client)
    await _site_with_tasks(h, headers, other)
    closed = await h.client.post(f"/worksites/{first['id']}/close", headers=headers)
    assert closed.status_code == 200, closed.text

    page = await h.client.get(f"/clients/{client}/worksites", headers=headers,
                              params={"limit": 1})  # fmt: skip
    assert page.status_code == 200, page.text
    assert [(w["id"], w["closed"]) for w in page.json()["items"]] == [(first["id"], True)]
    assert page.json()["items"][0]["tasks"][0]["name"] == "Plomberie"
    rest = await h.client.get(f"/clients/{client}/worksites", headers=headers,
                              params={"cursor": page.json()["next_cursor"]})  # fmt: skip
    assert [w["id"] for w in rest.json()["items"]] == [second["id"]]
    assert rest.json()["next_cursor"] is None
    elsewhere = h.headers(me, await h.tenant())
    other_company = await h.client.get(f"/clients/{client}/worksites", headers=elsewhere)
    assert other_company.json()["items"] == []
