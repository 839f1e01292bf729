"""The acceptance handlers on the in-memory store: through the pipeline, the events recorded
(no PostgreSQL, no Kafka; the read-back is faked)."""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID, uuid4

import ouvrage_events as es
import pytest
from ouvrage_testing.memory import InMemory, caller, in_memory
from planning.app import warranty_handlers as warranty
from planning.app import warranty_queries
from planning.app.container import Container
from planning.domain.commands import AcceptWorksite, LiftReserve
from planning.domain.errors import WorksiteAlreadyAcceptedError, WorksiteNotFoundError
from planning.domain.worksite import Worksite
from pydantic import BaseModel

TENANT = uuid4()


class ReadBack(BaseModel):
    id: UUID
    version: int


@pytest.fixture
def world(monkeypatch: pytest.MonkeyPatch) -> InMemory:
    world = in_memory()

    async def read_back(conn: Any, _tenant_id: UUID, aggregate_id: UUID) -> ReadBack:
        stream = await world.store.read_stream(conn, aggregate_id)
        return ReadBack(id=aggregate_id, version=stream[-1].sequence)

    monkeypatch.setattr(warranty_queries, "acceptance", read_back)
    return world


@pytest.fixture
def container(world: InMemory) -> Container:
    return Container(
        pool=None,  # type: ignore[arg-type]  # handlers read through their transaction only
        pipeline=world.pipeline,
        default_timezone="Europe/Paris",
        render_sheet=lambda _sheet: b"%PDF",
    )


async def a_worksite(world: InMemory, tenant: UUID = TENANT) -> Worksite:
    worksite = Worksite.open(uuid4(), client_id=uuid4(), client_name="Durand Élise")
    await world.given(caller(tenant), worksite)
    return worksite


async def test_accept_then_lift_the_reserve(world: InMemory, container: Container) -> None:
    site = await a_worksite(world)
    cmd = AcceptWorksite(date(2026, 3, 2), ["Joint fissuré"])
    done = await warranty.accept(container, caller(TENANT), site.id, cmd, expected=1)
    assert done == ReadBack(id=site.id, version=2)
    envelopes = await world.store.read_stream(None, site.id)
    reserve = UUID(envelopes[-1].payload["reserves"][0]["reserve_id"])
    lifted = LiftReserve(date(2026, 3, 9))
    await warranty.lift_reserve(container, caller(TENANT), site.id, reserve, lifted, expected=2)
    assert world.recorded(site.id) == ["WorksiteOpened", "WorksiteAccepted", "ReserveLifted"]


async def test_a_second_acceptance_or_another_tenant_is_refused(
    world: InMemory, container: Container
) -> None:
    site = await a_worksite(world)
    cmd = AcceptWorksite(date(2026, 3, 2))
    await warranty.accept(container, caller(TENANT), site.id, cmd, expected=None)
    with pytest.raises(WorksiteAlreadyAcceptedError):
        await warranty.accept(container, caller(TENANT), site.id, cmd, expected=None)
    with pytest.raises(WorksiteNotFoundError):
        await warranty.accept(container, caller(uuid4()), site.id, cmd, expected=None)
    with pytest.raises(es.StaleVersionError):
        await warranty.accept(container, caller(TENANT), site.id, cmd, expected=1)
    assert world.recorded(site.id) == ["WorksiteOpened", "WorksiteAccepted"]
