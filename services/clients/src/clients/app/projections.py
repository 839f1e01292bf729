"""The service's own read model, updated inline in the append transaction (reads its writes).

``client_cards`` holds one row per record with its search document and duplicate keys;
``client_statuses`` the statuses each tenant added. Handlers are idempotent by construction:
a row only moves forward (``version < sequence``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

import ouvrage_events as es
from ouvrage_events.catalog.clients import (
    ClientBlocked,
    ClientContactChanged,
    ClientConverted,
    ClientErased,
    ClientOwnerChanged,
    ClientRegistered,
    ClientRestored,
    ClientStatusChanged,
    ClientStatusConfigured,
    ClientStatusDefined,
    ClientTrashed,
    ClientUnblocked,
    Contact,
)
from ouvrage_events.privacy import ERASED_PERSON
from ouvrage_events.store.db import Conn

from clients.app.search_terms import IndexEntry, index_entry

DDL = """
CREATE TABLE IF NOT EXISTS client_cards (
    id            uuid PRIMARY KEY,
    tenant_id     uuid NOT NULL,
    version       integer NOT NULL,
    kind          text NOT NULL,
    display_name  text NOT NULL,
    contact       jsonb NOT NULL,
    owner_id      uuid,
    status        text NOT NULL,
    status_label  text NOT NULL,
    block_reason  text,
    blocked_at    timestamptz,
    trashed       boolean NOT NULL DEFAULT false,
    trashed_at    timestamptz,
    duplicate_of  uuid,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    sort_key      text NOT NULL,
    name_tokens   text[] NOT NULL,
    name_key      text NOT NULL,
    phone_keys    text[] NOT NULL,
    email_keys    text[] NOT NULL,
    search        tsvector NOT NULL
);
-- The GIN indexes hold the terms only: the tenant is checked on the few rows they return.
-- (A btree_gin (tenant_id, search) index was 5x slower on a big tenant: every search then
-- intersects the tenant's posting list, as long as the tenant's directory.)
CREATE INDEX IF NOT EXISTS client_cards_search ON client_cards USING gin (search);
CREATE INDEX IF NOT EXISTS client_cards_by_name
    ON client_cards (tenant_id, trashed, sort_key, id);
CREATE INDEX IF NOT EXISTS client_cards_name_key
    ON client_cards (tenant_id, name_key) WHERE name_key <> '';
CREATE INDEX IF NOT EXISTS client_cards_phones ON client_cards USING gin (phone_keys);
CREATE INDEX IF NOT EXISTS client_cards_emails ON client_cards USING gin (email_keys);

CREATE TABLE IF NOT EXISTS client_statuses (
    tenant_id  uuid NOT NULL,
    code       text NOT NULL,
    label      text NOT NULL,
    position   integer NOT NULL,
    PRIMARY KEY (tenant_id, code)
);

-- What a status does on the planning, when the company said (defaults included).
CREATE TABLE IF NOT EXISTS client_status_rules (
    tenant_id     uuid NOT NULL,
    code          text NOT NULL,
    on_planning   boolean NOT NULL,
    ends_worksite boolean NOT NULL,
    version       integer NOT NULL,
    PRIMARY KEY (tenant_id, code)
);
"""

clients_view = es.Projection("clients_view", ddl=DDL)

CARD_COLUMNS = (
    "id, tenant_id, version, kind, display_name, contact, owner_id, status, status_label, "
    "block_reason, blocked_at, trashed, trashed_at, duplicate_of, created_at, updated_at, "
    "sort_key, name_tokens, name_key, phone_keys, email_keys, search"
)


def card_values(
    e: ClientRegistered, tenant_id: UUID, version: int, at: datetime
) -> tuple[Any, ...]:
    """The ``client_cards`` row of a new record, in ``CARD_COLUMNS`` order (bench loads these)."""
    entry = index_entry(e.contact)
    return (
        e.client_id, tenant_id, version, e.kind, e.display_name,
        e.contact.model_dump(mode="json"), e.owner_id, e.status, e.status_label,
        None, None, False, None, None, at, at,
        entry.sort_key, entry.name_tokens, entry.name_key, entry.phone_keys, entry.email_keys,
        entry.document,
    )  # fmt: skip


_INSERT = (
    f"INSERT INTO client_cards ({CARD_COLUMNS}) VALUES "
    "($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, "
    "$20, $21, $22::tsvector) ON CONFLICT (id) DO NOTHING"
)


async def _update(conn: Conn, env: es.Envelope, assignments: str, *values: Any) -> None:
    """Move a card to the envelope's version; ``$1``..``$3`` are id, version and time."""
    await conn.execute(
        f"UPDATE client_cards SET version = $2, updated_at = $3, {assignments} "
        "WHERE id = $1 AND version < $2",
        env.aggregate_id,
        env.sequence,
        env.time,
        *values,
    )


@clients_view.on(ClientRegistered)
async def _registered(conn: Conn, e: ClientRegistered, env: es.Envelope) -> None:
    await conn.execute(_INSERT, *card_values(e, env.tenant_id, env.sequence, env.time))


def _contact_values(contact: Contact) -> tuple[Any, ...]:
    entry: IndexEntry = index_entry(contact)
    return (
        contact.model_dump(mode="json"),
        entry.sort_key,
        entry.name_tokens,
        entry.name_key,
        entry.phone_keys,
        entry.email_keys,
        entry.document,
    )


@clients_view.on(ClientContactChanged)
async def _contact_changed(conn: Conn, e: ClientContactChanged, env: es.Envelope) -> None:
    await _update(
        conn,
        env,
        "display_name = $4, contact = $5, sort_key = $6, name_tokens = $7, name_key = $8, "
        "phone_keys = $9, email_keys = $10, search = $11::tsvector",
        e.display_name,
        *_contact_values(e.contact),
    )


@clients_view.on(ClientOwnerChanged)
async def _owner_changed(conn: Conn, e: ClientOwnerChanged, env: es.Envelope) -> None:
    await _update(conn, env, "owner_id = $4", e.owner_id)


@clients_view.on(ClientStatusChanged)
async def _status_changed(conn: Conn, e: ClientStatusChanged, env: es.Envelope) -> None:
    await _update(conn, env, "status = $4, status_label = $5", e.status, e.status_label)


@clients_view.on(ClientBlocked)
async def _blocked(conn: Conn, e: ClientBlocked, env: es.Envelope) -> None:
    await _update(conn, env, "block_reason = $4, blocked_at = $3", e.reason)


@clients_view.on(ClientUnblocked)
async def _unblocked(conn: Conn, e: ClientUnblocked, env: es.Envelope) -> None:
    await _update(conn, env, "block_reason = NULL, blocked_at = NULL")


@clients_view.on(ClientTrashed)
async def _trashed(conn: Conn, e: ClientTrashed, env: es.Envelope) -> None:
    await _update(conn, env, "trashed = true, trashed_at = $3, duplicate_of = $4", e.duplicate_of)


@clients_view.on(ClientRestored)
async def _restored(conn: Conn, e: ClientRestored, env: es.Envelope) -> None:
    await _update(conn, env, "trashed = false, trashed_at = NULL, duplicate_of = NULL")


@clients_view.on(ClientConverted)
async def _converted(conn: Conn, e: ClientConverted, env: es.Envelope) -> None:
    await _update(conn, env, "kind = 'client'")


async def _rules(conn: Conn, env: es.Envelope, code: str, on: bool, ends: bool) -> None:
    await conn.execute(
        "INSERT INTO client_status_rules (tenant_id, code, on_planning, ends_worksite, version) "
        "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (tenant_id, code) DO UPDATE "
        "SET on_planning = $3, ends_worksite = $4, version = $5 "
        "WHERE client_status_rules.version < $5",
        env.tenant_id,
        code,
        on,
        ends,
        env.sequence,
    )


@clients_view.on(ClientStatusDefined)
async def _status_defined(conn: Conn, e: ClientStatusDefined, env: es.Envelope) -> None:
    await conn.execute(
        "INSERT INTO client_statuses (tenant_id, code, label, position) VALUES ($1, $2, $3, $4) "
        "ON CONFLICT (tenant_id, code) DO NOTHING",
        env.tenant_id,
        e.code,
        e.label,
        env.sequence,
    )
    await _rules(conn, env, e.code, e.on_planning, e.ends_worksite)


@clients_view.on(ClientStatusConfigured)
async def _status_configured(conn: Conn, e: ClientStatusConfigured, env: es.Envelope) -> None:
    await _rules(conn, env, e.code, e.on_planning, e.ends_worksite)


@clients_view.on(ClientErased)
async def _erased(conn: Conn, e: ClientErased, env: es.Envelope) -> None:
    """The card keeps its id, status and dates; everything personal becomes « Personne
    effacée » (a rebuild reaches the same values: the events then open as erased)."""
    await _update(
        conn,
        env,
        "display_name = $4, contact = $5, sort_key = $6, name_tokens = $7, name_key = $8, "
        "phone_keys = $9, email_keys = $10, search = $11::tsvector, "
        "block_reason = CASE WHEN block_reason IS NULL THEN NULL ELSE '' END",
        ERASED_PERSON,
        *_contact_values(Contact(last_name=ERASED_PERSON)),
    )
