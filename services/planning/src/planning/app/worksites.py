"""Worksite command handlers: open, schedule, add a task, close."""

from __future__ import annotations

from uuid import UUID, uuid4

import structlog
from ouvrage_events.store.db import Conn
from ouvrage_platform.versioning import check_version

from planning.adapters import client_reads, planning_reads
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
from planning.app.readmodels import WorksitePublic
from planning.domain.commands import AddTask, OpenWorksite, ScheduleWorksite
from planning.domain.errors import (
    ClientNotFoundError,
    ClientTrashedError,
    UnknownCatalogTaskError,
    WorksiteNotFoundError,
)
from planning.domain.worksite import Worksite

log = structlog.get_logger(__name__)


def _view(ctx: Ctx, worksite_id: UUID) -> Build:
    async def build(conn: Conn) -> WorksitePublic:
        return await views_planning.worksite(conn, ctx.tenant_id, worksite_id)

    return build


async def open_worksite(
    svc: Services, ctx: Ctx, cmd: OpenWorksite, idem: Idempotency | None
) -> Answer:
    """Put a client's worksite on the planning by hand."""
    async with svc.uow(ctx.metadata()) as uow:
        if (stored := await replay(uow, ctx, idem)) is not None:
            return stored
        card = await client_reads.client_card(uow.conn, ctx.tenant_id, cmd.client_id)
        if card is None:
            raise ClientNotFoundError()
        if card.trashed:
            raise ClientTrashedError()
        worksite = Worksite.open(
            uuid4(),
            client_id=cmd.client_id,
            client_name=card.display_name,
            title=cmd.title,
            address=cmd.address,
            notes=cmd.notes,
        )
        if cmd.start_date is not None:
            worksite.schedule(cmd.start_date, provisional=cmd.provisional)
        uow.add(worksite)
        answer = await commit(uow, ctx, 201, _view(ctx, worksite.id), idem)
    log.info("worksite.opened", worksite_id=str(worksite.id), client_id=str(cmd.client_id))
    return answer


async def schedule(
    svc: Services, ctx: Ctx, worksite_id: UUID, cmd: ScheduleWorksite, expected: int | None
) -> Answer:
    """Set the worksite's start date, even a provisional one."""
    async with svc.uow(ctx.metadata()) as uow:
        worksite = await load_owned(uow, Worksite, worksite_id, ctx, WorksiteNotFoundError)
        check_version(expected, worksite.version)
        worksite.schedule(cmd.start_date, provisional=cmd.provisional)
        answer = await commit(uow, ctx, 200, _view(ctx, worksite_id))
    log.info("worksite.scheduled", worksite_id=str(worksite_id))
    return answer


async def add_task(
    svc: Services,
    ctx: Ctx,
    worksite_id: UUID,
    cmd: AddTask,
    expected: int | None,
    idem: Idempotency | None,
) -> Answer:
    """Give the worksite a task of the company's catalog."""
    async with svc.uow(ctx.metadata()) as uow:
        if (stored := await replay(uow, ctx, idem)) is not None:
            return stored
        worksite = await load_owned(uow, Worksite, worksite_id, ctx, WorksiteNotFoundError)
        check_version(expected, worksite.version)
        entry = await planning_reads.catalog_task(uow.conn, ctx.tenant_id, cmd.catalog_task_id)
        if entry is None:
            raise UnknownCatalogTaskError()
        worksite.add_task(uuid4(), entry["name"], cmd.catalog_task_id)
        answer = await commit(uow, ctx, 201, _view(ctx, worksite_id), idem)
    log.info("worksite.task_added", worksite_id=str(worksite_id))
    return answer


async def close(svc: Services, ctx: Ctx, worksite_id: UUID, expected: int | None) -> Answer:
    """Close the worksite: it leaves the planning."""
    async with svc.uow(ctx.metadata()) as uow:
        worksite = await load_owned(uow, Worksite, worksite_id, ctx, WorksiteNotFoundError)
        check_version(expected, worksite.version)
        worksite.close()
        answer = await commit(uow, ctx, 200, _view(ctx, worksite_id))
    log.info("worksite.closed", worksite_id=str(worksite_id))
    return answer
