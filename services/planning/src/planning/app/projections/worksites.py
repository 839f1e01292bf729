"""Worksites and their tasks, as the planning shows them (own events, applied inline)."""

from __future__ import annotations

import ouvrage_events as es
from ouvrage_events.catalog.clients import Address
from ouvrage_events.catalog.planning import (
    PlanningTaskAdded,
    SiteSheetSent,
    WorksiteClosed,
    WorksiteMovedToClient,
    WorksiteOpened,
    WorksiteScheduled,
)
from ouvrage_events.store.db import Conn

worksites_view = es.Projection(
    "worksites_view",
    ddl="""
    CREATE TABLE IF NOT EXISTS worksites (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        client_id uuid NOT NULL,
        client_name text NOT NULL,
        title text NOT NULL,
        address jsonb NOT NULL,
        address_from_client boolean NOT NULL,
        origin text NOT NULL,
        notes text NOT NULL DEFAULT '',
        start_date date,
        provisional boolean NOT NULL DEFAULT false,
        closed boolean NOT NULL DEFAULT false,
        opened_at timestamptz NOT NULL,
        version integer NOT NULL
    );
    CREATE INDEX IF NOT EXISTS worksites_planning
        ON worksites (tenant_id, (coalesce(start_date, 'infinity'::date)), seq);
    CREATE INDEX IF NOT EXISTS worksites_client ON worksites (tenant_id, client_id);
    CREATE TABLE IF NOT EXISTS worksite_tasks (
        id uuid PRIMARY KEY,
        worksite_id uuid NOT NULL,
        tenant_id uuid NOT NULL,
        name text NOT NULL,
        catalog_task_id uuid,
        seq bigint GENERATED ALWAYS AS IDENTITY
    );
    CREATE INDEX IF NOT EXISTS worksite_tasks_worksite ON worksite_tasks (worksite_id, seq);
    """,
)


async def _touch(conn: Conn, env: es.Envelope) -> None:
    await conn.execute(
        "UPDATE worksites SET version = greatest(version, $2) WHERE id = $1",
        env.aggregate_id,
        env.sequence,
    )


@worksites_view.on(WorksiteOpened)
async def _opened(conn: Conn, e: WorksiteOpened, env: es.Envelope) -> None:
    # A worksite opened from a status follows its client's address; so does one given none.
    follows_client = e.origin == "status" or e.address == Address()
    await conn.execute(
        """INSERT INTO worksites (id, tenant_id, client_id, client_name, title, address,
               address_from_client, origin, notes, opened_at, version)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (id) DO NOTHING""",
        e.worksite_id,
        env.tenant_id,
        e.client_id,
        e.client_name,
        e.title,
        e.address.model_dump(),
        follows_client,
        e.origin,
        e.notes,
        env.time,
        env.sequence,
    )


@worksites_view.on(WorksiteScheduled)
async def _scheduled(conn: Conn, e: WorksiteScheduled, env: es.Envelope) -> None:
    await conn.execute(
        "UPDATE worksites SET start_date = $2, provisional = $3 WHERE id = $1",
        e.worksite_id,
        e.start_date,
        e.provisional,
    )
    await _touch(conn, env)


@worksites_view.on(PlanningTaskAdded)
async def _task_added(conn: Conn, e: PlanningTaskAdded, env: es.Envelope) -> None:
    await conn.execute(
        """INSERT INTO worksite_tasks (id, worksite_id, tenant_id, name, catalog_task_id)
           VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING""",
        e.task_id,
        e.worksite_id,
        env.tenant_id,
        e.name,
        e.catalog_task_id,
    )
    await _touch(conn, env)


@worksites_view.on(WorksiteClosed)
async def _closed(conn: Conn, e: WorksiteClosed, env: es.Envelope) -> None:
    await conn.execute("UPDATE worksites SET closed = true WHERE id = $1", e.worksite_id)
    await _touch(conn, env)


@worksites_view.on(WorksiteMovedToClient)
async def _moved(conn: Conn, e: WorksiteMovedToClient, env: es.Envelope) -> None:
    # An address that followed the old record now follows the kept one.
    await conn.execute(
        "UPDATE worksites SET client_id = $2, client_name = $3, title = $4, address = $5, "
        "notes = $6 WHERE id = $1 AND version < $7",
        e.worksite_id,
        e.client_id,
        e.client_name,
        e.title,
        e.address.model_dump(),
        e.notes,
        env.sequence,
    )
    await _touch(conn, env)


@worksites_view.on(SiteSheetSent)
async def _sheet_sent(conn: Conn, _: SiteSheetSent, env: es.Envelope) -> None:
    await _touch(conn, env)
