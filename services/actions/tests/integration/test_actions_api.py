"""Actions over HTTP: create on a client, assign, share, reschedule, answer, complete, cancel."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any
from uuid import UUID

import pytest
import pytest_asyncio
from ouvrage_events.catalog.identity import TenantProfileChanged


@dataclass
class Company:
    tenant: UUID
    alice: UUID
    bob: UUID
    carol: UUID
    client: UUID
    relancer: dict[str, Any]


@pytest_asyncio.fixture(loop_scope="session", scope="module")
async def company(actions_stack: Any) -> Company:
    tenant = await actions_stack.new_tenant()
    alice, bob, carol = [await actions_stack.new_user(tenant) for _ in range(3)]
    client = await actions_stack.new_client(tenant, "Paviere Robert")
    types = await actions_stack.http.get("/action-types", headers=actions_stack.auth(alice, tenant))
    relancer = next(t for t in types.json()["items"] if t["name"] == "A relancer")
    return Company(tenant, alice, bob, carol, client, relancer)


def _as(stack: Any, company: Company, user: UUID | None = None) -> dict[str, str]:
    return dict(stack.auth(user or company.alice, company.tenant))


async def _create(
    stack: Any, company: Company, client: UUID | None = None, **body: Any
) -> dict[str, Any]:
    payload = {"action_type_id": company.relancer["id"], "alert_at": "2030-01-15T09:30:00"}
    payload.update(body)
    response = await stack.http.post(
        f"/clients/{client or company.client}/actions", json=payload, headers=_as(stack, company)
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


async def _count_events(stack: Any, tenant: UUID) -> int:
    return int(
        await stack.pool.fetchval("SELECT count(*) FROM es_events WHERE tenant_id = $1", tenant)
    )


async def test_create_assigned_and_shared_in_local_time_published_as_cloudevents(
    actions_stack: Any, company: Company
) -> None:
    body = {
        "action_type_id": company.relancer["id"],
        "alert_at": "2030-01-15T09:30:00",
        "note": "Rappeler pour le devis",
        "assignee_id": str(company.bob),
        "share_with": [str(company.carol)],
    }
    response = await actions_stack.http.post(
        f"/clients/{company.client}/actions", json=body, headers=_as(actions_stack, company)
    )

    assert response.status_code == 201, response.text
    action = response.json()
    assert response.headers["Location"] == f"/actions/{action['id']}"
    assert response.headers["ETag"] == '"3"'
    assert action["alert_at"] == "2030-01-15T08:30:00Z"
    assert action["alert_at_local"] == "2030-01-15T09:30:00+01:00"
    assert action["timezone"] == "Europe/Paris"
    assert action["client_name"] == "Paviere Robert"
    assert action["client_pending"] is False
    assert action["type_name"] == "A relancer"
    assert action["assignee_id"] == str(company.bob)
    assert action["shared_with"] == [str(company.carol)]
    assert (action["status"], action["created_by"]) == ("open", str(company.alice))

    action_id = UUID(action["id"])
    events = await actions_stack.tail.wait_for(lambda e: e.aggregate_id == action_id, count=3)
    assert [e.name for e in events] == ["ActionCreated", "ActionAssigned", "ActionShared"]
    assigned = events[1].payload
    assert assigned["assignee_id"] == str(company.bob)
    assert assigned["client_name"] == "Paviere Robert"
    assert assigned["type_name"] == "A relancer"
    assert assigned["note"] == "Rappeler pour le devis"
    assert assigned["alert_at"].startswith("2030-01-15T08:30:00")
    assert events[2].payload["user_ids"] == [str(company.carol)]
    headers = actions_stack.tail.headers_of(events[1].event_id)
    assert headers["ce_type"] == "ouvrage.actions.ActionAssigned"
    assert headers["ce_subject"] == str(action_id)
    assert headers["ce_sequence"] == "2"
    assert headers["ce_tenantid"] == str(company.tenant)
    assert headers["ce_actorid"] == str(company.alice)


async def test_an_offset_aware_time_is_taken_as_is(actions_stack: Any, company: Company) -> None:
    action = await _create(actions_stack, company, alert_at="2030-07-01T09:00:00-04:00")

    assert action["alert_at"] == "2030-07-01T13:00:00Z"
    assert action["alert_at_local"] == "2030-07-01T15:00:00+02:00"


async def test_a_local_time_skipped_by_daylight_saving_is_refused(
    actions_stack: Any, company: Company
) -> None:
    before = await _count_events(actions_stack, company.tenant)
    response = await actions_stack.http.post(
        f"/clients/{company.client}/actions",
        json={"action_type_id": company.relancer["id"], "alert_at": "2030-03-31T02:30:00"},
        headers=_as(actions_stack, company),
    )

    assert response.status_code == 422
    assert response.json()["code"] == "nonexistent_local_time"
    assert "n'existe pas" in response.json()["detail"]
    assert await _count_events(actions_stack, company.tenant) == before


async def test_create_with_an_idempotency_key_records_once(
    actions_stack: Any, company: Company
) -> None:
    headers = {**_as(actions_stack, company), "Idempotency-Key": "create-action-1"}
    body = {"action_type_id": company.relancer["id"], "alert_at": "2030-02-01T10:00:00"}
    url = f"/clients/{company.client}/actions"

    first = await actions_stack.http.post(url, json=body, headers=headers)
    retry = await actions_stack.http.post(url, json=body, headers=headers)

    assert first.status_code == retry.status_code == 201
    assert retry.json() == first.json()
    assert await actions_stack.stored("ActionCreated", UUID(first.json()["id"])) == 1
    created = await actions_stack.pool.fetchval(
        "SELECT count(*) FROM actions WHERE tenant_id = $1 AND alert_at = '2030-02-01T09:00Z'",
        company.tenant,
    )
    assert created == 1


@pytest.mark.parametrize("who", ["unknown", "other_company"])
async def test_assignee_must_be_an_active_user_of_the_company(
    actions_stack: Any, company: Company, who: str
) -> None:
    stranger = uuid.uuid4()
    if who == "other_company":
        stranger = await actions_stack.new_user(uuid.uuid4())
    before = await _count_events(actions_stack, company.tenant)

    response = await actions_stack.http.post(
        f"/clients/{company.client}/actions",
        json={
            "action_type_id": company.relancer["id"],
            "alert_at": "2030-01-15T09:30:00",
            "share_with": [str(company.bob), str(stranger)],
        },
        headers=_as(actions_stack, company),
    )

    assert response.status_code == 422
    problem = response.json()
    assert problem["code"] == "invalid_users"
    assert problem["detail"].startswith("Ces collaborateurs ne sont pas des utilisateurs actifs")
    assert str(stranger) in problem["detail"]
    assert str(company.bob) not in problem["detail"]
    assert await _count_events(actions_stack, company.tenant) == before


async def test_a_trashed_client_is_refused_and_another_company_client_is_404(
    actions_stack: Any, company: Company
) -> None:
    trashed = await actions_stack.new_client(company.tenant, "Doublon")
    await actions_stack.trash_client(company.tenant, trashed)
    foreign = await actions_stack.new_client(uuid.uuid4(), "Client d'une autre société")
    body = {"action_type_id": company.relancer["id"], "alert_at": "2030-01-15T09:30:00"}

    refused = await actions_stack.http.post(
        f"/clients/{trashed}/actions", json=body, headers=_as(actions_stack, company)
    )
    hidden = await actions_stack.http.post(
        f"/clients/{foreign}/actions", json=body, headers=_as(actions_stack, company)
    )

    assert refused.status_code == 409
    assert refused.json()["code"] == "client_trashed"
    assert "corbeille" in refused.json()["detail"]
    assert (hidden.status_code, hidden.json()["code"]) == (404, "client_not_found")


async def test_unknown_and_retired_types_are_refused(actions_stack: Any, company: Company) -> None:
    manage = actions_stack.auth(company.alice, company.tenant, "settings.manage")
    defined = await actions_stack.http.post("/action-types", json={"name": "Vieux"}, headers=manage)
    type_id = defined.json()["id"]
    await actions_stack.http.post(f"/action-types/{type_id}/retire", headers=manage)
    url = f"/clients/{company.client}/actions"

    retired = await actions_stack.http.post(
        url, json={"action_type_id": type_id, "alert_at": "2030-01-01T10:00:00"}, headers=manage
    )
    unknown = await actions_stack.http.post(
        url,
        json={"action_type_id": str(uuid.uuid4()), "alert_at": "2030-01-01T10:00:00"},
        headers=manage,
    )

    assert (retired.status_code, retired.json()["code"]) == (409, "action_type_retired")
    assert (unknown.status_code, unknown.json()["code"]) == (404, "action_type_not_found")


async def test_a_client_not_yet_seen_is_accepted_then_confirmed(
    actions_stack: Any, company: Company
) -> None:
    client_id = uuid.uuid4()
    action = await _create(actions_stack, company, client=client_id, assignee_id=str(company.bob))

    assert action["client_pending"] is True
    assert action["client_name"] == ""
    await actions_stack.new_client(company.tenant, "Nouveau Client", client_id)
    action_id = UUID(action["id"])
    (confirmed,) = await actions_stack.tail.wait_for(
        lambda e: e.aggregate_id == action_id and e.name == "ActionClientConfirmed"
    )
    assert confirmed.payload["client_name"] == "Nouveau Client"
    read = await actions_stack.http.get(
        f"/actions/{action_id}", headers=_as(actions_stack, company)
    )
    assert read.json()["client_pending"] is False
    assert read.json()["client_name"] == "Nouveau Client"
    assert read.json()["version"] == 3
    listed = await actions_stack.http.get(
        "/actions", params={"client_id": str(client_id)}, headers=_as(actions_stack, company)
    )
    assert [(a["client_name"], a["client_pending"]) for a in listed.json()["items"]] == [
        ("Nouveau Client", False)
    ]


async def test_reschedule_and_note_with_if_match(actions_stack: Any, company: Company) -> None:
    action = await _create(actions_stack, company)
    url = f"/actions/{action['id']}"
    headers = _as(actions_stack, company)

    moved = await actions_stack.http.patch(
        url,
        json={"alert_at": "2030-06-02T14:00:00", "note": "Après les congés"},
        headers={**headers, "If-Match": '"1"'},
    )
    stale = await actions_stack.http.patch(
        url, json={"note": "Trop tard"}, headers={**headers, "If-Match": '"1"'}
    )
    empty = await actions_stack.http.patch(url, json={}, headers=headers)

    assert moved.status_code == 200, moved.text
    assert moved.json()["alert_at"] == "2030-06-02T12:00:00Z"
    assert moved.json()["alert_at_local"] == "2030-06-02T14:00:00+02:00"
    assert moved.json()["note"] == "Après les congés"
    assert moved.headers["ETag"] == '"3"'
    assert (stale.status_code, stale.json()["code"]) == (412, "version_conflict")
    assert (empty.status_code, empty.json()["code"]) == (422, "nothing_to_change")
    events = await actions_stack.tail.wait_for(
        lambda e: e.aggregate_id == UUID(action["id"]) and e.sequence > 1, count=2
    )
    assert [e.name for e in events] == ["ActionRescheduled", "ActionNoteChanged"]
    assert events[0].payload["previous_alert_at"].startswith("2030-01-15T08:30:00")


async def test_assign_reassign_and_share(actions_stack: Any, company: Company) -> None:
    action = await _create(actions_stack, company, assignee_id=str(company.bob))
    url = f"/actions/{action['id']}"
    headers = _as(actions_stack, company)

    reassigned = await actions_stack.http.post(
        f"{url}/assign", json={"assignee_id": str(company.carol)}, headers=headers
    )
    shared = await actions_stack.http.post(
        f"{url}/share", json={"user_ids": [str(company.alice), str(company.bob)]}, headers=headers
    )
    again = await actions_stack.http.post(
        f"{url}/share", json={"user_ids": [str(company.bob)]}, headers=headers
    )
    stranger = await actions_stack.http.post(
        f"{url}/assign", json={"assignee_id": str(uuid.uuid4())}, headers=headers
    )

    assert reassigned.json()["assignee_id"] == str(company.carol)
    assert shared.json()["shared_with"] == [str(company.alice), str(company.bob)]
    assert again.status_code == 200
    assert again.json()["version"] == shared.json()["version"] == 4
    assert (stranger.status_code, stranger.json()["code"]) == (422, "invalid_users")
    (event,) = await actions_stack.tail.wait_for(
        lambda e: e.aggregate_id == UUID(action["id"]) and e.sequence == 3
    )
    assert event.name == "ActionAssigned"
    assert event.payload["previous_assignee_id"] == str(company.bob)
    assert event.payload["client_name"] == "Paviere Robert"


async def test_answer_with_one_of_the_type_responses(actions_stack: Any, company: Company) -> None:
    action = await _create(actions_stack, company)
    url = f"/actions/{action['id']}/answer"
    headers = _as(actions_stack, company)

    wrong = await actions_stack.http.post(url, json={"response": "Bof"}, headers=headers)
    right = await actions_stack.http.post(
        url, json={"response": "intéressé", "comment": "Envoyer le devis"}, headers=headers
    )

    assert wrong.status_code == 422
    assert wrong.json()["code"] == "response_not_allowed"
    assert "« Intéressé »" in wrong.json()["detail"]
    assert right.status_code == 200
    assert (right.json()["response"], right.json()["response_comment"]) == (
        "Intéressé",
        "Envoyer le devis",
    )


async def test_complete_then_cancel_is_refused(actions_stack: Any, company: Company) -> None:
    action = await _create(actions_stack, company)
    url = f"/actions/{action['id']}"
    headers = _as(actions_stack, company)

    done = await actions_stack.http.post(f"{url}/complete", headers=headers)
    cancel = await actions_stack.http.post(f"{url}/cancel", json={"reason": "x"}, headers=headers)

    assert done.json()["status"] == "completed"
    assert (cancel.status_code, cancel.json()["code"]) == (409, "action_closed")
    assert cancel.json()["detail"] == "Cette action est terminée : elle ne peut plus être modifiée."


async def test_cancel_with_a_reason(actions_stack: Any, company: Company) -> None:
    action = await _create(actions_stack, company)

    cancelled = await actions_stack.http.post(
        f"/actions/{action['id']}/cancel",
        json={"reason": "Le client a rappelé"},
        headers=_as(actions_stack, company),
    )

    assert cancelled.json()["status"] == "cancelled"
    assert cancelled.json()["cancel_reason"] == "Le client a rappelé"


async def test_another_company_action_answers_404(actions_stack: Any, company: Company) -> None:
    action = await _create(actions_stack, company)
    other = actions_stack.auth(uuid.uuid4(), uuid.uuid4())

    read = await actions_stack.http.get(f"/actions/{action['id']}", headers=other)
    complete = await actions_stack.http.post(f"/actions/{action['id']}/complete", headers=other)
    listed = await actions_stack.http.get(
        "/actions", params={"client_id": str(company.client)}, headers=other
    )

    assert (read.status_code, read.json()["code"]) == (404, "action_not_found")
    assert complete.status_code == 404
    assert listed.json()["items"] == []
    mine = await actions_stack.http.get(
        f"/actions/{action['id']}", headers=_as(actions_stack, company)
    )
    assert mine.json()["status"] == "open"


async def test_unauthenticated_is_401(actions_stack: Any) -> None:
    response = await actions_stack.http.get("/actions")

    assert response.status_code == 401
    assert response.json()["code"] == "unauthenticated"


async def test_the_company_time_zone_follows_identity(actions_stack: Any) -> None:
    tenant = await actions_stack.new_tenant("America/Martinique")
    headers = actions_stack.auth(uuid.uuid4(), tenant)
    types = (await actions_stack.http.get("/action-types", headers=headers)).json()["items"]
    created = await actions_stack.http.post(
        f"/clients/{uuid.uuid4()}/actions",
        json={"action_type_id": types[0]["id"], "alert_at": "2030-01-15T09:00:00"},
        headers=headers,
    )
    assert created.json()["alert_at"] == "2030-01-15T13:00:00Z"
    assert created.json()["alert_at_local"] == "2030-01-15T09:00:00-04:00"

    changed = TenantProfileChanged(tenant_id=tenant, name="S", timezone="Asia/Tokyo")
    await actions_stack.publish("identity", changed, tenant, tenant)
    await actions_stack.eventually(
        "SELECT timezone = 'Asia/Tokyo' FROM tenants WHERE id = $1", tenant
    )
    read = await actions_stack.http.get(f"/actions/{created.json()['id']}", headers=headers)
    assert read.json()["alert_at"] == "2030-01-15T13:00:00Z"
    assert read.json()["alert_at_local"] == "2030-01-15T22:00:00+09:00"

    bogus = TenantProfileChanged(tenant_id=tenant, name="S", timezone="Mars/Olympus")
    sent = await actions_stack.publish("identity", bogus, tenant, tenant)
    await actions_stack.eventually(
        "SELECT 1 FROM proj_tenants.es_processed WHERE event_id = $1", sent.event_id
    )
    # an unknown zone falls back to the default rather than breaking every answer
    read = await actions_stack.http.get(f"/actions/{created.json()['id']}", headers=headers)
    assert read.json()["timezone"] == "Europe/Paris"
    assert read.json()["alert_at_local"] == "2030-01-15T14:00:00+01:00"
