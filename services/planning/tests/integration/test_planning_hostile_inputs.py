"""Issue 23: what a hostile or careless client sends answers a 4xx problem, never a 500."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

import pytest
from ouvrage_testing.hostile import (
    EDGE_DATES,
    EDGE_DATETIMES,
    EDGE_WEEKS,
    LONE_SURROGATE_JSON,
    NUL,
    TAMPERED_CURSORS,
    assert_problem,
    json_with,
)

if TYPE_CHECKING:
    from conftest import PlanningHarness

pytestmark = pytest.mark.asyncio(loop_scope="session")

SLOT = {"starts_at": "2026-12-01T08:00:00+01:00", "ends_at": "2026-12-01T12:00:00+01:00"}


def _headers(h: PlanningHarness, **extra: str) -> dict[str, str]:
    return h.headers(uuid.uuid4(), uuid.uuid4(), **extra)


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/task-catalog", {"name": NUL}, "name"),
        (f"/clients/{uuid.uuid4()}/sav", {"title": NUL}, "title"),
        (f"/clients/{uuid.uuid4()}/sav", {"title": "Fuite", "observations": NUL}, "observations"),
        (f"/sav/{uuid.uuid4()}/observations", {"text": NUL}, "text"),
        ("/worksites", {"client_id": str(uuid.uuid4()), "title": NUL}, "title"),
        ("/worksites", {"client_id": str(uuid.uuid4()), "notes": NUL}, "notes"),
        (f"/worksites/{uuid.uuid4()}/interventions", {**SLOT, "label": NUL}, "label"),
    ],
)
async def test_a_nul_in_a_body_is_a_422_naming_the_field(
    planning_harness: PlanningHarness, path: str, body: dict[str, Any], field: str
) -> None:
    h = planning_harness
    answer = await h.client.post(path, json=body, headers=_headers(h))
    assert_problem(answer, 422, "validation_error", field)


@pytest.mark.parametrize("at", EDGE_DATETIMES)
async def test_slots_at_the_edges_of_time_are_a_422(
    planning_harness: PlanningHarness, at: str
) -> None:
    h = planning_harness
    for field in ("starts_at", "ends_at"):
        body = {**SLOT, field: at}
        planned = await h.client.post(
            f"/worksites/{uuid.uuid4()}/interventions", json=body, headers=_headers(h)
        )
        assert_problem(planned, 422, "validation_error", field)
        moved = await h.client.patch(
            f"/interventions/{uuid.uuid4()}", json={field: at}, headers=_headers(h)
        )
        assert_problem(moved, 422, "validation_error", field)


@pytest.mark.parametrize("day", EDGE_DATES)
async def test_dates_at_the_edges_are_a_422(planning_harness: PlanningHarness, day: str) -> None:
    h = planning_harness
    for params, field in [({"from": day}, "from"), ({"to": day}, "to")]:
        answer = await h.client.get("/planning", params=params, headers=_headers(h))
        assert_problem(answer, 422, "validation_error", field)
    started = await h.client.put(
        f"/worksites/{uuid.uuid4()}/start-date", json={"start_date": day}, headers=_headers(h)
    )
    assert_problem(started, 422, "validation_error", "start_date")


@pytest.mark.parametrize("week", EDGE_WEEKS)
async def test_agenda_weeks_at_the_edges_are_a_422(
    planning_harness: PlanningHarness, week: str
) -> None:
    h = planning_harness
    answer = await h.client.get(
        f"/operators/{uuid.uuid4()}/agenda", params={"week": week}, headers=_headers(h)
    )
    problem = assert_problem(answer, 422, "validation_error", "week")
    assert problem["errors"][0]["type"] == "week_invalid"


async def test_lone_surrogates_in_json_are_a_422(planning_harness: PlanningHarness) -> None:
    h = planning_harness
    headers = _headers(h, **{"content-type": "application/json"})
    raw = json_with({}, "name", LONE_SURROGATE_JSON)
    answer = await h.client.post("/task-catalog", content=raw, headers=headers)
    assert_problem(answer, 422, "validation_error", "name")
    raw = json_with({}, "title", LONE_SURROGATE_JSON)
    answer = await h.client.post(f"/clients/{uuid.uuid4()}/sav", content=raw, headers=headers)
    assert_problem(answer, 422, "validation_error", "title")


@pytest.mark.parametrize("name", sorted(TAMPERED_CURSORS))
async def test_tampered_cursors_are_400_invalid_cursor(
    planning_harness: PlanningHarness, name: str
) -> None:
    h = planning_harness
    for path in ("/task-catalog", "/sav", "/planning", "/home"):
        answer = await h.client.get(
            path, params={"cursor": TAMPERED_CURSORS[name]}, headers=_headers(h)
        )
        assert_problem(answer, 400, "invalid_cursor")
