"""Intervention command handlers: plan, move, change operators or dot, padlock, remove."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID, uuid4

import ouvrage_events as es
import structlog
from ouvrage_events.store.db import Conn
from ouvrage_platform.versioning import check_version

from planning.adapters import directory_reads
from planning.app import views_planning
from planning.app.context import (
    Answer,
    Build,
    Ctx,
    Idempotency,
    Services,
    commit,
    load_owned,
    replay,
)
from planning.app.readmodels import InterventionPublic, InterventionWritten
from planning.domain.commands import ChangeIntervention, ChangeState, PlanIntervention
from planning.domain.errors import InterventionNotFoundError, WorksiteNotFoundError
from planning.domain.intervention import Intervention, Slot
from planning.domain.worksite import Worksite

log = structlog.get_logger(__name__)


def _written(svc: Services, ctx: Ctx, intervention_id: UUID) -> Build:
    async def build(conn: Conn) -> InterventionWritten:
        company = await directory_reads.company(conn, ctx.tenant_id, svc.default_timezone)
        return await views_planning.intervention_written(
            conn, ctx.tenant_id, intervention_id, company.zone
        )

    return build


def _view(ctx: Ctx, intervention_id: UUID) -> Build:
    async def build(conn: Conn) -> InterventionPublic:
        return await views_planning.intervention(conn, ctx.tenant_id, intervention_id)

    return build


async def _active(uow: es.UnitOfWork, ctx: Ctx, operator_ids: Sequence[UUID] | None) -> set[UUID]:
    if not operator_ids:
        return set()
    return await directory_reads.active_operator_ids(uow.conn, ctx.tenant_id, operator_ids)


async def plan(
    svc: Services, ctx: Ctx, worksite_id: UUID, cmd: PlanIntervention, idem: Idempotency | None
) -> Answer:
    """Book operators on a worksite; double bookings come back as warnings."""
    async with svc.uow(ctx.metadata()) as uow:
        if (stored := await replay(uow, ctx, idem)) is not None:
            return stored
        worksite = await load_owned(uow, Worksite, worksite_id, ctx, WorksiteNotFoundError)
        worksite.ensure_open()
        intervention = Intervention.plan(
            uuid4(),
            worksite_id=worksite_id,
            slot=Slot(cmd.starts_at, cmd.ends_at),
            operator_ids=cmd.operator_ids,
            active_operators=await _active(uow, ctx, cmd.operator_ids),
            label=cmd.label,
            state=cmd.state,
        )
        uow.add(intervention)
        answer = await commit(uow, ctx, 201, _written(svc, ctx, intervention.id), idem)
    log.info(
        "intervention.planned", intervention_id=str(intervention.id), worksite_id=str(worksite_id)
    )
    return answer


async def change(
    svc: Services, ctx: Ctx, intervention_id: UUID, cmd: ChangeIntervention, expected: int | None
) -> Answer:
    """Move the slot and/or change the operators (refused while locked)."""
    async with svc.uow(ctx.metadata()) as uow:
        intervention = await _load(uow, ctx, intervention_id, expected)
        intervention.reschedule(
            starts_at=cmd.starts_at,
            ends_at=cmd.ends_at,
            operator_ids=cmd.operator_ids,
            active_operators=await _active(uow, ctx, cmd.operator_ids),
        )
        answer = await commit(uow, ctx, 200, _written(svc, ctx, intervention_id))
    log.info("intervention.rescheduled", intervention_id=str(intervention_id))
    return answer


async def set_state(
    svc: Services, ctx: Ctx, intervention_id: UUID, cmd: ChangeState, expected: int | None
) -> Answer:
    """Change the dot: à faire, planifié, fait (allowed while locked)."""
    async with svc.uow(ctx.metadata()) as uow:
        intervention = await _load(uow, ctx, intervention_id, expected)
        intervention.change_state(cmd.state)
        answer = await commit(uow, ctx, 200, _view(ctx, intervention_id))
    log.info("intervention.state_changed", intervention_id=str(intervention_id), state=cmd.state)
    return answer


async def lock(
    svc: Services, ctx: Ctx, intervention_id: UUID, expected: int | None, *, locked: bool
) -> Answer:
    """Close (``locked``) or open the padlock."""
    async with svc.uow(ctx.metadata()) as uow:
        intervention = await _load(uow, ctx, intervention_id, expected)
        if locked:
            intervention.lock()
        else:
            intervention.unlock()
        answer = await commit(uow, ctx, 200, _view(ctx, intervention_id))
    log.info("intervention.padlock", intervention_id=str(intervention_id), locked=locked)
    return answer


async def remove(svc: Services, ctx: Ctx, intervention_id: UUID, expected: int | None) -> None:
    """Take the intervention off the planning (refused while locked)."""
    async with svc.uow(ctx.metadata()) as uow:
        intervention = await _load(uow, ctx, intervention_id, expected)
        intervention.remove()
        await uow.commit()
    log.info("intervention.removed", intervention_id=str(intervention_id))


async def _load(
    uow: es.UnitOfWork, ctx: Ctx, intervention_id: UUID, expected: int | None
) -> Intervention:
    intervention = await load_owned(
        uow, Intervention, intervention_id, ctx, InterventionNotFoundError
    )
    if intervention.removed:
        raise InterventionNotFoundError()
    check_version(expected, intervention.version)
    return intervention
