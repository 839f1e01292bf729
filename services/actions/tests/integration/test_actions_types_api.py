"""Action types over HTTP: seeding per new company, settings.manage, If-Match, Idempotency-Key."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any
from uuid import UUID

import pytest
from actions.domain.follow_up_seeds import RULE_TYPES
from ouvrage_events.catalog.identity import TenantRegistered

MANAGE = "settings.manage"
FAQ_TYPES = ["A faire", "A relancer", "Invitation salon"]
# a new company also gets the types its default follow-up rules need (another consumer of
# TenantRegistered, so they may land a moment after the FAQ's three)
SEEDED = sorted([*FAQ_TYPES, *(seed.name for seed in RULE_TYPES)])


@pytest.fixture
async def company(actions_stack: Any) -> tuple[UUID, UUID]:
    """A new company (seeded by its TenantRegistered) and one of its users."""
    tenant_id = await actions_stack.new_tenant()
    await _seeded(actions_stack, tenant_id)
    return tenant_id, uuid.uuid4()


async def _types(stack: Any, tenant: UUID, **params: Any) -> list[dict[str, Any]]:
    response = await stack.http.get(
        "/action-types", params=params, headers=stack.auth(uuid.uuid4(), tenant)
    )
    assert response.status_code == 200, response.text
    return list(response.json()["items"])


async def _seeded(stack: Any, tenant: UUID) -> list[dict[str, Any]]:
    """The company's types once both seeding consumers have run."""
    for _ in range(300):
        types = await _types(stack, tenant)
        if len(types) >= len(SEEDED):
            return types
        await asyncio.sleep(0.1)
    raise AssertionError(f"the company got {len(types)} types, not {len(SEEDED)}")


async def test_a_new_company_gets_the_default_types_as_events_on_kafka(
    actions_stack: Any,
) -> None:
    tenant_id = uuid.uuid4()
    registered = await actions_stack.publish(
        "identity", TenantRegistered(tenant_id=tenant_id, name="Dupont BTP"), tenant_id, tenant_id
    )
    await actions_stack.eventually("SELECT 1 FROM tenants WHERE id = $1", tenant_id)

    types = await _seeded(actions_stack, tenant_id)
    events = await actions_stack.tail.wait_for(
        lambda e: e.tenant_id == tenant_id and e.name == "ActionTypeDefined", count=len(SEEDED)
    )

    assert sorted(t["name"] for t in types) == SEEDED
    relancer = next(t for t in types if t["name"] == "A relancer")
    assert relancer["responses"] == ["Intéressé", "Pas intéressé", "A rappeler"]
    assert sorted(e.payload["name"] for e in events) == SEEDED
    assert {e.causation_id for e in events} == {registered.event_id}
    headers = actions_stack.tail.headers_of(events[0].event_id)
    assert headers["ce_specversion"] == "1.0"
    assert headers["ce_type"] == "ouvrage.actions.ActionTypeDefined"
    assert headers["ce_source"] == "/ouvrage/actions"
    assert headers["ce_tenantid"] == str(tenant_id)
    assert headers["ce_subject"] == str(events[0].aggregate_id)
    assert headers["ce_correlationid"] == str(registered.correlation_id)


async def test_seeding_is_idempotent_across_redelivery_and_a_second_registration(
    actions_stack: Any,
) -> None:
    tenant_id = uuid.uuid4()
    first = await actions_stack.publish(
        "identity", TenantRegistered(tenant_id=tenant_id, name="X"), tenant_id, tenant_id
    )
    await actions_stack.send(actions_stack.topics["identity"], first)  # redelivered as is
    again = TenantRegistered(tenant_id=tenant_id, name="X", timezone="America/Martinique")
    await actions_stack.publish("identity", again, tenant_id, tenant_id)
    await actions_stack.eventually(
        "SELECT timezone = 'America/Martinique' FROM tenants WHERE id = $1", tenant_id
    )
    await _seeded(actions_stack, tenant_id)

    defined = await actions_stack.pool.fetchval(
        "SELECT count(*) FROM es_events WHERE tenant_id = $1 AND event_type = $2",
        tenant_id,
        "ouvrage.actions.ActionTypeDefined",
    )
    assert defined == len(SEEDED)  # each type once, across redelivery and re-registration
    assert sorted(t["name"] for t in await _types(actions_stack, tenant_id)) == SEEDED


async def test_define_with_an_idempotency_key_records_once(
    actions_stack: Any, company: tuple[UUID, UUID]
) -> None:
    tenant, user = company
    headers = {**actions_stack.auth(user, tenant, MANAGE), "Idempotency-Key": "type-1"}
    body = {"name": "Relance devis", "responses": ["Accepté", "Refusé", "accepté"]}

    first = await actions_stack.http.post("/action-types", json=body, headers=headers)
    retry = await actions_stack.http.post("/action-types", json=body, headers=headers)
    reused = await actions_stack.http.post("/action-types", json={"name": "Autre"}, headers=headers)

    assert first.status_code == 201, first.text
    created = first.json()
    assert created["name"] == "Relance devis"
    assert created["responses"] == ["Accepté", "Refusé"]
    assert first.headers["ETag"] == '"1"'
    assert first.headers["Location"] == f"/action-types/{created['id']}"
    assert (retry.status_code, retry.json()) == (201, created)
    assert await actions_stack.stored("ActionTypeDefined", UUID(created["id"])) == 1
    assert reused.status_code == 422
    assert reused.json()["code"] == "idempotency_key_reused"


async def test_managing_types_needs_settings_manage(
    actions_stack: Any, company: tuple[UUID, UUID]
) -> None:
    tenant, user = company
    response = await actions_stack.http.post(
        "/action-types", json={"name": "Sans droit"}, headers=actions_stack.auth(user, tenant)
    )

    assert response.status_code == 403
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["code"] == "forbidden"
    assert "Sans droit" not in [t["name"] for t in await _types(actions_stack, tenant)]


async def test_a_name_taken_in_the_company_is_refused_in_french(
    actions_stack: Any, company: tuple[UUID, UUID]
) -> None:
    tenant, user = company
    response = await actions_stack.http.post(
        "/action-types",
        json={"name": "a  RELANCER"},
        headers=actions_stack.auth(user, tenant, MANAGE),
    )

    assert response.status_code == 409
    problem = response.json()
    assert problem["code"] == "action_type_name_taken"
    assert problem["detail"] == "Un type d'action nommé « a RELANCER » existe déjà."


async def test_a_blank_name_is_refused(actions_stack: Any, company: tuple[UUID, UUID]) -> None:
    tenant, user = company
    headers = actions_stack.auth(user, tenant, MANAGE)

    blank = await actions_stack.http.post("/action-types", json={"name": "   "}, headers=headers)
    missing = await actions_stack.http.post("/action-types", json={}, headers=headers)

    assert (blank.status_code, blank.json()["code"]) == (422, "invalid_name")
    assert (missing.status_code, missing.json()["code"]) == (422, "validation_error")


async def _define(stack: Any, tenant: UUID, user: UUID, name: str) -> dict[str, Any]:
    response = await stack.http.post(
        "/action-types", json={"name": name}, headers=stack.auth(user, tenant, MANAGE)
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


async def test_rename_with_if_match(actions_stack: Any, company: tuple[UUID, UUID]) -> None:
    tenant, user = company
    created = await _define(actions_stack, tenant, user, "Visite chantier")
    url = f"/action-types/{created['id']}"
    headers = actions_stack.auth(user, tenant, MANAGE)

    renamed = await actions_stack.http.patch(
        url, json={"name": "Visite de chantier"}, headers={**headers, "If-Match": '"1"'}
    )
    stale = await actions_stack.http.patch(
        url, json={"name": "Encore"}, headers={**headers, "If-Match": '"1"'}
    )
    taken = await actions_stack.http.patch(url, json={"name": "A faire"}, headers=headers)

    assert renamed.status_code == 200, renamed.text
    assert renamed.json()["name"] == "Visite de chantier"
    assert renamed.headers["ETag"] == '"2"'
    assert stale.status_code == 412
    assert stale.json()["code"] == "version_conflict"
    assert taken.status_code == 409
    current = await actions_stack.http.get(url, headers=headers)
    assert (current.json()["name"], current.json()["version"]) == ("Visite de chantier", 2)


async def test_add_and_remove_responses(actions_stack: Any, company: tuple[UUID, UUID]) -> None:
    tenant, user = company
    created = await _define(actions_stack, tenant, user, "Salon de l'habitat")
    url = f"/action-types/{created['id']}/responses"
    headers = actions_stack.auth(user, tenant, MANAGE)

    for response in ("Viendra", "Ne viendra pas", "Peut-être"):
        added = await actions_stack.http.post(url, json={"response": response}, headers=headers)
        assert added.status_code == 200, added.text
    duplicate = await actions_stack.http.post(url, json={"response": "viendra"}, headers=headers)
    removed = await actions_stack.http.delete(f"{url}/Peut-être", headers=headers)
    unknown = await actions_stack.http.delete(f"{url}/Jamais", headers=headers)

    assert duplicate.status_code == 409
    assert duplicate.json()["code"] == "response_exists"
    assert removed.status_code == 200
    assert removed.json()["responses"] == ["Viendra", "Ne viendra pas"]
    assert removed.json()["version"] == 5
    assert unknown.status_code == 404
    assert unknown.json()["code"] == "response_not_found"
    changed = await actions_stack.tail.wait_for(
        lambda e: e.aggregate_id == UUID(created["id"]) and e.name == "ActionTypeChanged",
        count=4,
    )
    assert changed[-1].payload["responses"] == ["Viendra", "Ne viendra pas"]


async def test_retired_types_leave_the_list(actions_stack: Any, company: tuple[UUID, UUID]) -> None:
    tenant, user = company
    created = await _define(actions_stack, tenant, user, "Ancien type")
    headers = actions_stack.auth(user, tenant, MANAGE)

    retired = await actions_stack.http.post(
        f"/action-types/{created['id']}/retire", headers=headers
    )
    add = await actions_stack.http.post(
        f"/action-types/{created['id']}/responses", json={"response": "x"}, headers=headers
    )

    assert retired.status_code == 200
    assert retired.json()["retired"] is True
    assert "Ancien type" not in [t["name"] for t in await _types(actions_stack, tenant)]
    every = await _types(actions_stack, tenant, include_retired="true")
    assert "Ancien type" in [t["name"] for t in every]
    assert add.status_code == 409
    assert add.json()["code"] == "action_type_retired"


async def test_another_company_type_answers_404(
    actions_stack: Any, company: tuple[UUID, UUID]
) -> None:
    tenant, user = company
    created = await _define(actions_stack, tenant, user, "Privé")
    other = actions_stack.auth(uuid.uuid4(), uuid.uuid4(), MANAGE)

    read = await actions_stack.http.get(f"/action-types/{created['id']}", headers=other)
    rename = await actions_stack.http.patch(
        f"/action-types/{created['id']}", json={"name": "Volé"}, headers=other
    )

    assert (read.status_code, read.json()["code"]) == (404, "action_type_not_found")
    assert (rename.status_code, rename.json()["code"]) == (404, "action_type_not_found")
    mine = await actions_stack.http.get(
        f"/action-types/{created['id']}", headers=actions_stack.auth(user, tenant)
    )
    assert mine.json()["name"] == "Privé"


async def test_types_paginate_with_an_opaque_cursor(
    actions_stack: Any, company: tuple[UUID, UUID]
) -> None:
    tenant, user = company
    for name in ("B type", "C type"):
        await _define(actions_stack, tenant, user, name)
    headers = actions_stack.auth(user, tenant)

    names: list[str] = []
    cursor = None
    pages = 0
    while True:
        params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = (
            await actions_stack.http.get("/action-types", params=params, headers=headers)
        ).json()
        names += [t["name"] for t in page["items"]]
        pages += 1
        cursor = page["next_cursor"]
        if cursor is None:
            break
    bad = await actions_stack.http.get("/action-types", params={"cursor": "nope"}, headers=headers)

    assert sorted(names) == sorted([*SEEDED, "B type", "C type"])  # each once, none lost
    assert pages == (len(SEEDED) + 2 + 1) // 2
    assert bad.status_code == 400
    assert bad.json()["code"] == "invalid_cursor"
