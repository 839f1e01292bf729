"""Clients as the planning shows them; a status that puts the client on the planning (« en cours
de chantier » by default) or an accepted quote (sales' ``QuoteAccepted``) opens a worksite when
the client has none open; a status that ends the site (« chantier terminé ») closes it; a record
trashed as the duplicate of another hands its open worksites and SAV tickets to that one."""

from __future__ import annotations

import ouvrage_events as es
from ouvrage_events.catalog.clients import (
    ClientContactChanged,
    ClientErased,
    ClientRegistered,
    ClientRestored,
    ClientStatusChanged,
    ClientTrashed,
)
from ouvrage_events.catalog.sales import QuoteAccepted
from ouvrage_events.store.db import Conn

from planning.adapters import client_reads
from planning.app import client_reactions, reactions
from planning.app.projections.erasure import erase_client

clients_view = es.Projection(
    "clients_view",
    ddl="""
    CREATE TABLE IF NOT EXISTS client_cards (
        client_id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        display_name text NOT NULL DEFAULT '',
        contact jsonb NOT NULL DEFAULT '{}',
        status text,
        trashed boolean NOT NULL DEFAULT false
    );
    """,
)


async def _upsert(conn: Conn, env: es.Envelope, display_name: str, contact: object) -> None:
    await conn.execute(
        """INSERT INTO client_cards (client_id, tenant_id, display_name, contact)
           VALUES ($1, $2, $3, $4)
           ON CONFLICT (client_id) DO UPDATE SET display_name = $3, contact = $4""",
        env.aggregate_id,
        env.tenant_id,
        display_name,
        contact,
    )


@clients_view.on(ClientRegistered)
async def _registered(conn: Conn, e: ClientRegistered, env: es.Envelope) -> None:
    await reactions.open_worksite_on_status(
        conn,
        env,
        client_id=e.client_id,
        on_planning=reactions.puts_on_planning(e.status, e.on_planning),
        client_name=e.display_name,
        address=e.contact.address,
    )
    await _upsert(conn, env, e.display_name, e.contact.model_dump())
    await conn.execute(
        "UPDATE client_cards SET status = $2 WHERE client_id = $1", e.client_id, e.status
    )


@clients_view.on(ClientContactChanged)
async def _contact(conn: Conn, e: ClientContactChanged, env: es.Envelope) -> None:
    await _upsert(conn, env, e.display_name, e.contact.model_dump())


@clients_view.on(ClientStatusChanged)
async def _status(conn: Conn, e: ClientStatusChanged, env: es.Envelope) -> None:
    if e.ends_worksite:  # None (events older than the rule): nothing closes, as then
        await client_reactions.close_worksites_on_status(
            conn, env, client_id=e.client_id, status=e.status
        )
    card = await client_reads.client_card(conn, env.tenant_id, e.client_id)
    await reactions.open_worksite_on_status(
        conn,
        env,
        client_id=e.client_id,
        on_planning=reactions.puts_on_planning(e.status, e.on_planning),
        client_name=card.display_name if card else "",
        address=card.contact.address if card else client_reads.Address(),
    )
    await conn.execute(
        "UPDATE client_cards SET status = $2 WHERE client_id = $1", e.client_id, e.status
    )


@clients_view.on(ClientTrashed)
async def _trashed(conn: Conn, e: ClientTrashed, env: es.Envelope) -> None:
    if e.duplicate_of is not None and e.duplicate_of != e.client_id:
        await client_reactions.move_work_to_kept_record(
            conn, env, client_id=e.client_id, kept_id=e.duplicate_of
        )
    await conn.execute("UPDATE client_cards SET trashed = true WHERE client_id = $1", e.client_id)


@clients_view.on(ClientRestored)
async def _restored(conn: Conn, e: ClientRestored, _: es.Envelope) -> None:
    await conn.execute("UPDATE client_cards SET trashed = false WHERE client_id = $1", e.client_id)


@clients_view.on(ClientErased)
async def _erased(conn: Conn, e: ClientErased, env: es.Envelope) -> None:
    await erase_client(conn, e, env)


@clients_view.on(QuoteAccepted)
async def _quote_accepted(conn: Conn, e: QuoteAccepted, env: es.Envelope) -> None:
    card = await client_reads.client_card(conn, env.tenant_id, e.client_id)
    await reactions.open_worksite_on_acceptance(
        conn,
        env,
        client_id=e.client_id,
        client_name=(card.display_name if card else "") or e.client_name,
        address=card.contact.address if card else client_reads.Address(),
    )
