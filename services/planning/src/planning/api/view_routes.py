"""Read views: the planning, an operator's agenda, the home page."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query
from ouvrage_platform.auth import CurrentUserDep
from ouvrage_platform.inputs import BoundedDate, IsoWeek
from ouvrage_platform.pagination import DEFAULT_LIMIT, CursorQuery, LimitQuery

from planning.api.deps import ContainerDep
from planning.app import board_queries as boards
from planning.app.readmodels import AgendaPublic, HomePublic, PlanningPage

router = APIRouter(tags=["views"])


@router.get("/planning")
async def get_planning(
    user: CurrentUserDep,
    svc: ContainerDep,
    from_: Annotated[BoundedDate | None, Query(alias="from", description="Premier jour")] = None,
    to: Annotated[BoundedDate | None, Query(description="Dernier jour")] = None,
    client_id: Annotated[UUID | None, Query(description="Les chantiers d'un client")] = None,
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> PlanningPage:
    """The planning: worksites by start date (earliest first, undated last) with their tasks,
    interventions, dots and padlocks."""
    return await boards.planning(
        svc,
        user.tenant_id,
        first=from_,
        last=to,
        cursor=cursor,
        limit=limit,
        client_id=client_id,
    )


@router.get("/operators/{user_id}/agenda")
async def get_agenda(
    user_id: UUID,
    user: CurrentUserDep,
    svc: ContainerDep,
    week: Annotated[IsoWeek | None, Query(description="Semaine ISO, ex. 2026-W49")] = None,
) -> AgendaPublic:
    """An operator's interventions of a week."""
    return await boards.agenda(svc, user.tenant_id, user_id, week)


@router.get("/home")
async def get_home(
    user: CurrentUserDep,
    svc: ContainerDep,
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> HomePublic:
    """The SAV and services of the company, per the caller's display preferences."""
    return await boards.home(svc, user.tenant_id, user.id, cursor=cursor, limit=limit)
