"""SAV command handlers: open a ticket for a client, add observations, archive."""

from __future__ import annotations

from uuid import UUID, uuid4

import structlog
from ouvrage_events.store.db import Conn
from ouvrage_platform.versioning import check_version

from planning.adapters import client_reads
from planning.app import views_sav
from planning.app.context import (
    Answer,
    Build,
    Ctx,
    Idempotency,
    Services,
    commit,
    load_owned,
    replay,
)
from planning.app.readmodels import SavPublic
from planning.domain.commands import AddObservation, OpenSav
from planning.domain.errors import ClientNotFoundError, SavTicketNotFoundError
from planning.domain.sav import SavTicket

log = structlog.get_logger(__name__)


def _view(ctx: Ctx, ticket_id: UUID) -> Build:
    async def build(conn: Conn) -> SavPublic:
        return await views_sav.ticket(conn, ctx.tenant_id, ticket_id)

    return build


async def open_ticket(
    svc: Services, ctx: Ctx, client_id: UUID, cmd: OpenSav, idem: Idempotency | None
) -> Answer:
    """Open a SAV or service ticket for one of the company's clients."""
    async with svc.uow(ctx.metadata()) as uow:
        if (stored := await replay(uow, ctx, idem)) is not None:
            return stored
        card = await client_reads.client_card(uow.conn, ctx.tenant_id, client_id)
        if card is None:
            raise ClientNotFoundError()
        ticket = SavTicket.open(
            uuid4(),
            client_id=client_id,
            client_name=card.display_name,
            title=cmd.title,
            kind=cmd.kind,
            observations=cmd.observations,
        )
        uow.add(ticket)
        answer = await commit(uow, ctx, 201, _view(ctx, ticket.id), idem)
    log.info("sav.opened", ticket_id=str(ticket.id), client_id=str(client_id), kind=cmd.kind)
    return answer


async def observe(
    svc: Services,
    ctx: Ctx,
    ticket_id: UUID,
    cmd: AddObservation,
    expected: int | None,
    idem: Idempotency | None,
) -> Answer:
    """Add an observation to a ticket."""
    async with svc.uow(ctx.metadata()) as uow:
        if (stored := await replay(uow, ctx, idem)) is not None:
            return stored
        ticket = await load_owned(uow, SavTicket, ticket_id, ctx, SavTicketNotFoundError)
        check_version(expected, ticket.version)
        ticket.observe(cmd.text, ctx.user_id)
        answer = await commit(uow, ctx, 201, _view(ctx, ticket_id), idem)
    log.info("sav.observation_added", ticket_id=str(ticket_id))
    return answer


async def archive(svc: Services, ctx: Ctx, ticket_id: UUID, expected: int | None) -> Answer:
    """Archive a ticket."""
    async with svc.uow(ctx.metadata()) as uow:
        ticket = await load_owned(uow, SavTicket, ticket_id, ctx, SavTicketNotFoundError)
        check_version(expected, ticket.version)
        ticket.archive()
        answer = await commit(uow, ctx, 200, _view(ctx, ticket_id))
    log.info("sav.archived", ticket_id=str(ticket_id))
    return answer
