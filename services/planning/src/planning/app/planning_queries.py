"""Queries of the planning: worksites, interventions with their dots, agendas, warnings."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeAlias
from uuid import UUID
from zoneinfo import ZoneInfo

from ouvrage_events.catalog.planning import InterventionState
from ouvrage_events.store.db import Conn
from ouvrage_platform.cursors import decode_cursor, encode_cursor

from planning.adapters import directory_reads, planning_reads
from planning.app.readmodels import (
    AddressPublic,
    AgendaEntry,
    DotPublic,
    InterventionPublic,
    InterventionWritten,
    OperatorPublic,
    OverlapWarning,
    PlanningPage,
    TaskPublic,
    WorksitePage,
    WorksitePublic,
)
from planning.domain.dots import colour_of, label_of
from planning.domain.errors import InterventionNotFoundError, WorksiteNotFoundError
from planning.domain.periods import Period

if TYPE_CHECKING:
    import asyncpg

    Row: TypeAlias = asyncpg.Record
else:
    Row = Any
_FIRST = ("-infinity", 0)


def when(moment: datetime, zone: ZoneInfo) -> str:
    """A French date and time in the company's zone: 02/12/2026 08:00."""
    return moment.astimezone(zone).strftime("%d/%m/%Y %H:%M")


def dot(state: InterventionState) -> DotPublic:
    return DotPublic(state=state, colour=colour_of(state), label=label_of(state))


def intervention_public(row: Row, names: Mapping[UUID, str]) -> InterventionPublic:
    return InterventionPublic(
        id=row["id"],
        worksite_id=row["worksite_id"],
        worksite_title=row["worksite_title"],
        label=row["label"],
        starts_at=row["starts_at"],
        ends_at=row["ends_at"],
        operators=[OperatorPublic(id=o, name=names.get(o)) for o in row["operator_ids"]],
        state=row["state"],
        dot=dot(row["state"]),
        locked=row["locked"],
        version=row["version"],
        task_id=row["task_id"],
    )


async def _names(conn: Conn, tenant_id: UUID, rows: Iterable[Row]) -> dict[UUID, str]:
    ids = {o for r in rows for o in r["operator_ids"]}
    return await directory_reads.user_names(conn, tenant_id, ids) if ids else {}


def _worksite_public(
    row: Row, tasks: Sequence[Row], interventions: Sequence[InterventionPublic]
) -> WorksitePublic:
    return WorksitePublic(
        id=row["id"],
        client_id=row["client_id"],
        client_name=row["client_name"],
        title=row["title"],
        address=AddressPublic.model_validate(row["address"] or {}),
        origin=row["origin"],
        notes=row["notes"],
        start_date=row["start_date"],
        provisional=row["provisional"],
        closed=row["closed"],
        on_planning=not row["closed"] and not row["client_trashed"],
        tasks=[
            TaskPublic(
                id=t["id"],
                name=t["name"],
                catalog_task_id=t["catalog_task_id"],
                state=t["state"],
                dot=dot(t["state"]),
            )
            for t in tasks
        ],
        interventions=list(interventions),
        version=row["version"],
    )


async def _assemble(
    conn: Conn, tenant_id: UUID, rows: Sequence[Row], period: Period | None
) -> list[WorksitePublic]:
    ids = [r["id"] for r in rows]
    task_rows = await planning_reads.tasks(conn, ids)
    starts, ends = (period.starts_at, period.ends_at) if period else (None, None)
    intervention_rows = await planning_reads.interventions(conn, tenant_id, ids, starts, ends)
    names = await _names(conn, tenant_id, intervention_rows)
    return [
        _worksite_public(
            row,
            [t for t in task_rows if t["worksite_id"] == row["id"]],
            [
                intervention_public(i, names)
                for i in intervention_rows
                if i["worksite_id"] == row["id"]
            ],
        )
        for row in rows
    ]


async def worksite(conn: Conn, tenant_id: UUID, worksite_id: UUID) -> WorksitePublic:
    """One worksite of the tenant with all its tasks and interventions."""
    row = await planning_reads.worksite(conn, tenant_id, worksite_id)
    if row is None:
        raise WorksiteNotFoundError()
    (public,) = await _assemble(conn, tenant_id, [row], None)
    return public


async def planning(
    conn: Conn,
    tenant_id: UUID,
    *,
    first: date | None,
    last: date | None,
    zone: ZoneInfo,
    cursor: str | None,
    limit: int,
    client_id: UUID | None = None,
) -> PlanningPage:
    """The planning: worksites by start date (undated last), interventions within the period."""
    after = _FIRST
    if cursor is not None:
        position = decode_cursor(cursor)
        after = (str(position.get("d", _FIRST[0])), int(position.get("s", 0)))
    rows = await planning_reads.planning(conn, tenant_id, last, after, limit + 1, client_id)
    period = _open_period(first, last, zone) if first or last else None
    items = await _assemble(conn, tenant_id, rows[:limit], period)
    next_cursor = None
    if len(rows) > limit:
        last_row = rows[limit - 1]
        next_cursor = encode_cursor({"d": last_row["sort_date"], "s": last_row["seq"]})
    return PlanningPage(items=items, next_cursor=next_cursor)


async def client_worksites(
    conn: Conn, tenant_id: UUID, client_id: UUID, *, cursor: str | None, limit: int
) -> WorksitePage:
    """The client's worksites with their tasks and interventions (« onglet Planning »)."""
    after = int(decode_cursor(cursor).get("s", 0)) if cursor is not None else 0
    rows = await planning_reads.client_worksites(conn, tenant_id, client_id, after, limit + 1)
    items = await _assemble(conn, tenant_id, rows[:limit], None)
    following = encode_cursor({"s": rows[limit - 1]["seq"]}) if len(rows) > limit else None
    return WorksitePage(items=items, next_cursor=following)


def _open_period(first: date | None, last: date | None, zone: ZoneInfo) -> Period:
    # date.min/max would overflow once turned into instants: clamp to far but valid years.
    return Period(first or date(1900, 1, 1), last or date(9998, 12, 31), zone)


async def intervention(conn: Conn, tenant_id: UUID, intervention_id: UUID) -> InterventionPublic:
    row = await planning_reads.intervention(conn, tenant_id, intervention_id)
    if row is None:
        raise InterventionNotFoundError()
    return intervention_public(row, await _names(conn, tenant_id, [row]))


async def intervention_written(
    conn: Conn, tenant_id: UUID, intervention_id: UUID, zone: ZoneInfo
) -> InterventionWritten:
    """The intervention with a warning per operator also booked at an overlapping time."""
    public = await intervention(conn, tenant_id, intervention_id)
    operator_ids = [o.id for o in public.operators]
    others = await planning_reads.overlapping(
        conn, tenant_id, intervention_id, operator_ids, public.starts_at, public.ends_at
    )
    names = {o.id: o.name for o in public.operators}
    warnings = [
        _warning(operator, other, names.get(operator), zone)
        for other in others
        for operator in operator_ids
        if operator in other["operator_ids"]
    ]
    return InterventionWritten(**public.model_dump(), warnings=warnings)


def _warning(operator: UUID, other: Row, name: str | None, zone: ZoneInfo) -> OverlapWarning:
    what = other["label"] or other["worksite_title"]
    message = (
        f"{name or 'Cet opérateur'} est déjà planifié(e) sur « {what} » "
        f"(chantier « {other['worksite_title']} ») du {when(other['starts_at'], zone)} "
        f"au {when(other['ends_at'], zone)}."
    )
    return OverlapWarning(operator_id=operator, other_intervention_id=other["id"], message=message)


async def agenda_entries(
    conn: Conn, tenant_id: UUID, user_id: UUID, period: Period
) -> list[AgendaEntry]:
    """An operator's interventions of the period, with the worksite and client shown."""
    rows = await planning_reads.agenda(conn, tenant_id, user_id, period.starts_at, period.ends_at)
    names = await _names(conn, tenant_id, rows)
    return [
        AgendaEntry(**intervention_public(row, names).model_dump(), client_name=row["client_name"])
        for row in rows
    ]
