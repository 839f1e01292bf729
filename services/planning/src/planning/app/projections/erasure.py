"""RGPD erasure of a client in the planning: worksites, SAV tickets and the client card stay (what
was done, when, by whom), the person's data goes, and the keys of the texts kept on those records
(site sheets, SAV observations) are destroyed with the person's."""

from __future__ import annotations

from uuid import UUID

import ouvrage_events as es
import structlog
from ouvrage_events import privacy
from ouvrage_events.catalog.clients import ClientErased
from ouvrage_events.store.db import Conn
from ouvrage_platform.forgetting import forget_answers_quoting

log = structlog.get_logger(__name__)


async def _ids(conn: Conn, sql: str, *args: object) -> list[UUID]:
    return [r["id"] for r in await conn.fetch(sql, *args)]


async def erase_client(conn: Conn, e: ClientErased, env: es.Envelope) -> None:
    name = privacy.ERASED_PERSON
    await conn.execute(
        "UPDATE client_cards SET display_name = $2, contact = '{}' WHERE client_id = $1",
        e.client_id,
        name,
    )
    worksites = await _ids(
        conn,
        "UPDATE worksites SET client_name = $3, title = 'Chantier', address = '{}', notes = '' "
        "WHERE tenant_id = $1 AND client_id = $2 RETURNING id",
        env.tenant_id,
        e.client_id,
        name,
    )
    tickets = await _ids(
        conn,
        "UPDATE sav_tickets SET client_name = $3, title = 'SAV' "
        "WHERE tenant_id = $1 AND client_id = $2 RETURNING id",
        env.tenant_id,
        e.client_id,
        name,
    )
    await conn.execute("UPDATE sav_observations SET text = '' WHERE ticket_id = ANY($1)", tickets)
    await conn.execute(
        "UPDATE worksite_reserves SET text = '' WHERE worksite_id = ANY($1)", worksites
    )
    await forget_answers_quoting(conn, env.tenant_id, str(e.client_id))
    keys = privacy.keystore()
    keys.forget([("client", e.client_id)])
    await keys.destroy(
        [("worksite", w) for w in worksites] + [("sav_ticket", t) for t in tickets], env.tenant_id
    )
    log.info("client.erased", client_id=str(e.client_id), worksites=len(worksites))
