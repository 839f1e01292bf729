"""Queries of SAV tickets, the home page and the task catalog."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypeAlias
from uuid import UUID

from ouvrage_events.store.db import Conn
from ouvrage_platform.cursors import decode_cursor, encode_cursor

from planning.adapters import directory_reads, planning_reads, sav_reads
from planning.app import warranty_queries
from planning.app.readmodels import (
    CatalogPage,
    CatalogTaskPublic,
    HomeItem,
    HomePreferences,
    HomePublic,
    ObservationPublic,
    SavPage,
    SavPublic,
)
from planning.app.warranty_readmodels import SavWarrantyPublic
from planning.domain.errors import SavTicketNotFoundError

if TYPE_CHECKING:
    import asyncpg

    Row: TypeAlias = asyncpg.Record
else:
    Row = Any


def _position(cursor: str | None) -> int | None:
    return None if cursor is None else int(decode_cursor(cursor).get("s", 0))


def _next(rows: Sequence[Row], limit: int) -> str | None:
    return encode_cursor({"s": rows[limit - 1]["seq"]}) if len(rows) > limit else None


def _sav_public(
    row: Row, observations: Sequence[Row], warranties: dict[UUID, SavWarrantyPublic]
) -> SavPublic:
    return SavPublic(
        id=row["id"],
        client_id=row["client_id"],
        client_name=row["client_name"],
        kind=row["kind"],
        title=row["title"],
        archived=row["archived"],
        opened_at=row["opened_at"],
        observations=[
            ObservationPublic(text=o["text"], author_id=o["author_id"], added_at=o["added_at"])
            for o in observations
            if o["ticket_id"] == row["id"]
        ],
        version=row["version"],
        warranty=warranties.get(row["id"]),
    )


async def ticket(conn: Conn, tenant_id: UUID, ticket_id: UUID) -> SavPublic:
    row = await sav_reads.ticket(conn, tenant_id, ticket_id)
    if row is None:
        raise SavTicketNotFoundError()
    warranties = await warranty_queries.sav_warranties(conn, [ticket_id])
    return _sav_public(row, await sav_reads.observations(conn, [ticket_id]), warranties)


async def tickets(
    conn: Conn,
    tenant_id: UUID,
    *,
    include_archived: bool,
    client_id: UUID | None,
    cursor: str | None,
    limit: int,
) -> SavPage:
    """The tenant's SAV and service tickets, newest first."""
    rows = await sav_reads.tickets(
        conn,
        tenant_id,
        include_archived=include_archived,
        client_id=client_id,
        before_seq=_position(cursor),
        limit=limit + 1,
    )
    ids = [r["id"] for r in rows[:limit]]
    observations = await sav_reads.observations(conn, ids)
    warranties = await warranty_queries.sav_warranties(conn, ids)
    return SavPage(
        items=[_sav_public(r, observations, warranties) for r in rows[:limit]],
        next_cursor=_next(rows, limit),
    )


def _home_item(
    row: Row,
    tooltips: dict[UUID, list[str]],
    with_tooltips: bool,
    warranties: dict[UUID, SavWarrantyPublic],
) -> HomeItem:
    return HomeItem(
        id=row["id"],
        client_id=row["client_id"],
        client_name=row["client_name"],
        kind=row["kind"],
        title=row["title"],
        archived=row["archived"],
        opened_at=row["opened_at"],
        tooltip="\n".join(tooltips.get(row["id"], [])) if with_tooltips else None,
        warranty=warranties.get(row["id"]),
    )


async def home(
    conn: Conn, tenant_id: UUID, user_id: UUID, *, cursor: str | None, limit: int
) -> HomePublic:
    """The SAV and services of the company, as the user's preferences want them shown.

    Those of a client in the trash are left out until the client is restored.
    """
    prefs = await directory_reads.preferences(conn, tenant_id, user_id)
    rows = await sav_reads.tickets(
        conn,
        tenant_id,
        include_archived=prefs.show_archived_sav,
        client_id=None,
        before_seq=_position(cursor),
        limit=limit + 1,
        hide_trashed=True,
    )
    shown = rows[:limit]
    tooltips: dict[UUID, list[str]] = {}
    if prefs.sav_observations_as_tooltips:
        for o in await sav_reads.observations(conn, [r["id"] for r in shown]):
            tooltips.setdefault(o["ticket_id"], []).append(o["text"])
    warranties = await warranty_queries.sav_warranties(conn, [r["id"] for r in shown])
    with_tooltips = prefs.sav_observations_as_tooltips
    items = [_home_item(r, tooltips, with_tooltips, warranties) for r in shown]
    preferences = HomePreferences(
        show_archived_sav=prefs.show_archived_sav,
        sav_observations_as_tooltips=prefs.sav_observations_as_tooltips,
    )
    return HomePublic(preferences=preferences, items=items, next_cursor=_next(rows, limit))


async def catalog(conn: Conn, tenant_id: UUID, *, cursor: str | None, limit: int) -> CatalogPage:
    """The tenant's task catalog, in the order tasks were added."""
    rows = await planning_reads.catalog_page(conn, tenant_id, _position(cursor) or 0, limit + 1)
    items = [
        CatalogTaskPublic(id=r["id"], name=r["name"], seeded=r["seeded"]) for r in rows[:limit]
    ]
    return CatalogPage(items=items, next_cursor=_next(rows, limit))


async def catalog_task(conn: Conn, tenant_id: UUID, task_id: UUID) -> CatalogTaskPublic:
    row = await planning_reads.catalog_task(conn, tenant_id, task_id)
    assert row is not None, "catalog task just added"
    return CatalogTaskPublic(id=row["id"], name=row["name"], seeded=row["seeded"])
