"""Follow-up rules as the API lists them, and which rule created which action (own events,
applied inline)."""

from __future__ import annotations

import ouvrage_events as es
from ouvrage_events.catalog.actions import (
    ActionCreated,
    FollowUpRuleChanged,
    FollowUpRuleDefined,
    FollowUpRuleDeleted,
)
from ouvrage_events.store.db import Conn

follow_up_rules_view = es.Projection(
    "follow_up_rules_view",
    ddl="""
    CREATE TABLE IF NOT EXISTS follow_up_rules (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        name text NOT NULL,
        trigger text NOT NULL,
        action_type_id uuid NOT NULL,
        type_name text NOT NULL,
        role text NOT NULL,
        delay_months integer NOT NULL,
        delay_days integer NOT NULL,
        cancel_on text[] NOT NULL,
        seeded boolean NOT NULL DEFAULT false,
        deleted boolean NOT NULL DEFAULT false,
        defined_at timestamptz NOT NULL,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        version integer NOT NULL
    );
    CREATE INDEX IF NOT EXISTS follow_up_rules_trigger ON follow_up_rules (tenant_id, trigger);
    CREATE TABLE IF NOT EXISTS rule_actions (
        action_id uuid PRIMARY KEY,
        rule_id uuid NOT NULL,
        rule_name text NOT NULL
    );
    """,
)

_COLUMNS = "name, trigger, action_type_id, type_name, role, delay_months, delay_days, cancel_on"


def _values(e: FollowUpRuleDefined | FollowUpRuleChanged) -> list[object]:
    return [e.name, e.trigger, e.action_type_id, e.type_name, e.role, e.delay_months,
            e.delay_days, list(e.cancel_on)]  # fmt: skip


@follow_up_rules_view.on(FollowUpRuleDefined)
async def _defined(conn: Conn, e: FollowUpRuleDefined, env: es.Envelope) -> None:
    await conn.execute(
        f"""INSERT INTO follow_up_rules (id, tenant_id, seeded, version, defined_at, {_COLUMNS})
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
            ON CONFLICT (id) DO NOTHING""",
        e.rule_id,
        env.tenant_id,
        e.seeded,
        env.sequence,
        env.time,
        *_values(e),
    )


@follow_up_rules_view.on(FollowUpRuleChanged)
async def _changed(conn: Conn, e: FollowUpRuleChanged, env: es.Envelope) -> None:
    await conn.execute(
        """UPDATE follow_up_rules SET name = $3, trigger = $4, action_type_id = $5,
               type_name = $6, role = $7, delay_months = $8, delay_days = $9, cancel_on = $10,
               version = $2
           WHERE id = $1 AND version < $2""",
        e.rule_id,
        env.sequence,
        *_values(e),
    )


@follow_up_rules_view.on(FollowUpRuleDeleted)
async def _deleted(conn: Conn, e: FollowUpRuleDeleted, env: es.Envelope) -> None:
    await conn.execute(
        "UPDATE follow_up_rules SET deleted = true, version = $2 WHERE id = $1 AND version < $2",
        e.rule_id,
        env.sequence,
    )


@follow_up_rules_view.on(ActionCreated)
async def _action_created(conn: Conn, e: ActionCreated, _: es.Envelope) -> None:
    if e.rule_id is not None:
        await conn.execute(
            "INSERT INTO rule_actions (action_id, rule_id, rule_name) VALUES ($1, $2, $3) "
            "ON CONFLICT (action_id) DO NOTHING",
            e.action_id,
            e.rule_id,
            e.rule_name,
        )
