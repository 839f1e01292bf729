"""What the read side gives back: plain records of the read models."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID


@dataclass(frozen=True)
class ClientInfo:
    """The actions service's knowledge of a client record (from clients events)."""

    tenant_id: UUID
    display_name: str
    trashed: bool


@dataclass(frozen=True)
class ActionTypeRecord:
    id: UUID
    tenant_id: UUID
    name: str
    responses: list[str]
    retired: bool
    version: int
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class ActionRecord:
    id: UUID
    tenant_id: UUID
    client_id: UUID
    client_name: str
    client_pending: bool
    action_type_id: UUID
    type_name: str
    note: str
    alert_at: datetime
    timezone: str
    assignee_id: UUID | None
    shared_with: list[UUID]
    status: str
    response: str | None
    response_comment: str | None
    cancel_reason: str | None
    needs_reassignment: bool
    due_alert_at: datetime | None
    created_by: UUID | None
    created_at: datetime
    updated_at: datetime
    version: int
    rule_id: UUID | None = None
    """The follow-up rule that created the action by itself (issue 20)."""
    rule_name: str = ""


@dataclass(frozen=True)
class ActionFilters:
    """Filters of ``GET /actions``; all given ones must hold."""

    assigned_to: UUID | None = None
    shared_with: UUID | None = None
    client_id: UUID | None = None
    status: str | None = None
    overdue_at: datetime | None = None
    """When set: open actions whose alert time is at or before this instant."""


@dataclass(frozen=True)
class DueCandidate:
    action_id: UUID
    tenant_id: UUID
    client_name: str
