"""Events of the actions service: action types and follow-up actions on clients."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, ClassVar, Literal
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
    rule_id: UUID | None = None
    """The follow-up rule that created the action by itself (none: created by a user)."""
    rule_name: str = ""


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
class ActionReopened(ActionsEvent):
    """A cancelled action is open again: the trash that cancelled it was undone (the client's
    record came back from the « Corbeille »)."""

    action_id: UUID
    reason: str = ""


@event
class ActionMovedToClient(ActionsEvent):
    """The action follows the record it now belongs to: its client's record went to the trash as
    a duplicate of ``client_id`` (the note travels sealed under the kept client's key)."""

    action_id: UUID
    client_id: UUID
    previous_client_id: UUID
    client_name: Annotated[str, client_name()]
    note: Annotated[str, Personal("client")] = ""


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


FollowUpTrigger = Literal["QuoteSent", "InvoiceIssued", "WorksiteAccepted"]
"""The events a follow-up rule can start from (sales' and planning's)."""
FollowUpCancel = Literal["QuoteAccepted", "QuoteRefused", "PaymentRecorded"]
"""The events that cancel a follow-up of the same quote or invoice (a payment only when it
settles the invoice)."""
FollowUpRole = Literal["auteur", "responsable_client"]
"""Who gets the action: ``auteur``, the user whose gesture recorded the triggering event (the
quote's sender, the invoice's issuer, who recorded the acceptance); ``responsable_client``, the
user in charge of the client record when the action is created."""


class _FollowUpRuleState(ActionsEvent):
    """The whole state of a follow-up rule (not an event by itself)."""

    rule_id: UUID
    name: str
    trigger: FollowUpTrigger
    action_type_id: UUID
    type_name: str
    role: FollowUpRole = "auteur"
    delay_months: int = 0
    delay_days: int = 0
    cancel_on: list[FollowUpCancel] = Field(default_factory=list)


@event
class FollowUpRuleDefined(_FollowUpRuleState):
    """A company's follow-up rule: « quand <trigger>, créer une action <type> pour <role> après
    <delay>, annulée si <cancel_on> » (defaults are ``seeded``)."""

    seeded: bool = False


@event
class FollowUpRuleChanged(_FollowUpRuleState):
    """A follow-up rule was edited (its full new state); actions it created are left alone."""


@event
class FollowUpRuleDeleted(ActionsEvent):
    """A follow-up rule was deleted; actions it created are left alone."""

    rule_id: UUID
