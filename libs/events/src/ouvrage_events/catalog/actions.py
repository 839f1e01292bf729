"""Events of the actions service: action types and follow-up actions on clients."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, ClassVar
from uuid import UUID

from pydantic import Field

from ouvrage_events.contract.base import DomainEvent
from ouvrage_events.contract.registry import event
from ouvrage_events.privacy.marks import Personal, client_name

# Texts about a client kept on an action: sealed under the action's own key, which the actions
# service destroys with the client's (ClientErased).
_ACTION_RECORD = Personal("action", subject=None)


class ActionsEvent(DomainEvent):
    service: ClassVar[str] = "actions"


@event
class ActionTypeDefined(ActionsEvent):
    """A kind of action (« A relancer », « Invitation salon »…) was created."""

    action_type_id: UUID
    name: str
    responses: list[str] = Field(default_factory=list)


@event
class ActionTypeChanged(ActionsEvent):
    """An action type was renamed, its responses changed, or it was retired (full new state)."""

    action_type_id: UUID
    name: str
    responses: list[str]
    retired: bool = False


@event
class ActionCreated(ActionsEvent):
    """A follow-up action was created on a client record."""

    action_id: UUID
    client_id: UUID
    client_name: Annotated[str, client_name()]
    action_type_id: UUID
    type_name: str
    note: Annotated[str, Personal("client")] = ""
    alert_at: datetime
    created_by: UUID | None = None
    client_pending: bool = False
    """True when the actions service had not yet seen the client (``client_name`` is then empty
    until ``ActionClientConfirmed``)."""


@event
class ActionAssigned(ActionsEvent):
    """The action was assigned to a collaborator, with what a notification needs."""

    action_id: UUID
    assignee_id: UUID
    previous_assignee_id: UUID | None = None
    client_id: UUID
    client_name: Annotated[str, client_name()]
    type_name: str
    alert_at: datetime
    note: Annotated[str, Personal("client")] = ""


@event
class ActionShared(ActionsEvent):
    """The action was shared with colleagues, to keep them informed."""

    action_id: UUID
    user_ids: list[UUID]
    client_id: UUID
    client_name: Annotated[str, client_name()]
    type_name: str
    alert_at: datetime


@event
class ActionRescheduled(ActionsEvent):
    """The alert date and time of the action changed."""

    action_id: UUID
    alert_at: datetime
    previous_alert_at: datetime


@event
class ActionNoteChanged(ActionsEvent):
    """The note of the action changed (the full new note)."""

    action_id: UUID
    note: Annotated[str, _ACTION_RECORD]


@event
class ActionClientConfirmed(ActionsEvent):
    """The client of an action created before the service had seen it is now known."""

    action_id: UUID
    client_id: UUID
    client_name: Annotated[str, client_name()]


@event
class ActionAnswered(ActionsEvent):
    """The action was answered with one of its type's responses."""

    action_id: UUID
    response: str
    comment: Annotated[str, _ACTION_RECORD] = ""


@event
class ActionCompleted(ActionsEvent):
    """The action is done."""

    action_id: UUID


@event
class ActionCancelled(ActionsEvent):
    """The action was cancelled (by a user, or because its client went to the trash)."""

    action_id: UUID
    reason: str = ""


@event
class ActionFlaggedForReassignment(ActionsEvent):
    """The action's assignee was deactivated: somebody must take it over."""

    action_id: UUID
    former_assignee_id: UUID


@event
class ActionDue(ActionsEvent):
    """The alert time of an open action has come."""

    action_id: UUID
    assignee_id: UUID | None = None
    shared_with: list[UUID] = Field(default_factory=list)
    client_id: UUID
    client_name: Annotated[str, client_name()]
    type_name: str
    alert_at: datetime
    created_by: UUID | None = None
    """Who created the action: « la date à laquelle vous voulez être alerté » alerts them too
    (absent from events recorded before it existed)."""
