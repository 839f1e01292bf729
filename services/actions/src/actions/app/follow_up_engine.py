"""The follow-up engine: sales' and planning's events in, follow-ups scheduled or cancelled.

A triggering event (``QuoteSent``, ``InvoiceIssued``, ``WorksiteAccepted``) schedules one
follow-up per matching rule of the company, a row of ``follow_ups`` whose id is the action it will
create (``follow_up_id(rule, event)``): a redelivery or a replay schedules the same row, and the
scheduler never creates an action twice. The rule is copied into the row, so editing or deleting
it later changes nothing already triggered. A cancelling event of the same quote or invoice
(``QuoteAccepted``, ``QuoteRefused``, a ``PaymentRecorded`` that settles the invoice) cancels the
pending rows and the open actions already created, as a reaction appending before its writes.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any
from uuid import UUID

import ouvrage_events as es
import structlog
from ouvrage_events import DomainEvent
from ouvrage_events.catalog.clients import ClientOwnerChanged, ClientRegistered
from ouvrage_events.store.db import Conn

from actions.adapters.locks import lock_entities
from actions.app.identity_projections import reaction_metadata
from actions.domain.action import Action
from actions.domain.follow_up_triggers import (
    CANCELLERS,
    TRIGGERS,
    Cancelling,
    Triggered,
    cancelling,
    settles,
    triggered,
)
from actions.domain.follow_ups import Delay, follow_up_id
from actions.domain.times import DEFAULT_TIMEZONE

log = structlog.get_logger(__name__)

ENGINE_DDL = """
CREATE TABLE IF NOT EXISTS follow_ups (
    id uuid PRIMARY KEY,
    tenant_id uuid NOT NULL,
    rule_id uuid NOT NULL,
    rule_name text NOT NULL,
    trigger_event_id uuid NOT NULL,
    subject_id uuid NOT NULL,
    label text NOT NULL DEFAULT '',
    client_id uuid NOT NULL,
    assignee_id uuid,
    action_type_id uuid NOT NULL,
    type_name text NOT NULL,
    fire_at timestamptz NOT NULL,
    cancel_on text[] NOT NULL,
    amount_due numeric(14, 2),
    amount_paid numeric(14, 2) NOT NULL DEFAULT 0,
    role text NOT NULL DEFAULT 'auteur',
    status text NOT NULL DEFAULT 'pending'
);
CREATE TABLE IF NOT EXISTS client_owners (
    client_id uuid PRIMARY KEY,
    tenant_id uuid NOT NULL,
    owner_id uuid
);
CREATE INDEX IF NOT EXISTS follow_ups_pending ON follow_ups (fire_at) WHERE status = 'pending';
CREATE INDEX IF NOT EXISTS follow_ups_subject ON follow_ups (tenant_id, subject_id);
"""

_SCHEDULE = """
INSERT INTO follow_ups (id, tenant_id, rule_id, rule_name, trigger_event_id, subject_id, label,
                        client_id, assignee_id, action_type_id, type_name, fire_at, cancel_on,
                        amount_due, role)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
ON CONFLICT (id) DO NOTHING
"""


async def _zone(conn: Conn, tenant_id: UUID) -> str:
    zone = await conn.fetchval("SELECT timezone FROM tenants WHERE id = $1", tenant_id)
    return str(zone or DEFAULT_TIMEZONE)


async def _schedule(conn: Conn, start: Triggered, env: es.Envelope) -> int:
    # Only the rules that existed when the event happened: a rebuild replaying old events
    # must not start follow-ups of rules created since (their quotes are long answered).
    rules = await conn.fetch(
        "SELECT * FROM follow_up_rules WHERE tenant_id = $1 AND trigger = $2 AND NOT deleted "
        "AND defined_at <= $3 ORDER BY seq",
        env.tenant_id,
        start.trigger,
        env.time,
    )
    for rule in rules:
        fire_at = Delay(rule["delay_months"], rule["delay_days"]).after(start.starts_at)
        await conn.execute(
            _SCHEDULE,
            follow_up_id(rule["id"], env.event_id),
            env.tenant_id,
            rule["id"],
            rule["name"],
            env.event_id,
            start.subject_id,
            start.label,
            start.client_id,
            start.actor_id if rule["role"] == "auteur" else None,
            rule["action_type_id"],
            rule["type_name"],
            fire_at,
            list(rule["cancel_on"]),
            start.amount_due,
            rule["role"],
        )
    return len(rules)


def _cancel_reason(row: Any, stop: Cancelling) -> str:
    what = {"QuoteAccepted": "devis accepté", "QuoteRefused": "devis refusé",
            "PaymentRecorded": "facture réglée"}[stop.event]  # fmt: skip
    return f"Relance automatique annulée ({what}) — règle « {row['rule_name']} »"


async def _cancel(
    conn: Conn, stop: Cancelling, env: es.Envelope, uow_factory: es.UnitOfWorkFactory
) -> int:
    await lock_entities(conn, stop.subject_id)  # serialises with the scheduler firing them
    rows = await conn.fetch(
        "SELECT id, status, rule_name, amount_due, amount_paid FROM follow_ups "
        "WHERE tenant_id = $1 AND subject_id = $2 AND status <> 'cancelled' "
        "AND $3 = ANY(cancel_on) ORDER BY id",
        env.tenant_id,
        stop.subject_id,
        stop.event,
    )
    paid = stop.amount_paid or Decimal("0")
    settled = [r for r in rows if settles(r["amount_due"], r["amount_paid"] + paid)]
    # The reaction's appends come first (the event store's rule), then the table's writes.
    uow = uow_factory.joining(conn, reaction_metadata(env))
    for row in (r for r in settled if r["status"] == "fired"):
        action = await uow.get(Action, row["id"])
        if action is not None and action.is_open:
            action.cancel(_cancel_reason(row, stop))
    await uow.flush()
    if stop.amount_paid is not None:
        await conn.execute(
            "UPDATE follow_ups SET amount_paid = amount_paid + $3 "
            "WHERE tenant_id = $1 AND subject_id = $2",
            env.tenant_id,
            stop.subject_id,
            stop.amount_paid,
        )
    await conn.execute(
        "UPDATE follow_ups SET status = 'cancelled' WHERE id = ANY($1::uuid[])",
        [r["id"] for r in settled],
    )
    return len(settled)


_OWNER = """
INSERT INTO client_owners (client_id, tenant_id, owner_id) VALUES ($1, $2, $3)
ON CONFLICT (client_id) DO UPDATE SET owner_id = EXCLUDED.owner_id
"""


def follow_up_engine(uow_factory: es.UnitOfWorkFactory) -> es.Projection:
    """The engine, fed by ``ouvrage.sales.events`` and ``ouvrage.planning.events`` (and by
    ``ouvrage.clients.events`` for who is in charge of each client: role
    ``responsable_client``)."""
    projection = es.Projection("follow_up_engine", ddl=ENGINE_DDL)

    @projection.on(ClientRegistered, ClientOwnerChanged)
    async def _owner(
        conn: Conn, e: ClientRegistered | ClientOwnerChanged, env: es.Envelope
    ) -> None:
        await conn.execute(_OWNER, e.client_id, env.tenant_id, e.owner_id)

    async def _on(conn: Conn, event: DomainEvent, env: es.Envelope) -> None:
        start = triggered(event, env.time, env.actor_id, await _zone(conn, env.tenant_id))
        if start is not None:
            scheduled = await _schedule(conn, start, env)
            log.info("follow_ups.scheduled", event_id=str(env.event_id), count=scheduled)
        stop = cancelling(event)
        if stop is not None:
            cancelled = await _cancel(conn, stop, env, uow_factory)
            log.info("follow_ups.cancelled", event_id=str(env.event_id), count=cancelled)

    projection.on(*TRIGGERS, *CANCELLERS)(_on)
    return projection
