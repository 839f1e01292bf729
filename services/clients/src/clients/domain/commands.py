"""Commands: what a user asks of a record, in the imperative."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from ouvrage_events.catalog.clients import ClientKind, Contact


@dataclass(frozen=True, slots=True)
class RegisterClient:
    client_id: UUID
    contact: Contact
    kind: ClientKind = "prospect"
    owner_id: UUID | None = None
    status: str = "prospect"


@dataclass(frozen=True, slots=True)
class EditClient:
    """Base of the commands on an existing record; ``expected_version`` comes from If-Match."""

    client_id: UUID
    expected_version: int | None = None


@dataclass(frozen=True, slots=True)
class ChangeContact(EditClient):
    changes: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ChangeOwner(EditClient):
    owner_id: UUID | None = None


@dataclass(frozen=True, slots=True)
class ChangeStatus(EditClient):
    """``duplicate_of`` only with the status « Corbeille »: the record this one duplicates."""

    status: str = ""
    duplicate_of: UUID | None = None


@dataclass(frozen=True, slots=True)
class ConvertClient(EditClient):
    """The prospect becomes a client."""


@dataclass(frozen=True, slots=True)
class BlockClient(EditClient):
    reason: str = ""


@dataclass(frozen=True, slots=True)
class UnblockClient(EditClient):
    pass


@dataclass(frozen=True, slots=True)
class TrashClient(EditClient):
    duplicate_of: UUID | None = None


@dataclass(frozen=True, slots=True)
class RestoreClient(EditClient):
    pass


@dataclass(frozen=True, slots=True)
class DefineStatus:
    label: str
    code: str | None = None
    on_planning: bool = False
    ends_worksite: bool = False
    trash: bool = False


@dataclass(frozen=True, slots=True)
class ConfigureStatus:
    """What a status does on the planning (« Paramètres » of the statuses)."""

    code: str
    on_planning: bool
    ends_worksite: bool
