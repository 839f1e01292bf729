"""Projection of the clients service's events: which clients exist, their name, the trash.

A client record going to the trash cancels its open actions, or, trashed as the duplicate of
another record, moves them to that record; coming back from the trash reopens the actions its
trash cancelled. A client first seen (registration, or a contact change when the registration
was never seen) after actions were created on it (projection lag) confirms those actions.
"""

from __future__ import annotations

from uuid import UUID

import ouvrage_events as es
import structlog
from ouvrage_events import privacy
from ouvrage_events.catalog.clients import (
    ClientContactChanged,
    ClientErased,
    ClientRegistered,
    ClientRestored,
    ClientTrashed,
)
from ouvrage_events.store.db import Conn
from ouvrage_platform.forgetting import forget_answers_quoting

from actions.adapters.locks import lock_entities
from actions.app.identity_projections import reaction_metadata
from actions.domain.action import Action

log = structlog.get_logger(__name__)

CLIENTS_DDL = """
CREATE TABLE IF NOT EXISTS known_clients (
    id uuid PRIMARY KEY,
    tenant_id uuid NOT NULL,
    display_name text NOT NULL DEFAULT '',
    trashed boolean NOT NULL DEFAULT false
);
"""

_UPSERT = """
INSERT INTO known_clients (id, tenant_id, display_name, trashed) VALUES ($1, $2, $3, $4)
ON CONFLICT (id) DO UPDATE SET display_name = COALESCE(NULLIF($3, ''), known_clients.display_name),
                               trashed = EXCLUDED.trashed
"""


async def _client_actions(conn: Conn, tenant_id: UUID, client_id: UUID, extra: str) -> list[UUID]:
    rows = await conn.fetch(
        f"SELECT id FROM actions WHERE tenant_id = $1 AND client_id = $2 AND {extra} ORDER BY id",
        tenant_id,
        client_id,
    )
    return [r["id"] for r in rows]


# ``<= $3`` (the causing event's time): a projection rebuilt from Kafka replays old trashes and
# restores; they must not move, cancel or reopen what was created or cancelled since.
_OPEN_BEFORE = (
    "SELECT id FROM actions WHERE tenant_id = $1 AND client_id = $2 AND status = 'open' "
    "AND created_at <= $3 ORDER BY id"
)
_CANCELLED_BEFORE = (
    "SELECT id FROM actions WHERE tenant_id = $1 AND client_id = $2 AND status = 'cancelled' "
    "AND updated_at <= $3 ORDER BY id"
)


async def _ids(conn: Conn, sql: str, env: es.Envelope, client_id: UUID) -> list[UUID]:
    return [r["id"] for r in await conn.fetch(sql, env.tenant_id, client_id, env.time)]


async def _name(conn: Conn, client_id: UUID) -> str:
    name = await conn.fetchval("SELECT display_name FROM known_clients WHERE id = $1", client_id)
    return str(name or "")


async def _trashed(conn: Conn, client_id: UUID) -> bool:
    return bool(await conn.fetchval("SELECT trashed FROM known_clients WHERE id = $1", client_id))


def clients_projection(uow_factory: es.UnitOfWorkFactory) -> es.Projection:
    projection = es.Projection("clients", ddl=CLIENTS_DDL)

    async def _confirm_pending(conn: Conn, env: es.Envelope, client_id: UUID, name: str) -> None:
        """Confirm the actions created before this client was seen (appends come first)."""
        await lock_entities(conn, client_id)
        pending = await _client_actions(conn, env.tenant_id, client_id, "client_pending")
        uow = uow_factory.joining(conn, reaction_metadata(env))
        for action_id in pending:
            (await uow.load(Action, action_id)).confirm_client(name)
        confirmed = await uow.flush()
        if confirmed:
            log.info("client.actions_confirmed", client_id=str(client_id), count=len(confirmed))

    @projection.on(ClientRegistered)
    async def _registered(conn: Conn, e: ClientRegistered, env: es.Envelope) -> None:
        await _confirm_pending(conn, env, e.client_id, e.display_name)
        await conn.execute(_UPSERT, e.client_id, env.tenant_id, e.display_name, False)

    @projection.on(ClientContactChanged)
    async def _contact_changed(conn: Conn, e: ClientContactChanged, env: es.Envelope) -> None:
        # The first news of a client whose registration this service never saw confirms too.
        await _confirm_pending(conn, env, e.client_id, e.display_name)
        trashed = await _trashed(conn, e.client_id)
        await conn.execute(_UPSERT, e.client_id, env.tenant_id, e.display_name, trashed)

    @projection.on(ClientTrashed)
    async def _trashed_client(conn: Conn, e: ClientTrashed, env: es.Envelope) -> None:
        kept = e.duplicate_of if e.duplicate_of != e.client_id else None
        await lock_entities(conn, e.client_id, *([kept] if kept else []))
        open_ids = await _ids(conn, _OPEN_BEFORE, env, e.client_id)
        kept_name = await _name(conn, kept) if kept else ""
        uow = uow_factory.joining(conn, reaction_metadata(env))
        for action_id in open_ids:
            action = await uow.load(Action, action_id)
            if kept is not None:  # the work stays with the record kept
                action.move_to_client(kept, kept_name or action.client_name)
            else:
                action.cancel_for_trashed_client()
        done = await uow.flush()
        await conn.execute(_UPSERT, e.client_id, env.tenant_id, "", True)
        outcome = "moved" if kept is not None else "cancelled"
        log.info("client.trashed", client_id=str(e.client_id), **{outcome: len(done)})

    @projection.on(ClientRestored)
    async def _restored(conn: Conn, e: ClientRestored, env: es.Envelope) -> None:
        await lock_entities(conn, e.client_id)
        cancelled = await _ids(conn, _CANCELLED_BEFORE, env, e.client_id)
        uow = uow_factory.joining(conn, reaction_metadata(env))
        for action_id in cancelled:
            (await uow.load(Action, action_id)).reopen_for_restored_client()
        reopened = await uow.flush()
        await conn.execute(_UPSERT, e.client_id, env.tenant_id, "", False)
        log.info("client.restored", client_id=str(e.client_id), reopened=len(reopened))

    @projection.on(ClientErased)
    async def _erased(conn: Conn, e: ClientErased, env: es.Envelope) -> None:
        """RGPD erasure: the actions stay (who did what, when), the person's data goes; the
        keys of texts kept on those actions are destroyed with the person's."""
        await lock_entities(conn, e.client_id)
        ids = await _client_actions(conn, env.tenant_id, e.client_id, "true")
        await conn.execute(
            "UPDATE actions SET client_name = $3, note = '', response_comment = "
            "CASE WHEN response_comment IS NULL THEN NULL ELSE '' END "
            "WHERE tenant_id = $1 AND client_id = $2",
            env.tenant_id,
            e.client_id,
            privacy.ERASED_PERSON,
        )
        await conn.execute(
            "UPDATE known_clients SET display_name = $2 WHERE id = $1",
            e.client_id,
            privacy.ERASED_PERSON,
        )
        await forget_answers_quoting(conn, env.tenant_id, str(e.client_id))
        keys = privacy.keystore()
        keys.forget([("client", e.client_id)])
        await keys.destroy([("action", i) for i in ids], env.tenant_id)
        log.info("client.erased", client_id=str(e.client_id), actions=len(ids))

    return projection
