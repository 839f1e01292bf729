"""The read views a user opens: the planning, an operator's week, the home page."""

from __future__ import annotations

from datetime import date, datetime
from uuid import UUID

from planning.adapters import directory_reads
from planning.app import planning_queries, sav_queries
from planning.app.container import Container
from planning.app.readmodels import AgendaPublic, HomePublic, PlanningPage, WorksitePage
from planning.domain.errors import OperatorNotFoundError
from planning.domain.periods import date_range, iso_week, week_of


async def planning(
    svc: Container,
    tenant_id: UUID,
    *,
    first: date | None,
    last: date | None,
    cursor: str | None,
    limit: int,
    client_id: UUID | None = None,
) -> PlanningPage:
    """The company's planning between two optional dates (one client's worksites if named)."""
    first, last = date_range(first, last)
    async with svc.pool.acquire() as conn:
        company = await directory_reads.company(conn, tenant_id, svc.default_timezone)
        return await planning_queries.planning(
            conn,
            tenant_id,
            first=first,
            last=last,
            zone=company.zone,
            cursor=cursor,
            limit=limit,
            client_id=client_id,
        )


async def client_worksites(
    svc: Container, tenant_id: UUID, client_id: UUID, *, cursor: str | None, limit: int
) -> WorksitePage:
    """The client record's « onglet Planning »: its worksites, open or closed."""
    async with svc.pool.acquire() as conn:
        return await planning_queries.client_worksites(
            conn, tenant_id, client_id, cursor=cursor, limit=limit
        )


async def agenda(svc: Container, tenant_id: UUID, user_id: UUID, week: str | None) -> AgendaPublic:
    """An operator's interventions of an ISO week (this week by default)."""
    async with svc.pool.acquire() as conn:
        if not await directory_reads.user_exists(conn, tenant_id, user_id):
            raise OperatorNotFoundError()
        company = await directory_reads.company(conn, tenant_id, svc.default_timezone)
        week = week or week_of(datetime.now(company.zone).date())
        period = iso_week(week, company.zone)
        entries = await planning_queries.agenda_entries(conn, tenant_id, user_id, period)
        names = await directory_reads.user_names(conn, tenant_id, [user_id])
    return AgendaPublic(
        user_id=user_id,
        name=names.get(user_id),
        week=week.strip(),
        first_day=period.first,
        last_day=period.last,
        timezone=company.zone.key,
        interventions=entries,
    )


async def home(
    svc: Container, tenant_id: UUID, user_id: UUID, *, cursor: str | None, limit: int
) -> HomePublic:
    """The SAV and services of the company, shown as the caller's preferences say."""
    async with svc.pool.acquire() as conn:
        return await sav_queries.home(conn, tenant_id, user_id, cursor=cursor, limit=limit)
