"""Interventions with their slot, operators, dot and padlock (own events, applied inline)."""

from __future__ import annotations

import ouvrage_events as es
from ouvrage_events.catalog.planning import (
    InterventionLocked,
    InterventionPlanned,
    InterventionRemoved,
    InterventionRescheduled,
    InterventionStateChanged,
    InterventionUnlocked,
)
from ouvrage_events.store.db import Conn

interventions_view = es.Projection(
    "interventions_view",
    ddl="""
    CREATE TABLE IF NOT EXISTS interventions (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        worksite_id uuid NOT NULL,
        label text NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        operator_ids uuid[] NOT NULL,
        state text NOT NULL,
        locked boolean NOT NULL DEFAULT false,
        version integer NOT NULL
    );
    CREATE INDEX IF NOT EXISTS interventions_worksite
        ON interventions (tenant_id, worksite_id, starts_at);
    CREATE INDEX IF NOT EXISTS interventions_operators ON interventions USING gin (operator_ids);
    ALTER TABLE interventions ADD COLUMN IF NOT EXISTS task_id uuid;
    CREATE INDEX IF NOT EXISTS interventions_task ON interventions (task_id)
        WHERE task_id IS NOT NULL;
    """,
)


async def _update(conn: Conn, env: es.Envelope, assignments: str, *values: object) -> None:
    await conn.execute(
        f"UPDATE interventions SET {assignments}, version = greatest(version, $2) WHERE id = $1",
        env.aggregate_id,
        env.sequence,
        *values,
    )


@interventions_view.on(InterventionPlanned)
async def _planned(conn: Conn, e: InterventionPlanned, env: es.Envelope) -> None:
    await conn.execute(
        """INSERT INTO interventions (id, tenant_id, worksite_id, label, starts_at, ends_at,
               operator_ids, state, version, task_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (id) DO NOTHING""",
        e.intervention_id,
        env.tenant_id,
        e.worksite_id,
        e.label,
        e.starts_at,
        e.ends_at,
        e.operator_ids,
        e.state,
        env.sequence,
        e.task_id,
    )


@interventions_view.on(InterventionRescheduled)
async def _rescheduled(conn: Conn, e: InterventionRescheduled, env: es.Envelope) -> None:
    await _update(
        conn,
        env,
        "starts_at = $3, ends_at = $4, operator_ids = $5",
        e.starts_at,
        e.ends_at,
        e.operator_ids,
    )


@interventions_view.on(InterventionStateChanged)
async def _state_changed(conn: Conn, e: InterventionStateChanged, env: es.Envelope) -> None:
    await _update(conn, env, "state = $3", e.state)


@interventions_view.on(InterventionLocked)
async def _locked(conn: Conn, _: InterventionLocked, env: es.Envelope) -> None:
    await _update(conn, env, "locked = $3", True)


@interventions_view.on(InterventionUnlocked)
async def _unlocked(conn: Conn, _: InterventionUnlocked, env: es.Envelope) -> None:
    await _update(conn, env, "locked = $3", False)


@interventions_view.on(InterventionRemoved)
async def _removed(conn: Conn, e: InterventionRemoved, _: es.Envelope) -> None:
    await conn.execute("DELETE FROM interventions WHERE id = $1", e.intervention_id)
