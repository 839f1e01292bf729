"""The client aggregate: a prospect's or client's record, from creation to the trash."""

from __future__ import annotations

from typing import Literal
from uuid import UUID

import ouvrage_events as es
from ouvrage_events.catalog.clients import (
    ClientBlocked,
    ClientContactChanged,
    ClientConverted,
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
    AlreadyClientError,
    ClientErasedError,
    ClientNotTrashedError,
    ClientTrashedError,
    InvalidBlockReasonError,
    InvalidDuplicateError,
    InvalidStatusError,
)
from clients.domain.statuses import PROSPECT, TRASH, Status

MAX_REASON = 500


class Client(es.Aggregate):
    """A client or prospect record. Every command but ``restore`` and ``change_status`` refuses
    a trashed record: the status « Corbeille » trashes it, any other status restores it."""

    stream_type = "client"

    def __init__(self, aggregate_id: UUID) -> None:
        super().__init__(aggregate_id)
        self.kind: ClientKind = "prospect"
        self.contact = Contact()
        self.display_name = ""
        self.owner_id: UUID | None = None
        self.status = PROSPECT
        self.status_before_trash: Status | None = None
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
        if status.trash:
            raise InvalidStatusError("Une nouvelle fiche ne peut pas être créée dans la corbeille.")
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
                on_planning=status.on_planning,
                ends_worksite=status.ends_worksite,
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

    def change_status(self, status: Status, duplicate_of: UUID | None = None) -> None:
        """Move the record to another status of the list. « Corbeille » puts it in the trash
        (``duplicate_of``: the record it duplicates); another status on a trashed record
        brings it back (« rechanger le statut »)."""
        if self.erased:
            raise ClientErasedError()
        if status.trash:
            if not self.trashed:
                self.trash(duplicate_of)
            return
        if duplicate_of is not None:
            raise InvalidDuplicateError(
                "Seule la Corbeille désigne la fiche dont celle-ci est le doublon."
            )
        if self.trashed:
            self.restore(status)
            return
        self._record_status(status)

    def _record_status(self, status: Status) -> None:
        if status.code == self.status.code:
            return
        self.record(
            ClientStatusChanged(
                client_id=self.id,
                status=status.code,
                status_label=status.label,
                previous_status=self.status.code,
                on_planning=status.on_planning,
                ends_worksite=status.ends_worksite,
            )
        )

    def convert(self) -> None:
        """The prospect becomes a client."""
        self._ensure_active()
        if self.kind == "client":
            raise AlreadyClientError()
        self.record(ClientConverted(client_id=self.id))

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
        self._record_status(TRASH)
        self.record(ClientTrashed(client_id=self.id, duplicate_of=duplicate_of))

    def erase(self, reason: Literal["request", "retention"] = "request") -> bool:
        """Erase the person's data (RGPD): True when recorded now, False if already erased."""
        if self.erased:
            return False
        self.record(ClientErased(client_id=self.id, reason=reason))
        return True

    def restore(self, status: Status | None = None) -> None:
        """Take the record out of the trash, to ``status`` (by default the one it had before)."""
        if self.erased:
            raise ClientErasedError()
        if not self.trashed:
            raise ClientNotTrashedError()
        if status is not None and status.trash:
            raise InvalidStatusError("Choisissez un autre statut que la Corbeille.")
        self.record(ClientRestored(client_id=self.id))
        target = status or self.status_before_trash
        if target is not None:
            self._record_status(target)

    def when_ClientRegistered(self, e: ClientRegistered) -> None:
        self.kind = e.kind
        self.contact = e.contact
        self.display_name = e.display_name
        self.owner_id = e.owner_id
        self.status = Status(e.status, e.status_label, bool(e.on_planning), bool(e.ends_worksite))

    def when_ClientContactChanged(self, e: ClientContactChanged) -> None:
        self.contact = e.contact
        self.display_name = e.display_name

    def when_ClientOwnerChanged(self, e: ClientOwnerChanged) -> None:
        self.owner_id = e.owner_id

    def when_ClientStatusChanged(self, e: ClientStatusChanged) -> None:
        status = Status(
            e.status,
            e.status_label,
            bool(e.on_planning),
            bool(e.ends_worksite),
            trash=e.status == TRASH.code,
        )
        if status.trash and not self.status.trash:
            self.status_before_trash = self.status
        self.status = status

    def when_ClientConverted(self, e: ClientConverted) -> None:
        self.kind = "client"

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
