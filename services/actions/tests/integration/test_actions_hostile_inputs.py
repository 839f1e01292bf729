"""Issue 23: what a hostile or careless client sends answers a 4xx problem, never a 500."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from ouvrage_testing.hostile import (
    EDGE_DATETIMES,
    LONE_SURROGATE_JSON,
    NUL,
    TAMPERED_CURSORS,
    assert_problem,
    json_with,
)

ALL = ("settings.manage",)
TYPE_ID = str(uuid.uuid4())


def _headers(stack: Any, **extra: str) -> dict[str, str]:
    return {**stack.auth(uuid.uuid4(), uuid.uuid4(), *ALL), **extra}


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/action-types", {"name": NUL}, "name"),
        ("/action-types", {"name": "Relance", "responses": ["Oui", NUL]}, "1"),
        (f"/action-types/{TYPE_ID}/responses", {"response": NUL}, "response"),
        (
            f"/clients/{uuid.uuid4()}/actions",
            {"action_type_id": TYPE_ID, "alert_at": "2026-12-01T09:00:00", "note": "a\u0000b"},
            "note",
        ),
        (f"/actions/{uuid.uuid4()}/answer", {"response": "Oui", "comment": NUL}, "comment"),
        (f"/actions/{uuid.uuid4()}/cancel", {"reason": NUL}, "reason"),
    ],
)
async def test_a_nul_in_a_body_is_a_422_naming_the_field(
    actions_stack: Any, path: str, body: dict[str, Any], field: str
) -> None:
    answer = await actions_stack.http.post(path, json=body, headers=_headers(actions_stack))
    if path.startswith("/actions/") and answer.status_code == 404:
        # the access check (author, assignee, informed colleagues) looks the action up first
        assert_problem(answer, 404, "action_not_found")
    else:
        assert_problem(answer, 422, "validation_error", field)


async def test_multi_line_notes_keep_their_lines_but_names_do_not(actions_stack: Any) -> None:
    answer = await actions_stack.http.post(
        "/action-types", json={"name": "Deux\nlignes"}, headers=_headers(actions_stack)
    )
    problem = assert_problem(answer, 422, "validation_error", "name")
    assert problem["errors"][0]["type"] == "text_line_break"


@pytest.mark.parametrize("alert_at", EDGE_DATETIMES)
async def test_alerts_at_the_edges_of_time_are_a_422(actions_stack: Any, alert_at: str) -> None:
    body = {"action_type_id": TYPE_ID, "alert_at": alert_at}
    created = await actions_stack.http.post(
        f"/clients/{uuid.uuid4()}/actions", json=body, headers=_headers(actions_stack)
    )
    problem = assert_problem(created, 422, "validation_error", "alert_at")
    assert problem["errors"][0]["message"] == "Date hors de la plage autorisée (1900–2100)."
    moved = await actions_stack.http.patch(
        f"/actions/{uuid.uuid4()}", json={"alert_at": alert_at}, headers=_headers(actions_stack)
    )
    # the access check looks the (random) action up before the body is read: 404, never a 500
    assert_problem(moved, 404, "action_not_found")


async def test_lone_surrogates_in_json_are_a_422(actions_stack: Any) -> None:
    headers = _headers(actions_stack, **{"content-type": "application/json"})
    raw = json_with({}, "name", LONE_SURROGATE_JSON)
    answer = await actions_stack.http.post("/action-types", content=raw, headers=headers)
    assert_problem(answer, 422, "validation_error", "name")


async def test_a_nul_in_a_query_or_path_parameter_is_a_4xx(actions_stack: Any) -> None:
    headers = _headers(actions_stack)
    listed = await actions_stack.http.get("/actions", params={"assigned_to": NUL}, headers=headers)
    assert_problem(listed, 422, "validation_error", "assigned_to")
    removed = await actions_stack.http.delete(
        f"/action-types/{TYPE_ID}/responses/A%00", headers=headers
    )
    assert_problem(removed, 422, "validation_error", "response")


@pytest.mark.parametrize("name", sorted(TAMPERED_CURSORS))
async def test_tampered_cursors_are_400_invalid_cursor(actions_stack: Any, name: str) -> None:
    for path in ("/action-types", "/actions"):
        answer = await actions_stack.http.get(
            path, params={"cursor": TAMPERED_CURSORS[name]}, headers=_headers(actions_stack)
        )
        assert_problem(answer, 400, "invalid_cursor")
