"""Reads of the directory projection (identity's companies and users)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from uuid import UUID
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ouvrage_events.store.db import Conn


@dataclass(frozen=True)
class Preferences:
    show_archived_sav: bool = False
    sav_observations_as_tooltips: bool = True


@dataclass(frozen=True)
class Company:
    name: str
    zone: ZoneInfo


def full_name(first_name: str, last_name: str) -> str:
    return " ".join(p for p in (first_name, last_name) if p)


async def active_operator_ids(conn: Conn, tenant_id: UUID, user_ids: Iterable[UUID]) -> set[UUID]:
    """Those of ``user_ids`` that are active planning operators of the tenant (identity's
    is_operator: the people who can be booked on interventions)."""
    rows = await conn.fetch(
        "SELECT user_id FROM directory_users "
        "WHERE tenant_id = $1 AND active AND is_operator AND user_id = ANY($2::uuid[])",
        tenant_id,
        list(user_ids),
    )
    return {r["user_id"] for r in rows}


async def active_user_ids(conn: Conn, tenant_id: UUID, user_ids: Iterable[UUID]) -> set[UUID]:
    """Those of ``user_ids`` that are active users of the tenant."""
    rows = await conn.fetch(
        "SELECT user_id FROM directory_users "
        "WHERE tenant_id = $1 AND active AND user_id = ANY($2::uuid[])",
        tenant_id,
        list(user_ids),
    )
    return {r["user_id"] for r in rows}


async def user_names(conn: Conn, tenant_id: UUID, user_ids: Iterable[UUID]) -> dict[UUID, str]:
    rows = await conn.fetch(
        "SELECT user_id, first_name, last_name FROM directory_users "
        "WHERE tenant_id = $1 AND user_id = ANY($2::uuid[])",
        tenant_id,
        list(set(user_ids)),
    )
    return {r["user_id"]: full_name(r["first_name"], r["last_name"]) for r in rows}


async def user_exists(conn: Conn, tenant_id: UUID, user_id: UUID) -> bool:
    found = await conn.fetchval(
        "SELECT 1 FROM directory_users WHERE tenant_id = $1 AND user_id = $2", tenant_id, user_id
    )
    return bool(found)


async def preferences(conn: Conn, tenant_id: UUID, user_id: UUID) -> Preferences:
    """The user's display preferences; the defaults when identity said nothing yet."""
    row = await conn.fetchrow(
        "SELECT show_archived_sav, sav_observations_as_tooltips FROM directory_users "
        "WHERE tenant_id = $1 AND user_id = $2",
        tenant_id,
        user_id,
    )
    if row is None:
        return Preferences()
    return Preferences(row["show_archived_sav"], row["sav_observations_as_tooltips"])


async def company(conn: Conn, tenant_id: UUID, default_zone: str) -> Company:
    """The company's name and time zone (the default zone when unknown)."""
    row = await conn.fetchrow(
        "SELECT name, timezone FROM directory_tenants WHERE tenant_id = $1", tenant_id
    )
    name, zone = ("", default_zone) if row is None else (row["name"], row["timezone"])
    try:
        return Company(name, ZoneInfo(zone))
    except (ZoneInfoNotFoundError, ValueError):
        return Company(name, ZoneInfo(default_zone))
