"""The planning command handlers on the in-memory store: given events, when a command through
the pipeline, then the events recorded or the error (no PostgreSQL, no Kafka; the read-backs
are faked)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any
from uuid import UUID, uuid4

import ouvrage_events as es
import pytest
from ouvrage_testing.memory import InMemory, caller, in_memory
from planning.adapters import planning_reads
from planning.app import intervention_handlers as interventions
from planning.app import planning_queries, sav_queries
from planning.app import sav_handlers as sav
from planning.app import task_handlers as tasks
from planning.app import worksite_handlers as worksites
from planning.app.container import Container
from planning.domain.commands import (
    AddObservation,
    ChangeState,
    ChangeTaskState,
    PlanIntervention,
    ScheduleWorksite,
)
from planning.domain.errors import (
    InterventionStateForbiddenError,
    SavTicketNotFoundError,
    TaskInUseError,
    TaskNotFoundError,
    WorksiteClosedError,
)
from planning.domain.intervention import Intervention, Slot
from planning.domain.sav import SavTicket
from planning.domain.worksite import Worksite
from pydantic import BaseModel

TENANT = uuid4()


class ReadBack(BaseModel):
    """What the faked read model answers: the aggregate's id and version."""

    id: UUID
    version: int


@pytest.fixture
def world(monkeypatch: pytest.MonkeyPatch) -> InMemory:
    world = in_memory()

    async def read_back(conn: Any, _tenant_id: UUID, aggregate_id: UUID) -> ReadBack:
        stream = await world.store.read_stream(conn, aggregate_id)
        return ReadBack(id=aggregate_id, version=stream[-1].sequence)

    monkeypatch.setattr(planning_queries, "worksite", read_back)
    monkeypatch.setattr(sav_queries, "ticket", read_back)
    return world


@pytest.fixture
def container(world: InMemory) -> Container:
    return Container(
        pool=None,  # type: ignore[arg-type]  # handlers read through their transaction only
        pipeline=world.pipeline,
        default_timezone="Europe/Paris",
        render_sheet=lambda _sheet: b"%PDF",
    )


async def a_worksite(world: InMemory, tenant: UUID = TENANT) -> UUID:
    worksite = Worksite.open(uuid4(), client_id=uuid4(), client_name="Durand Élise")
    await world.given(caller(tenant), worksite)
    return worksite.id


async def test_schedule_records_the_start_date(world: InMemory, container: Container) -> None:
    worksite_id = await a_worksite(world)
    done = await worksites.schedule(
        container, caller(TENANT), worksite_id, ScheduleWorksite(date(2030, 3, 4)), expected=1
    )
    assert done == ReadBack(id=worksite_id, version=2)
    assert world.recorded(worksite_id) == ["WorksiteOpened", "WorksiteScheduled"]


async def test_a_closed_worksite_cannot_be_scheduled(world: InMemory, container: Container) -> None:
    worksite_id = await a_worksite(world)
    await worksites.close(container, caller(TENANT), worksite_id, None)
    with pytest.raises(WorksiteClosedError):
        await worksites.schedule(
            container, caller(TENANT), worksite_id, ScheduleWorksite(date(2030, 3, 4)), None
        )
    assert world.recorded(worksite_id) == ["WorksiteOpened", "WorksiteClosed"]


async def test_a_stale_if_match_gives_the_current_version(
    world: InMemory, container: Container
) -> None:
    worksite_id = await a_worksite(world)
    with pytest.raises(es.StaleVersionError) as raised:
        await worksites.close(container, caller(TENANT), worksite_id, 3)
    assert raised.value.current_version == 1


async def test_another_tenants_ticket_is_not_found(world: InMemory, container: Container) -> None:
    ticket = SavTicket.open(uuid4(), client_id=uuid4(), client_name="Durand", title="Fuite")
    await world.given(caller(uuid4()), ticket)
    with pytest.raises(SavTicketNotFoundError):
        await sav.observe(container, caller(TENANT), ticket.id, AddObservation("Vu"), None, None)
    assert world.recorded(ticket.id) == ["SavTicketOpened"]


async def test_an_observation_is_recorded_once_for_a_retried_key(
    world: InMemory, container: Container
) -> None:
    ticket = SavTicket.open(uuid4(), client_id=uuid4(), client_name="Durand", title="Fuite")
    await world.given(caller(TENANT), ticket)
    idem = es.Idempotency("clé", es.fingerprint("POST", "observations", "Vu"), render=repr)
    first = await sav.observe(
        container, caller(TENANT), ticket.id, AddObservation("Vu"), None, idem
    )
    again = await sav.observe(
        container, caller(TENANT), ticket.id, AddObservation("Vu"), None, idem
    )
    assert again == es.Replay(201, repr(first))
    assert world.recorded(ticket.id) == ["SavTicketOpened", "SavObservationAdded"]


async def an_intervention(world: InMemory, operator: UUID) -> UUID:
    slot = Slot(datetime(2030, 3, 4, 8, tzinfo=UTC), datetime(2030, 3, 4, 12, tzinfo=UTC))
    intervention = Intervention.plan(
        uuid4(), worksite_id=uuid4(), slot=slot, operator_ids=[operator],
        active_operators={operator},
    )  # fmt: skip
    await world.given(caller(TENANT), intervention)
    return intervention.id


async def test_an_operator_without_the_permission_marks_their_intervention_done(
    world: InMemory, container: Container, monkeypatch: pytest.MonkeyPatch
) -> None:
    operator = uuid4()
    intervention_id = await an_intervention(world, operator)
    monkeypatch.setattr(planning_queries, "intervention", _read_back(world))
    done = interventions.set_state(
        container, caller(TENANT, operator), intervention_id, ChangeState("fait"), None,
        manages=False,
    )  # fmt: skip
    assert await done == ReadBack(id=intervention_id, version=2)
    assert world.recorded(intervention_id) == ["InterventionPlanned", "InterventionStateChanged"]


async def test_without_the_permission_only_fait_by_an_operator_of_it(
    world: InMemory, container: Container
) -> None:
    operator = uuid4()
    intervention_id = await an_intervention(world, operator)
    for who, state in ((operator, "a_faire"), (uuid4(), "fait")):
        with pytest.raises(InterventionStateForbiddenError):
            await interventions.set_state(
                container, caller(TENANT, who), intervention_id, ChangeState(state), None,  # type: ignore[arg-type]
                manages=False,
            )  # fmt: skip
    assert world.recorded(intervention_id) == ["InterventionPlanned"]


def _read_back(world: InMemory) -> Any:
    async def read_back(conn: Any, _tenant_id: UUID, aggregate_id: UUID) -> ReadBack:
        stream = await world.store.read_stream(conn, aggregate_id)
        return ReadBack(id=aggregate_id, version=stream[-1].sequence)

    return read_back


async def a_worksite_with_a_task(world: InMemory) -> tuple[UUID, UUID]:
    worksite = Worksite.open(uuid4(), client_id=uuid4(), client_name="Lefèvre Marc")
    task_id = uuid4()
    worksite.add_task(task_id, "Plomberie", uuid4())
    await world.given(caller(TENANT), worksite)
    return worksite.id, task_id


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch, world: InMemory) -> set[UUID]:
    """The tasks an intervention serves, as the read model would say (from the store)."""

    async def lock_tasks(_conn: Any, _worksite_id: UUID) -> None:
        return None

    async def task_served(_conn: Any, _tenant_id: UUID, task_id: UUID) -> bool:
        return any(e.payload.get("task_id") == str(task_id) for e in world.envelopes()
                   if e.type.endswith("InterventionPlanned"))  # fmt: skip

    monkeypatch.setattr(planning_reads, "lock_tasks", lock_tasks)
    monkeypatch.setattr(planning_reads, "task_served", task_served)

    def written(_svc: Any, meta: es.Metadata, intervention_id: UUID) -> Any:
        return lambda conn: _read_back(world)(conn, meta.tenant_id, intervention_id)

    monkeypatch.setattr(interventions, "_written", written)
    return set()


@pytest.mark.usefixtures("served")
async def test_an_intervention_for_a_task_turns_it_orange_and_keeps_it_on_the_worksite(
    world: InMemory, container: Container
) -> None:
    worksite_id, task_id = await a_worksite_with_a_task(world)
    start = datetime(2030, 3, 4, 8, tzinfo=UTC)
    cmd = PlanIntervention(start, start + timedelta(hours=2), label="Raccordement",
                           task_id=task_id)  # fmt: skip

    await interventions.plan(container, caller(TENANT), worksite_id, cmd, None)

    assert world.recorded(worksite_id)[-1] == "PlanningTaskStateChanged"
    with pytest.raises(TaskInUseError):
        await tasks.remove_task(container, caller(TENANT), worksite_id, task_id, None)
    with pytest.raises(TaskNotFoundError):
        await interventions.plan(
            container, caller(TENANT), worksite_id, replace(cmd, task_id=uuid4()), None
        )


@pytest.mark.usefixtures("served")
async def test_a_tasks_dot_changes_and_an_unserved_task_is_removed(
    world: InMemory, container: Container
) -> None:
    worksite_id, task_id = await a_worksite_with_a_task(world)
    done = ChangeTaskState(task_id, "fait")
    await tasks.set_task_state(container, caller(TENANT), worksite_id, done, expected=2)
    await tasks.remove_task(container, caller(TENANT), worksite_id, task_id, expected=3)
    assert world.recorded(worksite_id) == [
        "WorksiteOpened", "PlanningTaskAdded", "PlanningTaskStateChanged", "PlanningTaskRemoved",
    ]  # fmt: skip
