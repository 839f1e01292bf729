"""Read queries over the read models (the API's reads and the scheduler's)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

import asyncpg
from ouvrage_events.store.db import Conn

from actions.app.records import ActionFilters, ActionRecord, ActionTypeRecord, DueCandidate
from actions.domain.times import DEFAULT_TIMEZONE

Reader = Conn | asyncpg.Pool

# The client's current name when known (it may have changed since the action's events).
_ACTION_SELECT = f"""
SELECT a.id, a.tenant_id, a.client_id,
       COALESCE(NULLIF(c.display_name, ''), a.client_name) AS client_name, a.client_pending,
       a.action_type_id, a.type_name, a.note, a.alert_at,
       COALESCE(t.timezone, '{DEFAULT_TIMEZONE}') AS timezone, a.assignee_id, a.shared_with,
       a.status, a.response, a.response_comment, a.cancel_reason, a.needs_reassignment,
       a.due_alert_at, a.created_by, a.created_at, a.updated_at, a.version,
       ra.rule_id, COALESCE(ra.rule_name, '') AS rule_name
FROM actions a
LEFT JOIN known_clients c ON c.id = a.client_id AND c.tenant_id = a.tenant_id
LEFT JOIN rule_actions ra ON ra.action_id = a.id
LEFT JOIN tenants t ON t.id = a.tenant_id
"""

_TYPE_COLUMNS = "id, tenant_id, name, responses, retired, version, created_at, updated_at"


def _action(row: asyncpg.Record) -> ActionRecord:
    values = dict(row)
    values["shared_with"] = list(values["shared_with"] or [])
    return ActionRecord(**values)


def _type(row: asyncpg.Record) -> ActionTypeRecord:
    values = dict(row)
    values["responses"] = list(values["responses"] or [])
    return ActionTypeRecord(**values)


async def fetch_action(db: Reader, tenant_id: UUID, action_id: UUID) -> ActionRecord | None:
    row = await db.fetchrow(
        _ACTION_SELECT + "WHERE a.id = $1 AND a.tenant_id = $2", action_id, tenant_id
    )
    return None if row is None else _action(row)


def _where(tenant_id: UUID, filters: ActionFilters) -> tuple[list[str], list[Any]]:
    clauses: list[str] = ["a.tenant_id = $1"]
    params: list[Any] = [tenant_id]

    def add(template: str, value: Any) -> None:
        params.append(value)
        clauses.append(template.format(f"${len(params)}"))

    if filters.assigned_to is not None:
        add("a.assignee_id = {}", filters.assigned_to)
    if filters.shared_with is not None:
        add("a.shared_with @> ARRAY[{}]::uuid[]", filters.shared_with)
    if filters.client_id is not None:
        add("a.client_id = {}", filters.client_id)
    if filters.status is not None:
        add("a.status = {}", filters.status)
    if filters.overdue_at is not None:
        add("a.status = 'open' AND a.alert_at <= {}", filters.overdue_at)
    return clauses, params


async def list_actions(
    db: Reader,
    tenant_id: UUID,
    filters: ActionFilters,
    *,
    limit: int,
    after: tuple[datetime, UUID] | None = None,
) -> list[ActionRecord]:
    """Actions by alert time then id, after the ``after`` position; ``limit`` of them."""
    clauses, params = _where(tenant_id, filters)
    if after is not None:
        params.extend(after)
        clauses.append(f"(a.alert_at, a.id) > (${len(params) - 1}, ${len(params)})")
    params.append(limit)
    sql = (
        _ACTION_SELECT
        + "WHERE "
        + " AND ".join(clauses)
        + f" ORDER BY a.alert_at, a.id LIMIT ${len(params)}"
    )
    return [_action(r) for r in await db.fetch(sql, *params)]


async def fetch_type(db: Reader, tenant_id: UUID, action_type_id: UUID) -> ActionTypeRecord | None:
    row = await db.fetchrow(
        f"SELECT {_TYPE_COLUMNS} FROM action_types WHERE id = $1 AND tenant_id = $2",
        action_type_id,
        tenant_id,
    )
    return None if row is None else _type(row)


async def list_types(
    db: Reader,
    tenant_id: UUID,
    *,
    include_retired: bool,
    limit: int,
    after: tuple[str, UUID] | None = None,
) -> list[ActionTypeRecord]:
    """Action types by name then id."""
    clauses: list[str] = ["tenant_id = $1"]
    params: list[Any] = [tenant_id]
    if not include_retired:
        clauses.append("NOT retired")
    if after is not None:
        params.extend(after)
        clauses.append(f"(name, id) > (${len(params) - 1}, ${len(params)})")
    params.append(limit)
    sql = (
        f"SELECT {_TYPE_COLUMNS} FROM action_types WHERE "
        + " AND ".join(clauses)
        + f" ORDER BY name, id LIMIT ${len(params)}"
    )
    return [_type(r) for r in await db.fetch(sql, *params)]


async def due_candidates(db: Reader, now: datetime, limit: int) -> list[DueCandidate]:
    """Open actions whose alert time has come and whose ``ActionDue`` is not yet recorded."""
    rows = await db.fetch(
        """SELECT a.id, a.tenant_id, COALESCE(NULLIF(c.display_name, ''), a.client_name) AS name
           FROM actions a
           LEFT JOIN known_clients c ON c.id = a.client_id AND c.tenant_id = a.tenant_id
           WHERE a.status = 'open' AND a.alert_at <= $1
             AND a.due_alert_at IS DISTINCT FROM a.alert_at
           ORDER BY a.alert_at LIMIT $2""",
        now,
        limit,
    )
    return [DueCandidate(r["id"], r["tenant_id"], r["name"]) for r in rows]


async def next_alert(db: Reader) -> datetime | None:
    """The nearest alert time not yet recorded as due, if any."""
    value = await db.fetchval(
        "SELECT min(alert_at) FROM actions WHERE status = 'open' "
        "AND due_alert_at IS DISTINCT FROM alert_at"
    )
    return value if isinstance(value, datetime) else None
