"""The client aggregate: a prospect's or client's record, from creation to the trash."""

from __future__ import annotations

from typing import Literal
from uuid import UUID

import ouvrage_events as es
from ouvrage_events.catalog.clients import (
    ClientBlocked,
    ClientContactChanged,
    ClientErased,
    ClientKind,
    ClientOwnerChanged,
    ClientRegistered,
    ClientRestored,
    ClientStatusChanged,
    ClientTrashed,
    ClientUnblocked,
    Contact,
)
from ouvrage_events.privacy import ERASED_PERSON

from clients.domain.contact import checked_contact
from clients.domain.errors import (
    ClientErasedError,
    ClientNotTrashedError,
    ClientTrashedError,
    InvalidBlockReasonError,
    InvalidDuplicateError,
)
from clients.domain.statuses import PROSPECT, Status

MAX_REASON = 500


class Client(es.Aggregate):
    """A client or prospect record. Every command but ``restore`` refuses a trashed record."""

    stream_type = "client"

    def __init__(self, aggregate_id: UUID) -> None:
        super().__init__(aggregate_id)
        self.kind: ClientKind = "prospect"
        self.contact = Contact()
        self.display_name = ""
        self.owner_id: UUID | None = None
        self.status = PROSPECT
        self.block_reason: str | None = None
        self.trashed = False
        self.duplicate_of: UUID | None = None
        self.erased = False

    @property
    def blocked(self) -> bool:
        return self.block_reason is not None

    @classmethod
    def register(
        cls,
        client_id: UUID,
        contact: Contact,
        *,
        kind: ClientKind = "prospect",
        owner_id: UUID | None = None,
        status: Status = PROSPECT,
    ) -> Client:
        """A new record; creation is never refused for a probable duplicate."""
        contact = checked_contact(contact)
        client = cls(client_id)
        client.record(
            ClientRegistered(
                client_id=client_id,
                kind=kind,
                contact=contact,
                display_name=contact.display_name(),
                owner_id=owner_id,
                status=status.code,
                status_label=status.label,
            )
        )
        return client

    def _ensure_active(self) -> None:
        if self.erased:
            raise ClientErasedError()
        if self.trashed:
            raise ClientTrashedError()

    def change_contact(self, contact: Contact) -> None:
        """Replace the contact details (nothing recorded when they do not change)."""
        self._ensure_active()
        contact = checked_contact(contact)
        if contact == self.contact:
            return
        self.record(
            ClientContactChanged(
                client_id=self.id, contact=contact, display_name=contact.display_name()
            )
        )

    def change_owner(self, owner_id: UUID | None) -> None:
        self._ensure_active()
        if owner_id != self.owner_id:
            self.record(ClientOwnerChanged(client_id=self.id, owner_id=owner_id))

    def change_status(self, status: Status) -> None:
        self._ensure_active()
        if status.code == self.status.code:
            return
        self.record(
            ClientStatusChanged(
                client_id=self.id,
                status=status.code,
                status_label=status.label,
                previous_status=self.status.code,
            )
        )

    def block(self, reason: str) -> None:
        """Block commercial management (quotes, invoices) for this client, with a reason."""
        self._ensure_active()
        reason = " ".join(reason.split())
        if not reason or len(reason) > MAX_REASON:
            raise InvalidBlockReasonError()
        if reason == self.block_reason:
            return
        self.record(
            ClientBlocked(
                client_id=self.id,
                reason=reason,
                owner_id=self.owner_id,
                display_name=self.display_name,
            )
        )

    def unblock(self) -> None:
        self._ensure_active()
        if self.blocked:
            self.record(ClientUnblocked(client_id=self.id))

    def trash(self, duplicate_of: UUID | None = None) -> None:
        """Put the record in the trash, possibly as the duplicate of another record."""
        self._ensure_active()
        if duplicate_of == self.id:
            raise InvalidDuplicateError("Une fiche ne peut pas être le doublon d'elle-même.")
        self.record(ClientTrashed(client_id=self.id, duplicate_of=duplicate_of))

    def erase(self, reason: Literal["request", "retention"] = "request") -> bool:
        """Erase the person's data (RGPD): True when recorded now, False if already erased."""
        if self.erased:
            return False
        self.record(ClientErased(client_id=self.id, reason=reason))
        return True

    def restore(self) -> None:
        if self.erased:
            raise ClientErasedError()
        if not self.trashed:
            raise ClientNotTrashedError()
        self.record(ClientRestored(client_id=self.id))

    def when_ClientRegistered(self, e: ClientRegistered) -> None:
        self.kind = e.kind
        self.contact = e.contact
        self.display_name = e.display_name
        self.owner_id = e.owner_id
        self.status = Status(e.status, e.status_label)

    def when_ClientContactChanged(self, e: ClientContactChanged) -> None:
        self.contact = e.contact
        self.display_name = e.display_name

    def when_ClientOwnerChanged(self, e: ClientOwnerChanged) -> None:
        self.owner_id = e.owner_id

    def when_ClientStatusChanged(self, e: ClientStatusChanged) -> None:
        self.status = Status(e.status, e.status_label)

    def when_ClientBlocked(self, e: ClientBlocked) -> None:
        self.block_reason = e.reason

    def when_ClientUnblocked(self, e: ClientUnblocked) -> None:
        self.block_reason = None

    def when_ClientTrashed(self, e: ClientTrashed) -> None:
        self.trashed = True
        self.duplicate_of = e.duplicate_of

    def when_ClientRestored(self, e: ClientRestored) -> None:
        self.trashed = False
        self.duplicate_of = None

    def when_ClientErased(self, e: ClientErased) -> None:
        self.erased = True
        self.contact = Contact(last_name=ERASED_PERSON)
        self.display_name = ERASED_PERSON
        self.block_reason = None if self.block_reason is None else ""
