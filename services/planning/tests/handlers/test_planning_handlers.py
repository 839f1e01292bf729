"""The planning command handlers on the in-memory store: given events, when a command through
the pipeline, then the events recorded or the error (no PostgreSQL, no Kafka; the read-backs
are faked)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any
from uuid import UUID, uuid4

import ouvrage_events as es
import pytest
from ouvrage_testing.memory import InMemory, caller, in_memory
from planning.app import intervention_handlers as interventions
from planning.app import planning_queries, sav_queries
from planning.app import sav_handlers as sav
from planning.app import worksite_handlers as worksites
from planning.app.container import Container
from planning.domain.commands import AddObservation, ChangeState, ScheduleWorksite
from planning.domain.errors import (
    InterventionStateForbiddenError,
    SavTicketNotFoundError,
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
