"""SAV and service tickets with their observations (own events, applied inline)."""

from __future__ import annotations

from uuid import UUID

import ouvrage_events as es
from ouvrage_events.catalog.planning import (
    SavObservationAdded,
    SavTicketArchived,
    SavTicketMovedToClient,
    SavTicketOpened,
)
from ouvrage_events.store.db import Conn

sav_view = es.Projection(
    "sav_view",
    ddl="""
    CREATE TABLE IF NOT EXISTS sav_tickets (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        client_id uuid NOT NULL,
        client_name text NOT NULL,
        kind text NOT NULL,
        title text NOT NULL,
        archived boolean NOT NULL DEFAULT false,
        opened_at timestamptz NOT NULL,
        version integer NOT NULL
    );
    CREATE INDEX IF NOT EXISTS sav_tickets_tenant ON sav_tickets (tenant_id, seq);
    CREATE TABLE IF NOT EXISTS sav_observations (
        event_id uuid PRIMARY KEY,
        ticket_id uuid NOT NULL,
        tenant_id uuid NOT NULL,
        text text NOT NULL,
        author_id uuid,
        added_at timestamptz NOT NULL,
        seq bigint GENERATED ALWAYS AS IDENTITY
    );
    CREATE INDEX IF NOT EXISTS sav_observations_ticket ON sav_observations (ticket_id, seq);
    """,
)


async def _observation(conn: Conn, env: es.Envelope, text: str, author_id: UUID | None) -> None:
    await conn.execute(
        """INSERT INTO sav_observations (event_id, ticket_id, tenant_id, text, author_id, added_at)
           VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (event_id) DO NOTHING""",
        env.event_id,
        env.aggregate_id,
        env.tenant_id,
        text,
        author_id,
        env.time,
    )


@sav_view.on(SavTicketOpened)
async def _opened(conn: Conn, e: SavTicketOpened, env: es.Envelope) -> None:
    await conn.execute(
        """INSERT INTO sav_tickets (id, tenant_id, client_id, client_name, kind, title,
               opened_at, version)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING""",
        e.ticket_id,
        env.tenant_id,
        e.client_id,
        e.client_name,
        e.kind,
        e.title,
        env.time,
        env.sequence,
    )
    if e.observations:
        await _observation(conn, env, e.observations, env.actor_id)


@sav_view.on(SavObservationAdded)
async def _observed(conn: Conn, e: SavObservationAdded, env: es.Envelope) -> None:
    await _observation(conn, env, e.observation, e.author_id)
    await conn.execute(
        "UPDATE sav_tickets SET version = greatest(version, $2) WHERE id = $1",
        e.ticket_id,
        env.sequence,
    )


@sav_view.on(SavTicketArchived)
async def _archived(conn: Conn, e: SavTicketArchived, env: es.Envelope) -> None:
    await conn.execute(
        "UPDATE sav_tickets SET archived = true, version = greatest(version, $2) WHERE id = $1",
        e.ticket_id,
        env.sequence,
    )


@sav_view.on(SavTicketMovedToClient)
async def _moved(conn: Conn, e: SavTicketMovedToClient, env: es.Envelope) -> None:
    await conn.execute(
        "UPDATE sav_tickets SET client_id = $2, client_name = $3, title = $4, "
        "version = greatest(version, $5) WHERE id = $1 AND version < $5",
        e.ticket_id,
        e.client_id,
        e.client_name,
        e.title,
        env.sequence,
    )
