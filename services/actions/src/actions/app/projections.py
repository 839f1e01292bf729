"""Read models of the service's own events, updated in the append transaction (inline).

Every update is guarded by the stream version, so replaying an event (rebuild) changes nothing.
"""

from __future__ import annotations

import ouvrage_events as es
from ouvrage_events.catalog.actions import (
    ActionAnswered,
    ActionAssigned,
    ActionCancelled,
    ActionClientConfirmed,
    ActionCompleted,
    ActionCreated,
    ActionDue,
    ActionFlaggedForReassignment,
    ActionMovedToClient,
    ActionNoteChanged,
    ActionReopened,
    ActionRescheduled,
    ActionShared,
    ActionTypeChanged,
    ActionTypeDefined,
)
from ouvrage_events.store.db import Conn

ALERTS_CHANNEL = "actions_alerts"
"""NOTIFY channel: an alert time was set, schedulers recompute their next wake-up."""

action_types_view = es.Projection(
    "action_types_view",
    ddl="""
    CREATE TABLE IF NOT EXISTS action_types (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        name text NOT NULL,
        responses jsonb NOT NULL DEFAULT '[]',
        retired boolean NOT NULL DEFAULT false,
        version integer NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
    );
    CREATE INDEX IF NOT EXISTS action_types_by_name ON action_types (tenant_id, name, id);
    """,
)


@action_types_view.on(ActionTypeDefined)
async def _type_defined(conn: Conn, e: ActionTypeDefined, env: es.Envelope) -> None:
    await conn.execute(
        """INSERT INTO action_types (id, tenant_id, name, responses, version, created_at,
                                     updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $6) ON CONFLICT (id) DO NOTHING""",
        e.action_type_id,
        env.tenant_id,
        e.name,
        list(e.responses),
        env.sequence,
        env.time,
    )


@action_types_view.on(ActionTypeChanged)
async def _type_changed(conn: Conn, e: ActionTypeChanged, env: es.Envelope) -> None:
    await conn.execute(
        """UPDATE action_types SET name = $2, responses = $3, retired = $4, version = $5,
                  updated_at = $6
           WHERE id = $1 AND version < $5""",
        e.action_type_id,
        e.name,
        list(e.responses),
        e.retired,
        env.sequence,
        env.time,
    )


actions_view = es.Projection(
    "actions_view",
    ddl="""
    CREATE TABLE IF NOT EXISTS actions (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        client_id uuid NOT NULL,
        client_name text NOT NULL,
        client_pending boolean NOT NULL DEFAULT false,
        action_type_id uuid NOT NULL,
        type_name text NOT NULL,
        note text NOT NULL DEFAULT '',
        alert_at timestamptz NOT NULL,
        assignee_id uuid,
        shared_with uuid[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'open',
        response text,
        response_comment text,
        cancel_reason text,
        needs_reassignment boolean NOT NULL DEFAULT false,
        due_alert_at timestamptz,
        created_by uuid,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL
    );
    CREATE INDEX IF NOT EXISTS actions_by_alert ON actions (tenant_id, alert_at, id);
    CREATE INDEX IF NOT EXISTS actions_by_client ON actions (tenant_id, client_id, alert_at, id);
    CREATE INDEX IF NOT EXISTS actions_by_assignee
        ON actions (tenant_id, assignee_id, alert_at, id);
    CREATE INDEX IF NOT EXISTS actions_by_shared ON actions USING gin (shared_with);
    CREATE INDEX IF NOT EXISTS actions_open_alerts ON actions (alert_at) WHERE status = 'open';
    """,
)


async def _update(conn: Conn, env: es.Envelope, assignments: str, *values: object) -> None:
    """Apply ``assignments`` (parameters from $4) to the action, if this event is newer."""
    await conn.execute(
        f"UPDATE actions SET {assignments}, version = $2, updated_at = $3 "
        "WHERE id = $1 AND version < $2",
        env.aggregate_id,
        env.sequence,
        env.time,
        *values,
    )


@actions_view.on(ActionCreated)
async def _created(conn: Conn, e: ActionCreated, env: es.Envelope) -> None:
    await conn.execute(
        """INSERT INTO actions (id, tenant_id, client_id, client_name, client_pending,
               action_type_id, type_name, note, alert_at, created_by, created_at, updated_at,
               version)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $12)
           ON CONFLICT (id) DO NOTHING""",
        e.action_id,
        env.tenant_id,
        e.client_id,
        e.client_name,
        e.client_pending,
        e.action_type_id,
        e.type_name,
        e.note,
        e.alert_at,
        e.created_by,
        env.time,
        env.sequence,
    )
    await conn.execute("SELECT pg_notify($1, '')", ALERTS_CHANNEL)


@actions_view.on(ActionAssigned)
async def _assigned(conn: Conn, e: ActionAssigned, env: es.Envelope) -> None:
    await _update(conn, env, "assignee_id = $4, needs_reassignment = false", e.assignee_id)


@actions_view.on(ActionShared)
async def _shared(conn: Conn, e: ActionShared, env: es.Envelope) -> None:
    await _update(conn, env, "shared_with = shared_with || $4::uuid[]", list(e.user_ids))


@actions_view.on(ActionRescheduled)
async def _rescheduled(conn: Conn, e: ActionRescheduled, env: es.Envelope) -> None:
    await _update(conn, env, "alert_at = $4", e.alert_at)
    await conn.execute("SELECT pg_notify($1, '')", ALERTS_CHANNEL)


@actions_view.on(ActionNoteChanged)
async def _note_changed(conn: Conn, e: ActionNoteChanged, env: es.Envelope) -> None:
    await _update(conn, env, "note = $4", e.note)


@actions_view.on(ActionAnswered)
async def _answered(conn: Conn, e: ActionAnswered, env: es.Envelope) -> None:
    await _update(conn, env, "response = $4, response_comment = $5", e.response, e.comment)


@actions_view.on(ActionCompleted)
async def _completed(conn: Conn, e: ActionCompleted, env: es.Envelope) -> None:
    await _update(conn, env, "status = 'completed'")


@actions_view.on(ActionCancelled)
async def _cancelled(conn: Conn, e: ActionCancelled, env: es.Envelope) -> None:
    await _update(conn, env, "status = 'cancelled', cancel_reason = $4", e.reason)


@actions_view.on(ActionFlaggedForReassignment)
async def _flagged(conn: Conn, e: ActionFlaggedForReassignment, env: es.Envelope) -> None:
    await _update(conn, env, "needs_reassignment = true")


@actions_view.on(ActionClientConfirmed)
async def _client_confirmed(conn: Conn, e: ActionClientConfirmed, env: es.Envelope) -> None:
    await _update(conn, env, "client_pending = false, client_name = $4", e.client_name)


@actions_view.on(ActionDue)
async def _due(conn: Conn, e: ActionDue, env: es.Envelope) -> None:
    await _update(conn, env, "due_alert_at = $4", e.alert_at)


@actions_view.on(ActionReopened)
async def _reopened(conn: Conn, e: ActionReopened, env: es.Envelope) -> None:
    await _update(conn, env, "status = 'open', cancel_reason = NULL")
    await conn.execute("SELECT pg_notify($1, '')", ALERTS_CHANNEL)


@actions_view.on(ActionMovedToClient)
async def _moved(conn: Conn, e: ActionMovedToClient, env: es.Envelope) -> None:
    await _update(
        conn,
        env,
        "client_id = $4, client_name = $5, note = $6, client_pending = false",
        e.client_id,
        e.client_name,
        e.note,
    )


OWN_PROJECTIONS = (action_types_view, actions_view)
