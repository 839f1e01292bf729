"""What the planning records when a client's status ends its worksite or its record goes to the
trash as the duplicate of another (inside the clients consumer's transaction, appending first).

Both are idempotent by state: a closed worksite is not closed again, a moved one has left the
record, so a redelivery or a rebuild records nothing twice.
"""

from __future__ import annotations

from uuid import UUID

import ouvrage_events as es
import structlog
from ouvrage_events.store.db import Conn

from planning.adapters import client_reads, client_work
from planning.app.reactions import joining
from planning.domain.sav import SavTicket
from planning.domain.worksite import Worksite

log = structlog.get_logger(__name__)


async def close_worksites_on_status(
    conn: Conn, envelope: es.Envelope, *, client_id: UUID, status: str
) -> None:
    """A status that ends the site (« chantier terminé ») closes the client's open worksites."""
    ids = await client_work.open_worksites(conn, envelope.tenant_id, client_id, envelope.time)
    if not ids:
        return
    uow = joining(conn, envelope)
    for worksite_id in ids:
        (await uow.load(Worksite, worksite_id)).close(by_status=status)
    await uow.flush()
    log.info("worksites.closed_by_status", client_id=str(client_id), count=len(ids))


async def move_work_to_kept_record(
    conn: Conn, envelope: es.Envelope, *, client_id: UUID, kept_id: UUID
) -> None:
    """The record went to the trash as the duplicate of ``kept_id``: its open worksites (with
    their tasks and interventions) and open SAV tickets move to the kept record."""
    tenant_id, until = envelope.tenant_id, envelope.time
    worksites = await client_work.open_worksites(conn, tenant_id, client_id, until)
    tickets = await client_work.open_tickets(conn, tenant_id, client_id, until)
    if not worksites and not tickets:
        return
    kept = await client_reads.client_card(conn, tenant_id, kept_id)
    name = kept.display_name if kept is not None else ""
    uow = joining(conn, envelope)
    for worksite_id in worksites:
        (await uow.load(Worksite, worksite_id)).move_to(kept_id, name)
    for ticket_id in tickets:
        (await uow.load(SavTicket, ticket_id)).move_to(kept_id, name)
    await uow.flush()
    log.info(
        "client.work_moved",
        client_id=str(client_id),
        kept_id=str(kept_id),
        worksites=len(worksites),
        tickets=len(tickets),
    )
