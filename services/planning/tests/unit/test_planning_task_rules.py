"""Given events, when a command, then events or an error: a worksite's tasks have their own dot
(rouge à faire, orange planifié, vert fait), an intervention may serve one, and a task leaves
the worksite only while nothing serves it."""

from datetime import UTC, datetime, timedelta
from uuid import UUID, uuid4

import pytest
from ouvrage_events.catalog.planning import (
    InterventionPlanned,
    PlanningTaskRemoved,
    PlanningTaskStateChanged,
)
from planning.domain.errors import TaskInUseError, TaskNotFoundError, WorksiteClosedError
from planning.domain.intervention import Intervention, Slot
from planning.domain.worksite import Worksite

CLIENT, CATALOG = uuid4(), uuid4()


def with_a_task() -> tuple[Worksite, UUID]:
    worksite = Worksite.open(uuid4(), client_id=CLIENT, client_name="Lefèvre Marc")
    task_id = uuid4()
    worksite.add_task(task_id, "Maçonnerie", CATALOG)
    HISTORY[worksite.id] = list(worksite.pending)
    return Worksite.fold(worksite.id, worksite.pending), task_id


HISTORY: dict[UUID, list[object]] = {}


def test_a_new_task_is_red_and_its_dot_changes_colour() -> None:
    worksite, task_id = with_a_task()
    assert worksite.task(task_id).state == "a_faire"

    worksite.change_task_state(task_id, "fait")
    worksite.change_task_state(task_id, "fait")  # unchanged

    assert worksite.pending == [
        PlanningTaskStateChanged(
            worksite_id=worksite.id, task_id=task_id, state="fait", previous_state="a_faire"
        )
    ]
    assert worksite.task(task_id).state == "fait"


def test_serving_a_task_turns_it_orange_once() -> None:
    worksite, task_id = with_a_task()
    worksite.serve_task(task_id)
    worksite.serve_task(task_id)
    assert [e.state for e in worksite.pending] == ["planifie"]  # type: ignore[attr-defined]


def test_an_intervention_names_the_task_it_serves() -> None:
    task_id, start = uuid4(), datetime(2026, 12, 1, 8, tzinfo=UTC)
    slot = Slot(start, start + timedelta(hours=4))
    planned = Intervention.plan(
        uuid4(), worksite_id=uuid4(), slot=slot, operator_ids=[], active_operators=(),
        task_id=task_id,
    )  # fmt: skip
    (event,) = planned.pending
    assert isinstance(event, InterventionPlanned) and event.task_id == task_id
    assert Intervention.fold(planned.id, planned.pending).task_id == task_id


def test_a_task_leaves_only_while_nothing_serves_it() -> None:
    worksite, task_id = with_a_task()
    with pytest.raises(TaskInUseError) as refused:
        worksite.remove_task(task_id, served=True)
    assert "La tâche « Maçonnerie » est liée à des interventions" in str(refused.value)

    worksite.remove_task(task_id, served=False)

    assert worksite.pending == [PlanningTaskRemoved(worksite_id=worksite.id, task_id=task_id)]
    again = Worksite.fold(worksite.id, [*HISTORY[worksite.id], *worksite.pending])  # type: ignore[list-item]
    assert again.tasks == []


def test_an_unknown_task_or_a_closed_worksite_is_refused() -> None:
    worksite, task_id = with_a_task()
    with pytest.raises(TaskNotFoundError):
        worksite.change_task_state(uuid4(), "fait")
    with pytest.raises(TaskNotFoundError):
        worksite.serve_task(uuid4())
    worksite.close()
    with pytest.raises(WorksiteClosedError):
        worksite.remove_task(task_id, served=False)
