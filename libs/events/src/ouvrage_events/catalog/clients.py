"""Events of the clients service: client and prospect records."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from ouvrage_events.contract.base import DomainEvent
from ouvrage_events.contract.registry import event
from ouvrage_events.privacy.marks import ERASED_PERSON, Personal, client_name

ClientKind = Literal["prospect", "client"]


class Address(BaseModel):
    model_config = ConfigDict(frozen=True)

    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = "FR"


class ClientsEvent(DomainEvent):
    service: ClassVar[str] = "clients"


class Contact(BaseModel):
    """A client record's contact details, as shown on the « Contact » tab."""

    model_config = ConfigDict(frozen=True)

    civility: str | None = None
    last_name: str = ""
    first_name: str = ""
    company_name: str | None = None
    emails: list[str] = Field(default_factory=list)
    phones: list[str] = Field(default_factory=list)
    address: Address = Field(default_factory=Address)
    notes: str = ""

    def display_name(self) -> str:
        person = " ".join(p for p in (self.last_name, self.first_name) if p)
        if self.company_name:
            return f"{self.company_name} ({person})" if person else self.company_name
        return person


_ERASED_CONTACT = {"last_name": ERASED_PERSON}


@event
class ClientRegistered(ClientsEvent):
    """A client or prospect record was created."""

    client_id: UUID
    kind: ClientKind = "prospect"
    contact: Annotated[Contact, Personal("client", erased=_ERASED_CONTACT)]
    display_name: Annotated[str, client_name()]
    owner_id: UUID | None = None
    status: str = "prospect"
    status_label: str = "Prospect"
    on_planning: bool | None = None
    """The status puts the client on the planning (None in events recorded before statuses said
    so: consumers then read the code, ``en_cours_de_chantier``)."""
    ends_worksite: bool | None = None
    """The status ends the client's open worksite (None: as ``on_planning``)."""


@event
class ClientContactChanged(ClientsEvent):
    """The contact details of a record changed (the full new contact)."""

    client_id: UUID
    contact: Annotated[Contact, Personal("client", erased=_ERASED_CONTACT)]
    display_name: Annotated[str, client_name()]


@event
class ClientOwnerChanged(ClientsEvent):
    """The user in charge of the record changed."""

    client_id: UUID
    owner_id: UUID | None


@event
class ClientStatusChanged(ClientsEvent):
    """The record's status changed (e.g. to « en cours de chantier »)."""

    client_id: UUID
    status: str
    status_label: str
    previous_status: str | None = None
    on_planning: bool | None = None
    """The new status puts the client on the planning, as the company's list said at the time
    (None in events recorded before statuses said so: consumers then read the code)."""
    ends_worksite: bool | None = None
    """The new status ends the client's open worksite (« chantier terminé » by default)."""


@event
class ClientBlocked(ClientsEvent):
    """Commercial management is blocked for this client: quotes and invoices must refuse it."""

    client_id: UUID
    reason: Annotated[str, Personal("client")]
    owner_id: UUID | None = None
    display_name: Annotated[str, client_name()] = ""


@event
class ClientUnblocked(ClientsEvent):
    """Commercial management is allowed again for this client."""

    client_id: UUID


@event
class ClientTrashed(ClientsEvent):
    """The record went to the trash (« Corbeille »), possibly as a duplicate of another: then the
    services move its open work (actions, SAV, worksites) to ``duplicate_of``."""

    client_id: UUID
    duplicate_of: UUID | None = None


@event
class ClientRestored(ClientsEvent):
    """The record came back from the trash."""

    client_id: UUID


@event
class ClientStatusDefined(ClientsEvent):
    """A tenant added a status to its list of client statuses (beside the default ones)."""

    code: str
    label: str
    on_planning: bool = False
    ends_worksite: bool = False


@event
class ClientStatusConfigured(ClientsEvent):
    """A company changed what one status of its list does on the planning (default statuses
    too): whether it puts the client on the planning, whether it ends the open worksite."""

    code: str
    on_planning: bool
    ends_worksite: bool


@event
class ClientConverted(ClientsEvent):
    """A prospect became a client."""

    client_id: UUID


@event
class ClientErased(ClientsEvent):
    """The person's personal data was erased (RGPD article 17): their key is destroyed, every
    service blanks or purges them (« Personne effacée »)."""

    client_id: UUID
    reason: Literal["request", "retention"] = "request"


@event
class ProspectRetentionChanged(ClientsEvent):
    """A company set how many years a prospect without activity is kept (then erased)."""

    years: int


@event
class ProspectsErasedForRetention(ClientsEvent):
    """The retention job erased prospects without activity for ``years`` (company history)."""

    years: int
    client_ids: list[UUID] = Field(default_factory=list)
