"""Command handlers: the pipeline loads the tenant's record, one domain method decides."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from uuid import UUID

import ouvrage_events as es
import structlog
from ouvrage_events.store.db import Conn

from clients.app.ports import ClientReads
from clients.app.records import ClientCard, DuplicateMatch
from clients.app.search_terms import index_entry
from clients.domain import commands as c
from clients.domain.client import Client
from clients.domain.contact import merged_contact
from clients.domain.errors import (
    ClientNotFoundError,
    InvalidDuplicateError,
    UnknownStatusError,
)
from clients.domain.statuses import Status, StatusList, status_list_id

log = structlog.get_logger(__name__)

MAX_DUPLICATES_ON_CREATE = 20
Act = Callable[[es.Command, Client], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class Registered:
    """A new record and its probable duplicates."""

    card: ClientCard
    probable_duplicates: list[DuplicateMatch]


async def load_status(cmd: es.Command, code: str) -> Status:
    """The tenant's status with this code (``UnknownStatusError`` otherwise)."""
    statuses = await cmd.get(StatusList, status_list_id(cmd.tenant_id))
    return (statuses or StatusList(status_list_id(cmd.tenant_id))).get(code)


async def _current(cmd: es.Command, status: Status) -> Status:
    """``status`` as the tenant's list says today (its rules may have changed since)."""
    try:
        return await load_status(cmd, status.code)
    except UnknownStatusError:
        return status


class ClientHandlers:
    """The write side of client records."""

    def __init__(self, pipeline: es.Pipeline, reads: ClientReads) -> None:
        self.pipeline = pipeline
        self.reads = reads

    async def register(
        self, cmd: c.RegisterClient, meta: es.Metadata, idem: es.Idempotency | None = None
    ) -> Registered | es.Replay:
        """Create a record; answers with its probable duplicates, never refuses one."""
        async with self.pipeline.command(meta, idempotency=idem) as run:
            if (replay := await run.replay()) is not None:
                return replay
            status = await load_status(run, cmd.status)
            client = Client.register(
                cmd.client_id, cmd.contact, kind=cmd.kind, owner_id=cmd.owner_id, status=status
            )
            run.add(client)

            async def describe(conn: Conn) -> Registered:
                return await self._registered(conn, meta.tenant_id, client.id)

            registered = await run.commit(describe)
        log.info(
            "client.registered",
            client_id=str(client.id),
            duplicates=len(registered.probable_duplicates),
        )
        return registered

    async def _registered(self, conn: Conn, tenant_id: UUID, client_id: UUID) -> Registered:
        card = await self.reads.card(conn, tenant_id, client_id)
        assert card is not None, "the inline projection wrote it"
        found = await self.reads.duplicates(
            conn,
            tenant_id,
            index_entry(card.contact),
            exclude=client_id,
            limit=MAX_DUPLICATES_ON_CREATE,
        )
        return Registered(card, found.items)

    async def _edit(self, cmd: c.EditClient, meta: es.Metadata, act: Act) -> ClientCard:
        async with self.pipeline.command(meta) as run:
            client = await run.load(
                Client,
                cmd.client_id,
                expected_version=cmd.expected_version,
                missing=lambda: ClientNotFoundError(cmd.client_id),
            )
            await act(run, client)
            card = await run.commit(
                lambda conn: self.reads.card(conn, meta.tenant_id, cmd.client_id)
            )
        assert card is not None
        return card

    async def change_contact(self, cmd: c.ChangeContact, meta: es.Metadata) -> ClientCard:
        """Edit some contact fields (the event carries the whole new contact)."""

        async def act(_run: es.Command, client: Client) -> None:
            client.change_contact(merged_contact(client.contact, cmd.changes))

        return await self._edit(cmd, meta, act)

    async def change_owner(self, cmd: c.ChangeOwner, meta: es.Metadata) -> ClientCard:
        """Hand the record to another user."""

        async def act(_run: es.Command, client: Client) -> None:
            client.change_owner(cmd.owner_id)

        return await self._edit(cmd, meta, act)

    async def change_status(self, cmd: c.ChangeStatus, meta: es.Metadata) -> ClientCard:
        """Move the record to another status of the tenant's list (« Corbeille » trashes it,
        another status brings a trashed record back)."""

        async def act(run: es.Command, client: Client) -> None:
            status = await load_status(run, cmd.status)
            if status.trash and not client.trashed:
                await self._check_duplicate(run, client, cmd.duplicate_of)
            client.change_status(status, cmd.duplicate_of)

        card = await self._edit(cmd, meta, act)
        log.info("client.status_set", client_id=str(cmd.client_id), status=card.status)
        return card

    async def block(self, cmd: c.BlockClient, meta: es.Metadata) -> ClientCard:
        """Block commercial management (quotes, invoices) for the client."""

        async def act(_run: es.Command, client: Client) -> None:
            client.block(cmd.reason)

        card = await self._edit(cmd, meta, act)
        log.info("client.blocked", client_id=str(cmd.client_id))
        return card

    async def unblock(self, cmd: c.UnblockClient, meta: es.Metadata) -> ClientCard:
        """Allow commercial management again."""

        async def act(_run: es.Command, client: Client) -> None:
            client.unblock()

        card = await self._edit(cmd, meta, act)
        log.info("client.unblocked", client_id=str(cmd.client_id))
        return card

    async def trash(self, cmd: c.TrashClient, meta: es.Metadata) -> ClientCard:
        """Put the record in the trash, naming the record it duplicates if any."""

        async def act(run: es.Command, client: Client) -> None:
            await self._check_duplicate(run, client, cmd.duplicate_of)
            client.trash(cmd.duplicate_of)

        card = await self._edit(cmd, meta, act)
        log.info("client.trashed", client_id=str(cmd.client_id))
        return card

    async def restore(self, cmd: c.RestoreClient, meta: es.Metadata) -> ClientCard:
        """Bring the record back from the trash."""

        async def act(run: es.Command, client: Client) -> None:
            before = client.status_before_trash
            client.restore(None if before is None else await _current(run, before))

        card = await self._edit(cmd, meta, act)
        log.info("client.restored", client_id=str(cmd.client_id))
        return card

    async def convert(self, cmd: c.ConvertClient, meta: es.Metadata) -> ClientCard:
        """The prospect becomes a client (« Prospect » → « Client »)."""

        async def act(_run: es.Command, client: Client) -> None:
            client.convert()

        card = await self._edit(cmd, meta, act)
        log.info("client.converted", client_id=str(cmd.client_id))
        return card

    async def _check_duplicate(
        self, run: es.Command, client: Client, duplicate_of: UUID | None
    ) -> None:
        if duplicate_of is None or duplicate_of == client.id:
            return  # none, or refused by the record itself
        original = await self.reads.card(run.conn, run.tenant_id, duplicate_of)
        if original is None:
            raise InvalidDuplicateError("La fiche désignée comme originale est introuvable.")
        if original.trashed:
            raise InvalidDuplicateError("La fiche désignée comme originale est dans la corbeille.")
