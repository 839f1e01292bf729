"""Acceptances, their reserves and the warranty of SAV tickets (own events, applied inline)."""

from __future__ import annotations

import ouvrage_events as es
from ouvrage_events.catalog.planning import (
    ParfaitAchevementReminderDue,
    ReserveLifted,
    SavTicketOpened,
    WorksiteAccepted,
)
from ouvrage_events.store.db import Conn

warranty_view = es.Projection(
    "warranty_view",
    ddl="""
    CREATE TABLE IF NOT EXISTS worksite_acceptances (
        worksite_id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        client_id uuid NOT NULL,
        accepted_on date NOT NULL,
        parfait_achevement_ends_on date NOT NULL,
        biennale_ends_on date NOT NULL,
        decennale_ends_on date NOT NULL,
        open_reserves integer NOT NULL,
        retention_releasable_on date,
        reminded boolean NOT NULL DEFAULT false
    );
    CREATE INDEX IF NOT EXISTS worksite_acceptances_reminders
        ON worksite_acceptances (parfait_achevement_ends_on)
        WHERE open_reserves > 0 AND NOT reminded;
    CREATE TABLE IF NOT EXISTS worksite_reserves (
        reserve_id uuid PRIMARY KEY,
        worksite_id uuid NOT NULL,
        tenant_id uuid NOT NULL,
        text text NOT NULL,
        lifted_on date,
        seq bigint GENERATED ALWAYS AS IDENTITY
    );
    CREATE INDEX IF NOT EXISTS worksite_reserves_worksite ON worksite_reserves (worksite_id, seq);
    CREATE TABLE IF NOT EXISTS sav_warranties (
        ticket_id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        worksite_id uuid NOT NULL,
        disorder text,
        reported_on date NOT NULL,
        guarantees text[] NOT NULL
    );
    """,
)


async def _touch_worksite(conn: Conn, env: es.Envelope) -> None:
    """The worksite's version (its ETag) follows these events too."""
    await conn.execute(
        "UPDATE worksites SET version = greatest(version, $2) WHERE id = $1",
        env.aggregate_id,
        env.sequence,
    )


@warranty_view.on(WorksiteAccepted)
async def _accepted(conn: Conn, e: WorksiteAccepted, env: es.Envelope) -> None:
    await conn.execute(
        """INSERT INTO worksite_acceptances (worksite_id, tenant_id, client_id, accepted_on,
               parfait_achevement_ends_on, biennale_ends_on, decennale_ends_on, open_reserves,
               retention_releasable_on)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (worksite_id) DO NOTHING""",
        e.worksite_id,
        env.tenant_id,
        e.client_id,
        e.accepted_on,
        e.parfait_achevement_ends_on,
        e.biennale_ends_on,
        e.decennale_ends_on,
        e.open_reserves,
        e.retention_releasable_on,
    )
    await conn.executemany(
        """INSERT INTO worksite_reserves (reserve_id, worksite_id, tenant_id, text)
           VALUES ($1, $2, $3, $4) ON CONFLICT (reserve_id) DO NOTHING""",
        [(r.reserve_id, e.worksite_id, env.tenant_id, r.text) for r in e.reserves],
    )
    await _touch_worksite(conn, env)


@warranty_view.on(ReserveLifted)
async def _lifted(conn: Conn, e: ReserveLifted, env: es.Envelope) -> None:
    await conn.execute(
        "UPDATE worksite_reserves SET lifted_on = $2 WHERE reserve_id = $1",
        e.reserve_id,
        e.lifted_on,
    )
    await conn.execute(
        "UPDATE worksite_acceptances SET open_reserves = $2, retention_releasable_on = $3 "
        "WHERE worksite_id = $1",
        e.worksite_id,
        e.open_reserves,
        e.retention_releasable_on,
    )
    await _touch_worksite(conn, env)


@warranty_view.on(ParfaitAchevementReminderDue)
async def _reminded(conn: Conn, e: ParfaitAchevementReminderDue, env: es.Envelope) -> None:
    await conn.execute(
        "UPDATE worksite_acceptances SET reminded = true WHERE worksite_id = $1", e.worksite_id
    )
    await _touch_worksite(conn, env)


@warranty_view.on(SavTicketOpened)
async def _sav_opened(conn: Conn, e: SavTicketOpened, env: es.Envelope) -> None:
    if e.worksite_id is None or e.reported_on is None:
        return
    await conn.execute(
        """INSERT INTO sav_warranties (ticket_id, tenant_id, worksite_id, disorder, reported_on,
               guarantees)
           VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (ticket_id) DO NOTHING""",
        e.ticket_id,
        env.tenant_id,
        e.worksite_id,
        e.disorder,
        e.reported_on,
        list(e.guarantees),
    )
