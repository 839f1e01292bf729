"""Worksite command handlers: open, schedule, add a task, close."""

from __future__ import annotations

from uuid import UUID, uuid4

import ouvrage_events as es
import structlog
from ouvrage_events.store.db import Conn

from planning.adapters import client_reads, planning_reads
from planning.app import planning_queries
from planning.app.container import Container, Outcome, Read
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


def _view(meta: es.Metadata, worksite_id: UUID) -> Read:
    async def build(conn: Conn) -> WorksitePublic:
        return await planning_queries.worksite(conn, meta.tenant_id, worksite_id)

    return build


async def open_worksite(
    svc: Container, meta: es.Metadata, cmd: OpenWorksite, idem: es.Idempotency | None
) -> Outcome:
    """Put a client's worksite on the planning by hand."""
    async with svc.pipeline.command(meta, idempotency=idem) as run:
        if (stored := await run.replay()) is not None:
            return stored
        card = await client_reads.client_card(run.conn, meta.tenant_id, cmd.client_id)
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
        run.add(worksite)
        answer = await run.commit(_view(meta, worksite.id))
    log.info("worksite.opened", worksite_id=str(worksite.id), client_id=str(cmd.client_id))
    return answer


async def schedule(
    svc: Container,
    meta: es.Metadata,
    worksite_id: UUID,
    cmd: ScheduleWorksite,
    expected: int | None,
) -> Outcome:
    """Set the worksite's start date, even a provisional one."""
    answer = await svc.pipeline.update(
        meta,
        Worksite,
        worksite_id,
        lambda worksite: worksite.schedule(cmd.start_date, provisional=cmd.provisional),
        expected_version=expected,
        missing=WorksiteNotFoundError,
        read=_view(meta, worksite_id),
    )
    log.info("worksite.scheduled", worksite_id=str(worksite_id))
    return answer


async def add_task(
    svc: Container,
    meta: es.Metadata,
    worksite_id: UUID,
    cmd: AddTask,
    expected: int | None,
    idem: es.Idempotency | None,
) -> Outcome:
    """Give the worksite a task of the company's catalog."""
    async with svc.pipeline.command(meta, idempotency=idem) as run:
        if (stored := await run.replay()) is not None:
            return stored
        worksite = await run.load(
            Worksite, worksite_id, expected_version=expected, missing=WorksiteNotFoundError
        )
        entry = await planning_reads.catalog_task(run.conn, meta.tenant_id, cmd.catalog_task_id)
        if entry is None:
            raise UnknownCatalogTaskError()
        worksite.add_task(uuid4(), entry["name"], cmd.catalog_task_id)
        answer = await run.commit(_view(meta, worksite_id))
    log.info("worksite.task_added", worksite_id=str(worksite_id))
    return answer


async def close(
    svc: Container, meta: es.Metadata, worksite_id: UUID, expected: int | None
) -> Outcome:
    """Close the worksite: it leaves the planning."""
    answer = await svc.pipeline.update(
        meta,
        Worksite,
        worksite_id,
        Worksite.close,
        expected_version=expected,
        missing=WorksiteNotFoundError,
        read=_view(meta, worksite_id),
    )
    log.info("worksite.closed", worksite_id=str(worksite_id))
    return answer
