"""Worksite task routes (each task's own dot, removal) and the client record's worksites."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from ouvrage_platform.auth import CurrentUserDep
from ouvrage_platform.pagination import DEFAULT_LIMIT, CursorQuery, LimitQuery
from ouvrage_platform.versioning import IfMatchDep

from planning.api.deps import ContainerDep, Manager, caller, respond
from planning.api.models import TaskStateUpdate
from planning.app import board_queries as boards
from planning.app import task_handlers as tasks
from planning.app.readmodels import WorksitePage, WorksitePublic
from planning.domain import commands

router = APIRouter(tags=["worksites"])


@router.put("/worksites/{worksite_id}/tasks/{task_id}/state", response_model=WorksitePublic)
async def set_task_state(
    worksite_id: UUID,
    task_id: UUID,
    body: TaskStateUpdate,
    user: Manager,
    svc: ContainerDep,
    expected: IfMatchDep,
) -> JSONResponse:
    """Change a task's dot: a_faire (red), planifie (orange), fait (green)."""
    cmd = commands.ChangeTaskState(task_id=task_id, state=body.state)
    return respond(await tasks.set_task_state(svc, caller(user), worksite_id, cmd, expected))


@router.delete("/worksites/{worksite_id}/tasks/{task_id}", response_model=WorksitePublic)
async def remove_task(
    worksite_id: UUID, task_id: UUID, user: Manager, svc: ContainerDep, expected: IfMatchDep
) -> JSONResponse:
    """Take a task off the worksite (refused while an intervention serves it)."""
    return respond(await tasks.remove_task(svc, caller(user), worksite_id, task_id, expected))


@router.get("/clients/{client_id}/worksites")
async def client_worksites(
    client_id: UUID,
    user: CurrentUserDep,
    svc: ContainerDep,
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> WorksitePage:
    """The client's worksites, open or closed, with their tasks and interventions (the
    « onglet Planning » of the client record)."""
    return await boards.client_worksites(svc, user.tenant_id, client_id, cursor=cursor, limit=limit)
