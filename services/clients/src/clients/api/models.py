"""Request and response models of the clients API."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal
from uuid import UUID

from ouvrage_events.catalog.clients import Contact
from ouvrage_platform.inputs import MultiLine, SingleLine
from pydantic import BaseModel, ConfigDict, Field

from clients.app.handlers import Registered
from clients.app.records import ClientCard, DuplicateMatch, HistoryEntry

_FORBID = ConfigDict(extra="forbid")


class AddressIn(BaseModel):
    model_config = _FORBID

    street: SingleLine = Field(default="", max_length=300)
    postal_code: SingleLine = Field(default="", max_length=20)
    city: SingleLine = Field(default="", max_length=120)
    country: SingleLine = Field(default="FR", max_length=2)


class ContactFields(BaseModel):
    model_config = _FORBID

    civility: SingleLine | None = Field(default=None, max_length=20)
    last_name: SingleLine = Field(default="", max_length=120)
    first_name: SingleLine = Field(default="", max_length=120)
    company_name: SingleLine | None = Field(default=None, max_length=120)
    emails: list[SingleLine] = Field(default_factory=list, max_length=10)
    phones: list[SingleLine] = Field(default_factory=list, max_length=10)
    address: AddressIn = Field(default_factory=AddressIn)
    notes: MultiLine = Field(default="", max_length=10_000)


class ClientCreate(ContactFields):
    """A new client or prospect record."""

    kind: Literal["prospect", "client"] = "prospect"
    owner_id: UUID | None = Field(default=None, description="Par défaut : l'auteur de la fiche")
    status: SingleLine = Field(default="prospect", max_length=40)

    def contact(self) -> Contact:
        return Contact.model_validate(self.model_dump(include=set(ContactFields.model_fields)))


class ContactPatch(BaseModel):
    """Contact fields to change; the others keep their value."""

    model_config = _FORBID

    civility: SingleLine | None = Field(default=None, max_length=20)
    last_name: SingleLine | None = Field(default=None, max_length=120)
    first_name: SingleLine | None = Field(default=None, max_length=120)
    company_name: SingleLine | None = Field(default=None, max_length=120)
    emails: list[SingleLine] | None = Field(default=None, max_length=10)
    phones: list[SingleLine] | None = Field(default=None, max_length=10)
    address: AddressIn | None = None
    notes: MultiLine | None = Field(default=None, max_length=10_000)

    def changes(self) -> dict[str, Any]:
        """Only the fields the request named; a null list or text means empty."""
        changes = self.model_dump(exclude_unset=True)
        for name in ("last_name", "first_name", "notes"):
            if name in changes and changes[name] is None:
                changes[name] = ""
        for name in ("emails", "phones"):
            if name in changes and changes[name] is None:
                changes[name] = []
        if "address" in changes and self.address is not None:
            changes["address"] = self.address.model_dump(exclude_unset=True)
        return changes


class OwnerChange(BaseModel):
    model_config = _FORBID
    owner_id: UUID | None


class StatusChange(BaseModel):
    model_config = _FORBID
    status: SingleLine = Field(min_length=1, max_length=40)
    duplicate_of: UUID | None = Field(
        default=None,
        description="Avec la Corbeille seulement : la fiche dont celle-ci est le doublon",
    )


class CommercialBlock(BaseModel):
    model_config = _FORBID
    reason: MultiLine = Field(min_length=1, max_length=500, examples=["impayés"])


class TrashRequest(BaseModel):
    model_config = _FORBID
    duplicate_of: UUID | None = Field(
        default=None, description="La fiche dont celle-ci est le doublon"
    )


class StatusRef(BaseModel):
    code: str
    label: str


class CommercialBlockPublic(BaseModel):
    reason: str
    since: datetime | None


class UndeliverableEmailPublic(BaseModel):
    """An address of the record that bounced: mail to it cannot be delivered."""

    address: str
    status: str
    diagnostic: str
    bounced_at: datetime


class ClientPublic(BaseModel):
    """A client or prospect record."""

    id: UUID
    version: int
    kind: str
    display_name: str
    contact: Contact
    owner_id: UUID | None
    status: StatusRef
    commercial_block: CommercialBlockPublic | None
    trashed: bool
    trashed_at: datetime | None
    duplicate_of: UUID | None
    created_at: datetime
    updated_at: datetime
    undeliverable_emails: list[UndeliverableEmailPublic] = []
    """The record's addresses that bounced (« Adresse email non distribuable »), until
    corrected. Filled by ``GET /clients/{id}`` only (lists and command answers leave it empty)."""

    @classmethod
    def of(cls, card: ClientCard) -> ClientPublic:
        block = (
            None
            if card.block_reason is None
            else CommercialBlockPublic(reason=card.block_reason, since=card.blocked_at)
        )
        return cls(
            id=card.id,
            version=card.version,
            kind=card.kind,
            display_name=card.display_name,
            contact=card.contact,
            owner_id=card.owner_id,
            status=StatusRef(code=card.status, label=card.status_label),
            commercial_block=block,
            trashed=card.trashed,
            trashed_at=card.trashed_at,
            duplicate_of=card.duplicate_of,
            created_at=card.created_at,
            updated_at=card.updated_at,
            undeliverable_emails=[
                UndeliverableEmailPublic(
                    address=m.address,
                    status=m.status,
                    diagnostic=m.diagnostic,
                    bounced_at=m.bounced_at,
                )
                for m in card.undeliverable_emails
            ],
        )


class DuplicatePublic(BaseModel):
    """A probable duplicate and what it shares: ``name``, ``phone``, ``email``."""

    client: ClientPublic
    reasons: list[str]

    @classmethod
    def of(cls, match: DuplicateMatch) -> DuplicatePublic:
        return cls(client=ClientPublic.of(match.card), reasons=match.reasons)


class ClientCreated(ClientPublic):
    """The new record, and the records it probably duplicates (creation is never refused)."""

    probable_duplicates: list[DuplicatePublic]

    @classmethod
    def of_registered(cls, registered: Registered) -> ClientCreated:
        public = ClientPublic.of(registered.card)
        duplicates = [DuplicatePublic.of(m) for m in registered.probable_duplicates]
        return cls(**public.model_dump(), probable_duplicates=duplicates)


class HistoryEntryPublic(BaseModel):
    """One line of the timeline: who (actor id), when, what (in French)."""

    sequence: int
    type: str
    at: datetime
    actor_id: UUID | None
    label: str

    @classmethod
    def of(cls, entry: HistoryEntry) -> HistoryEntryPublic:
        return cls(
            sequence=entry.sequence,
            type=entry.event_type,
            at=entry.at,
            actor_id=entry.actor_id,
            label=entry.label,
        )


class StatusCreate(BaseModel):
    """A status to add to the tenant's list; the code is made from the label if omitted."""

    model_config = _FORBID
    label: SingleLine = Field(min_length=1, max_length=80)
    code: SingleLine | None = Field(default=None, min_length=1, max_length=40)
    on_planning: bool = Field(default=False, description="Met le client sur le planning")
    ends_worksite: bool = Field(default=False, description="Termine le chantier en cours")
    trash: bool = Field(
        default=False, description="Refusé : la liste a déjà sa Corbeille (« corbeille »)"
    )


class StatusRules(BaseModel):
    """What a status does on the planning (« Paramètres » of the statuses)."""

    model_config = _FORBID
    on_planning: bool = Field(description="Met le client sur le planning")
    ends_worksite: bool = Field(description="Termine le chantier en cours")


class StatusPublic(BaseModel):
    code: str
    label: str
    default: bool
    on_planning: bool = False
    ends_worksite: bool = False
    trash: bool = False
