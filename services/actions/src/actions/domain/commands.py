"""Commands: what a user asks for, before validation against the service's projections."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from uuid import UUID


@dataclass(frozen=True)
class DefineActionType:
    name: str
    responses: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class RenameActionType:
    action_type_id: UUID
    name: str
    expected_version: int | None = None


@dataclass(frozen=True)
class AddResponse:
    action_type_id: UUID
    response: str
    expected_version: int | None = None


@dataclass(frozen=True)
class RemoveResponse:
    action_type_id: UUID
    response: str
    expected_version: int | None = None


@dataclass(frozen=True)
class RetireActionType:
    action_type_id: UUID
    expected_version: int | None = None


@dataclass(frozen=True)
class CreateAction:
    client_id: UUID
    action_type_id: UUID
    alert_at: datetime
    """Naive: wall-clock time of the company's time zone; aware: taken as is."""
    note: str = ""
    assignee_id: UUID | None = None
    share_with: list[UUID] = field(default_factory=list)


@dataclass(frozen=True)
class AssignAction:
    action_id: UUID
    assignee_id: UUID
    expected_version: int | None = None


@dataclass(frozen=True)
class ShareAction:
    action_id: UUID
    user_ids: list[UUID]
    expected_version: int | None = None


@dataclass(frozen=True)
class UpdateAction:
    """Reschedule and/or change the note."""

    action_id: UUID
    alert_at: datetime | None = None
    note: str | None = None
    expected_version: int | None = None


@dataclass(frozen=True)
class AnswerAction:
    action_id: UUID
    response: str
    comment: str = ""
    expected_version: int | None = None


@dataclass(frozen=True)
class CompleteAction:
    action_id: UUID
    expected_version: int | None = None


@dataclass(frozen=True)
class CancelAction:
    action_id: UUID
    reason: str = ""
    expected_version: int | None = None
