"""Worksite task handlers: a task's own dot, and taking a task off while nothing serves it."""

from __future__ import annotations

from uuid import UUID

import ouvrage_events as es
import structlog
from ouvrage_events.store.db import Conn

from planning.adapters import planning_reads
from planning.app import planning_queries
from planning.app.container import Container, Outcome, Read
from planning.app.readmodels import WorksitePublic
from planning.domain.commands import ChangeTaskState
from planning.domain.errors import WorksiteNotFoundError
from planning.domain.worksite import Worksite

log = structlog.get_logger(__name__)


def _view(meta: es.Metadata, worksite_id: UUID) -> Read:
    async def build(conn: Conn) -> WorksitePublic:
        return await planning_queries.worksite(conn, meta.tenant_id, worksite_id)

    return build


async def set_task_state(
    svc: Container,
    meta: es.Metadata,
    worksite_id: UUID,
    cmd: ChangeTaskState,
    expected: int | None,
) -> Outcome:
    """Change a task's dot: à faire (red), planifié (orange), fait (green)."""
    answer = await svc.pipeline.update(
        meta,
        Worksite,
        worksite_id,
        lambda worksite: worksite.change_task_state(cmd.task_id, cmd.state),
        expected_version=expected,
        missing=WorksiteNotFoundError,
        read=_view(meta, worksite_id),
    )
    log.info("worksite.task_state_changed", worksite_id=str(worksite_id), state=cmd.state)
    return answer


async def remove_task(
    svc: Container, meta: es.Metadata, worksite_id: UUID, task_id: UUID, expected: int | None
) -> Outcome:
    """Take a task off the worksite; refused while an intervention serves it."""
    async with svc.pipeline.command(meta) as run:
        await planning_reads.lock_tasks(run.conn, worksite_id)
        worksite = await run.load(
            Worksite, worksite_id, expected_version=expected, missing=WorksiteNotFoundError
        )
        served = await planning_reads.task_served(run.conn, meta.tenant_id, task_id)
        worksite.remove_task(task_id, served=served)
        answer = await run.commit(_view(meta, worksite_id))
    log.info("worksite.task_removed", worksite_id=str(worksite_id), task_id=str(task_id))
    return answer
