"""GET /actions: mine (assigned, shared), by client, overdue, paginated by an opaque cursor."""

from __future__ import annotations

from typing import Any
from uuid import UUID


async def _create(
    stack: Any, headers: dict[str, str], client: UUID, type_id: str, **body: Any
) -> str:
    response = await stack.http.post(
        f"/clients/{client}/actions", json={"action_type_id": type_id, **body}, headers=headers
    )
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def _ids(stack: Any, headers: dict[str, str], **params: Any) -> list[str]:
    response = await stack.http.get("/actions", params=params, headers=headers)
    assert response.status_code == 200, response.text
    return [a["id"] for a in response.json()["items"]]


async def test_filters_and_pagination(actions_stack: Any) -> None:
    tenant = await actions_stack.new_tenant()
    alice, bob = await actions_stack.new_user(tenant), await actions_stack.new_user(tenant)
    dupont = await actions_stack.new_client(tenant, "Dupont")
    martin = await actions_stack.new_client(tenant, "Martin")
    as_alice, as_bob = actions_stack.auth(alice, tenant), actions_stack.auth(bob, tenant)
    types = (await actions_stack.http.get("/action-types", headers=as_alice)).json()["items"]
    todo = next(t["id"] for t in types if t["name"] == "A faire")

    past = await _create(actions_stack, as_alice, dupont, todo, alert_at="2020-05-04T08:00:00",
                         assignee_id=str(bob))  # fmt: skip
    to_bob = await _create(actions_stack, as_alice, dupont, todo, alert_at="2031-01-02T08:00:00",
                           assignee_id=str(bob))  # fmt: skip
    shared = await _create(actions_stack, as_alice, martin, todo, alert_at="2031-01-03T08:00:00",
                           share_with=[str(bob)])  # fmt: skip
    mine = await _create(actions_stack, as_bob, martin, todo, alert_at="2031-01-01T08:00:00",
                         assignee_id=str(alice))  # fmt: skip
    done = await _create(actions_stack, as_alice, martin, todo, alert_at="2019-01-01T08:00:00")
    await actions_stack.http.post(f"/actions/{done}/complete", headers=as_alice)

    assert await _ids(actions_stack, as_bob, assigned_to="me") == [past, to_bob]
    assert await _ids(actions_stack, as_alice, assigned_to=str(bob)) == [past, to_bob]
    assert await _ids(actions_stack, as_bob, shared_with="me") == [shared]
    assert await _ids(actions_stack, as_alice, assigned_to="me") == [mine]
    assert await _ids(actions_stack, as_alice, client_id=str(dupont)) == [past, to_bob]
    assert await _ids(actions_stack, as_alice, overdue="true") == [past]
    assert await _ids(actions_stack, as_alice, status="completed") == [done]
    everything = await _ids(actions_stack, as_alice)
    assert everything == [done, past, mine, to_bob, shared]

    overdue = (await actions_stack.http.get(f"/actions/{past}", headers=as_alice)).json()
    assert (overdue["overdue"], overdue["due"]) == (True, False)

    paged: list[str] = []
    cursor = None
    while True:
        params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = (await actions_stack.http.get("/actions", params=params, headers=as_alice)).json()
        assert len(page["items"]) <= 2
        paged += [a["id"] for a in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert paged == everything


async def test_bad_filters_and_cursors_are_refused(actions_stack: Any) -> None:
    tenant = await actions_stack.new_tenant()
    headers = actions_stack.auth(await actions_stack.new_user(tenant), tenant)

    bad_user = await actions_stack.http.get(
        "/actions", params={"assigned_to": "bob"}, headers=headers
    )
    bad_cursor = await actions_stack.http.get("/actions", params={"cursor": "e30"}, headers=headers)
    bad_limit = await actions_stack.http.get("/actions", params={"limit": 0}, headers=headers)

    assert (bad_user.status_code, bad_user.json()["code"]) == (422, "invalid_filter")
    assert (bad_cursor.status_code, bad_cursor.json()["code"]) == (400, "invalid_cursor")
    assert (bad_limit.status_code, bad_limit.json()["code"]) == (422, "validation_error")
