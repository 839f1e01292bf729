"""SAV command handlers: open a ticket for a client, add observations, archive."""

from __future__ import annotations

from uuid import UUID, uuid4

import ouvrage_events as es
import structlog
from ouvrage_events.store.db import Conn

from planning.adapters import client_reads
from planning.app import sav_queries, warranty_handlers
from planning.app.container import Container, Outcome, Read
from planning.app.readmodels import SavPublic
from planning.domain.commands import AddObservation, OpenSav
from planning.domain.errors import ClientNotFoundError, SavTicketNotFoundError
from planning.domain.sav import SavTicket

log = structlog.get_logger(__name__)


def _view(meta: es.Metadata, ticket_id: UUID) -> Read:
    async def build(conn: Conn) -> SavPublic:
        return await sav_queries.ticket(conn, meta.tenant_id, ticket_id)

    return build


async def open_ticket(
    svc: Container, meta: es.Metadata, client_id: UUID, cmd: OpenSav, idem: es.Idempotency | None
) -> Outcome:
    """Open a SAV or service ticket for one of the company's clients."""
    async with svc.pipeline.command(meta, idempotency=idem) as run:
        if (stored := await run.replay()) is not None:
            return stored
        card = await client_reads.client_card(run.conn, meta.tenant_id, client_id)
        if card is None:
            raise ClientNotFoundError()
        warranty = await warranty_handlers.warranty_claim(run, svc, client_id, cmd)
        ticket = SavTicket.open(
            uuid4(),
            client_id=client_id,
            client_name=card.display_name,
            title=cmd.title,
            kind=cmd.kind,
            observations=cmd.observations,
            warranty=warranty,
        )
        run.add(ticket)
        answer = await run.commit(_view(meta, ticket.id))
    log.info("sav.opened", ticket_id=str(ticket.id), client_id=str(client_id), kind=cmd.kind)
    return answer


async def observe(
    svc: Container,
    meta: es.Metadata,
    ticket_id: UUID,
    cmd: AddObservation,
    expected: int | None,
    idem: es.Idempotency | None,
) -> Outcome:
    """Add an observation to a ticket."""
    async with svc.pipeline.command(meta, idempotency=idem) as run:
        if (stored := await run.replay()) is not None:
            return stored
        ticket = await run.load(
            SavTicket, ticket_id, expected_version=expected, missing=SavTicketNotFoundError
        )
        ticket.observe(cmd.text, meta.actor_id)
        answer = await run.commit(_view(meta, ticket_id))
    log.info("sav.observation_added", ticket_id=str(ticket_id))
    return answer


async def archive(
    svc: Container, meta: es.Metadata, ticket_id: UUID, expected: int | None
) -> Outcome:
    """Archive a ticket."""
    answer = await svc.pipeline.update(
        meta,
        SavTicket,
        ticket_id,
        SavTicket.archive,
        expected_version=expected,
        missing=SavTicketNotFoundError,
        read=_view(meta, ticket_id),
    )
    log.info("sav.archived", ticket_id=str(ticket_id))
    return answer
