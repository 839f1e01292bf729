"""Who may change an action (issue 13, part 6): its author, its assignee, the colleagues it is
shared with; any other colleague needs « actions.manage ». Everyone may still read it."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import pytest_asyncio


@pytest_asyncio.fixture(loop_scope="session", scope="module")
async def people(actions_stack: Any) -> dict[str, Any]:
    tenant = await actions_stack.new_tenant()
    names = ("author", "assignee", "informed", "outsider", "manager")
    users = {name: await actions_stack.new_user(tenant) for name in names}
    client = await actions_stack.new_client(tenant, "Paviere Robert")
    auth = actions_stack.auth(users["author"], tenant)
    types = await actions_stack.http.get("/action-types", headers=auth)
    type_id = next(t for t in types.json()["items"] if t["name"] == "A relancer")["id"]
    return {"tenant": tenant, "client": client, "type_id": type_id, **users}


async def _action(stack: Any, p: dict[str, Any]) -> dict[str, Any]:
    response = await stack.http.post(
        f"/clients/{p['client']}/actions",
        json={"action_type_id": p["type_id"], "alert_at": "2030-01-15T09:30:00",
              "assignee_id": str(p["assignee"]), "share_with": [str(p["informed"])]},
        headers=stack.auth(p["author"], p["tenant"]),
    )  # fmt: skip
    assert response.status_code == 201, response.text
    return dict(response.json())


def _as(stack: Any, p: dict[str, Any], who: str, perms: tuple[str, ...] = ()) -> dict[str, str]:
    user: UUID = p[who]
    return dict(stack.auth(user, p["tenant"], *perms))


async def test_a_colleague_not_concerned_cannot_change_the_action(
    actions_stack: Any, people: dict[str, Any]
) -> None:
    action = await _action(actions_stack, people)
    base = f"/actions/{action['id']}"
    outsider = _as(actions_stack, people, "outsider")
    attempts = [
        ("PATCH", base, {"note": "pris la main"}),
        ("POST", f"{base}/assign", {"assignee_id": str(people["outsider"])}),
        ("POST", f"{base}/share", {"user_ids": [str(people["outsider"])]}),
        ("POST", f"{base}/complete", None),
        ("POST", f"{base}/cancel", {"reason": "inutile"}),
    ]
    for method, path, body in attempts:
        r = await actions_stack.http.request(method, path, json=body, headers=outsider)
        assert r.status_code == 403, (path, r.text)
        assert r.json()["code"] == "action_change_forbidden"
        assert "Gérer les actions de tous les collaborateurs" in r.json()["detail"]
    assert (await actions_stack.http.get(base, headers=outsider)).status_code == 200
    unchanged = await actions_stack.http.get(base, headers=outsider)
    assert unchanged.json()["version"] == action["version"]


async def test_the_author_assignee_informed_and_a_manager_may_change_it(
    actions_stack: Any, people: dict[str, Any]
) -> None:
    action = await _action(actions_stack, people)
    base = f"/actions/{action['id']}"
    for who, perms in (("author", ()), ("assignee", ()), ("informed", ()),
                       ("manager", ("actions.manage",))):  # fmt: skip
        r = await actions_stack.http.patch(base, json={"note": f"vu par {who}"},
                                           headers=_as(actions_stack, people, who, perms))  # fmt: skip
        assert r.status_code == 200, (who, r.text)
        assert r.json()["note"] == f"vu par {who}"
