"""Intervention command handlers: plan, move, change operators or dot, padlock, remove."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID, uuid4

import ouvrage_events as es
import structlog
from ouvrage_events.pipeline import check_version
from ouvrage_events.store.db import Conn

from planning.adapters import directory_reads, planning_reads
from planning.app import planning_queries
from planning.app.container import Container, Outcome, Read
from planning.app.readmodels import InterventionPublic, InterventionWritten
from planning.domain.commands import ChangeIntervention, ChangeState, PlanIntervention
from planning.domain.errors import (
    InterventionNotFoundError,
    InterventionStateForbiddenError,
    WorksiteNotFoundError,
)
from planning.domain.intervention import Intervention, Slot
from planning.domain.worksite import Worksite

log = structlog.get_logger(__name__)


def _written(svc: Container, meta: es.Metadata, intervention_id: UUID) -> Read:
    async def build(conn: Conn) -> InterventionWritten:
        company = await directory_reads.company(conn, meta.tenant_id, svc.default_timezone)
        return await planning_queries.intervention_written(
            conn, meta.tenant_id, intervention_id, company.zone
        )

    return build


def _view(meta: es.Metadata, intervention_id: UUID) -> Read:
    async def build(conn: Conn) -> InterventionPublic:
        return await planning_queries.intervention(conn, meta.tenant_id, intervention_id)

    return build


async def _active(run: es.Command, operator_ids: Sequence[UUID] | None) -> set[UUID]:
    if not operator_ids:
        return set()
    return await directory_reads.active_operator_ids(run.conn, run.tenant_id, operator_ids)


async def plan(
    svc: Container,
    meta: es.Metadata,
    worksite_id: UUID,
    cmd: PlanIntervention,
    idem: es.Idempotency | None,
) -> Outcome:
    """Book operators on a worksite; double bookings come back as warnings."""
    async with svc.pipeline.command(meta, idempotency=idem) as run:
        if (stored := await run.replay()) is not None:
            return stored
        if cmd.task_id is not None:
            await planning_reads.lock_tasks(run.conn, worksite_id)
        worksite = await run.load(Worksite, worksite_id, missing=WorksiteNotFoundError)
        worksite.ensure_open()
        if cmd.task_id is not None:
            worksite.serve_task(cmd.task_id)  # a task « à faire » turns orange
        intervention = Intervention.plan(
            uuid4(),
            worksite_id=worksite_id,
            slot=Slot(cmd.starts_at, cmd.ends_at),
            operator_ids=cmd.operator_ids,
            active_operators=await _active(run, cmd.operator_ids),
            label=cmd.label,
            state=cmd.state,
            task_id=cmd.task_id,
        )
        run.add(intervention)
        answer = await run.commit(_written(svc, meta, intervention.id))
    log.info(
        "intervention.planned", intervention_id=str(intervention.id), worksite_id=str(worksite_id)
    )
    return answer


async def change(
    svc: Container,
    meta: es.Metadata,
    intervention_id: UUID,
    cmd: ChangeIntervention,
    expected: int | None,
) -> Outcome:
    """Move the slot and/or change the operators (refused while locked)."""
    async with svc.pipeline.command(meta) as run:
        intervention = await _load(run, intervention_id, expected)
        intervention.reschedule(
            starts_at=cmd.starts_at,
            ends_at=cmd.ends_at,
            operator_ids=cmd.operator_ids,
            active_operators=await _active(run, cmd.operator_ids),
        )
        answer = await run.commit(_written(svc, meta, intervention_id))
    log.info("intervention.rescheduled", intervention_id=str(intervention_id))
    return answer


async def set_state(
    svc: Container,
    meta: es.Metadata,
    intervention_id: UUID,
    cmd: ChangeState,
    expected: int | None,
    *,
    manages: bool = True,
) -> Outcome:
    """Change the dot: à faire, planifié, fait (allowed while locked); without the planning
    permission (``manages``), only an operator of the intervention marking it done."""
    async with svc.pipeline.command(meta) as run:
        intervention = await _load(run, intervention_id, expected)
        if manages:
            intervention.change_state(cmd.state)
        elif cmd.state == "fait" and meta.actor_id is not None:
            intervention.mark_done_by_operator(meta.actor_id)
        else:
            raise InterventionStateForbiddenError()
        answer = await run.commit(_view(meta, intervention_id))
    log.info("intervention.state_changed", intervention_id=str(intervention_id), state=cmd.state)
    return answer


async def lock(
    svc: Container, meta: es.Metadata, intervention_id: UUID, expected: int | None, *, locked: bool
) -> Outcome:
    """Close (``locked``) or open the padlock."""
    async with svc.pipeline.command(meta) as run:
        intervention = await _load(run, intervention_id, expected)
        if locked:
            intervention.lock()
        else:
            intervention.unlock()
        answer = await run.commit(_view(meta, intervention_id))
    log.info("intervention.padlock", intervention_id=str(intervention_id), locked=locked)
    return answer


async def remove(
    svc: Container, meta: es.Metadata, intervention_id: UUID, expected: int | None
) -> None:
    """Take the intervention off the planning (refused while locked)."""
    async with svc.pipeline.command(meta) as run:
        intervention = await _load(run, intervention_id, expected)
        intervention.remove()
        await run.commit()
    log.info("intervention.removed", intervention_id=str(intervention_id))


async def _load(run: es.Command, intervention_id: UUID, expected: int | None) -> Intervention:
    intervention = await run.load(Intervention, intervention_id, missing=InterventionNotFoundError)
    if intervention.removed:
        raise InterventionNotFoundError()
    check_version(expected, intervention.version)
    return intervention
