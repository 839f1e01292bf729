"""A follow-up action on a client record: alert time, type, note, assignee, colleagues informed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal
from uuid import UUID

from ouvrage_events.aggregate import Aggregate
from ouvrage_events.catalog.actions import (
    ActionAnswered,
    ActionAssigned,
    ActionCancelled,
    ActionClientConfirmed,
    ActionCompleted,
    ActionCreated,
    ActionDue,
    ActionFlaggedForReassignment,
    ActionMovedToClient,
    ActionNoteChanged,
    ActionReopened,
    ActionRescheduled,
    ActionShared,
)

from actions.domain.errors import ActionClosedError, NotDueError, ResponseNotAllowedError

Status = Literal["open", "completed", "cancelled"]

CLIENT_TRASHED_REASON = "client mis à la corbeille"
CLIENT_RESTORED_REASON = "client restauré depuis la corbeille"


@dataclass(frozen=True)
class NewAction:
    """What creating an action needs, already validated against the service's projections."""

    action_id: UUID
    client_id: UUID
    client_name: str
    client_pending: bool
    action_type_id: UUID
    type_name: str
    alert_at: datetime
    note: str = ""
    created_by: UUID | None = None
    assignee_id: UUID | None = None
    share_with: list[UUID] = field(default_factory=list)
    rule_id: UUID | None = None
    """The follow-up rule creating the action by itself (issue 20)."""
    rule_name: str = ""


class Action(Aggregate):
    stream_type = "action"

    def __init__(self, aggregate_id: UUID) -> None:
        super().__init__(aggregate_id)
        self.client_id: UUID | None = None
        self.client_name = ""
        self.client_pending = False
        self.action_type_id: UUID | None = None
        self.type_name = ""
        self.note = ""
        self.alert_at: datetime | None = None
        self.assignee_id: UUID | None = None
        self.shared_with: list[UUID] = []
        self.status: Status = "open"
        self.cancel_reason: str | None = None
        self.response: str | None = None
        self.needs_reassignment = False
        self.due_for: datetime | None = None

    @classmethod
    def create(cls, new: NewAction) -> Action:
        """A new open action, assigned and shared at once when asked."""
        action = cls(new.action_id)
        action.record(
            ActionCreated(
                action_id=new.action_id,
                client_id=new.client_id,
                client_name=new.client_name,
                client_pending=new.client_pending,
                action_type_id=new.action_type_id,
                type_name=new.type_name,
                note=new.note,
                alert_at=new.alert_at,
                created_by=new.created_by,
                rule_id=new.rule_id,
                rule_name=new.rule_name,
            )
        )
        if new.assignee_id is not None:
            action.assign(new.assignee_id)
        action.share(new.share_with)
        return action

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    def assign(self, assignee_id: UUID, client_name: str | None = None) -> None:
        """Give the action to a collaborator (nothing recorded if it is already theirs)."""
        self._check_open()
        if assignee_id == self.assignee_id and not self.needs_reassignment:
            return
        assert self.client_id is not None and self.alert_at is not None
        self.record(
            ActionAssigned(
                action_id=self.id,
                assignee_id=assignee_id,
                previous_assignee_id=self.assignee_id,
                client_id=self.client_id,
                client_name=self._name(client_name),
                type_name=self.type_name,
                alert_at=self.alert_at,
                note=self.note,
            )
        )

    def share(self, user_ids: list[UUID], client_name: str | None = None) -> None:
        """Inform colleagues; only those not yet informed are recorded."""
        self._check_open()
        new = [u for u in dict.fromkeys(user_ids) if u not in self.shared_with]
        if not new:
            return
        assert self.client_id is not None and self.alert_at is not None
        self.record(
            ActionShared(
                action_id=self.id,
                user_ids=new,
                client_id=self.client_id,
                client_name=self._name(client_name),
                type_name=self.type_name,
                alert_at=self.alert_at,
            )
        )

    def reschedule(self, alert_at: datetime) -> None:
        self._check_open()
        assert self.alert_at is not None
        if alert_at != self.alert_at:
            self.record(
                ActionRescheduled(
                    action_id=self.id, alert_at=alert_at, previous_alert_at=self.alert_at
                )
            )

    def change_note(self, note: str) -> None:
        self._check_open()
        if note != self.note:
            self.record(ActionNoteChanged(action_id=self.id, note=note))

    def answer(self, response: str, allowed: list[str], comment: str = "") -> None:
        """Answer with one of the responses the action's type allows (``allowed``)."""
        self._check_open()
        folded = " ".join(response.split()).casefold()
        matching = [r for r in allowed if r.casefold() == folded]
        if not matching:
            raise ResponseNotAllowedError(response, allowed)
        self.record(ActionAnswered(action_id=self.id, response=matching[0], comment=comment))

    def complete(self) -> None:
        self._check_open()
        self.record(ActionCompleted(action_id=self.id))

    def cancel(self, reason: str = "") -> None:
        self._check_open()
        self.record(ActionCancelled(action_id=self.id, reason=reason))

    def cancel_for_trashed_client(self) -> None:
        """Reaction to the client going to the trash: open actions are cancelled, others kept."""
        if self.is_open:
            self.cancel(CLIENT_TRASHED_REASON)

    def reopen_for_restored_client(self) -> None:
        """Reaction to the client coming back from the trash: an action its trash cancelled is
        open again (one cancelled by a user stays cancelled)."""
        if self.status == "cancelled" and self.cancel_reason == CLIENT_TRASHED_REASON:
            self.record(ActionReopened(action_id=self.id, reason=CLIENT_RESTORED_REASON))

    def move_to_client(self, client_id: UUID, client_name: str) -> None:
        """Reaction to the client's record going to the trash as a duplicate of ``client_id``:
        an open action follows the kept record (its note travels under that client's key)."""
        if not self.is_open or client_id == self.client_id:
            return
        assert self.client_id is not None
        self.record(
            ActionMovedToClient(
                action_id=self.id,
                client_id=client_id,
                previous_client_id=self.client_id,
                client_name=client_name,
                note=self.note,
            )
        )

    def flag_for_reassignment(self, former_assignee_id: UUID) -> None:
        """Reaction to the assignee's deactivation (no-op unless open and still theirs)."""
        if self.is_open and self.assignee_id == former_assignee_id and not self.needs_reassignment:
            self.record(
                ActionFlaggedForReassignment(
                    action_id=self.id, former_assignee_id=former_assignee_id
                )
            )

    def confirm_client(self, client_name: str) -> None:
        """The client the action was created on is now known (no-op unless pending)."""
        if self.client_pending:
            assert self.client_id is not None
            self.record(
                ActionClientConfirmed(
                    action_id=self.id, client_id=self.client_id, client_name=client_name
                )
            )

    def mark_due(self, now: datetime, client_name: str | None = None) -> None:
        """Record that the alert time has come: once per alert time, and only while open."""
        if not self.is_open or self.alert_at is None or self.alert_at > now:
            raise NotDueError()
        if self.due_for == self.alert_at:
            raise NotDueError()
        assert self.client_id is not None
        self.record(
            ActionDue(
                action_id=self.id,
                assignee_id=self.assignee_id,
                shared_with=list(self.shared_with),
                client_id=self.client_id,
                client_name=self._name(client_name),
                type_name=self.type_name,
                alert_at=self.alert_at,
            )
        )

    def _check_open(self) -> None:
        if not self.is_open:
            raise ActionClosedError(self.status)

    def _name(self, current: str | None) -> str:
        return current if current else self.client_name

    # State changes: only here, also what loading replays.
    def when_ActionCreated(self, e: ActionCreated) -> None:
        self.client_id = e.client_id
        self.client_name = e.client_name
        self.client_pending = e.client_pending
        self.action_type_id = e.action_type_id
        self.type_name = e.type_name
        self.note = e.note
        self.alert_at = e.alert_at

    def when_ActionAssigned(self, e: ActionAssigned) -> None:
        self.assignee_id = e.assignee_id
        self.needs_reassignment = False
        self._remember_name(e.client_name)

    def when_ActionShared(self, e: ActionShared) -> None:
        self.shared_with = [*self.shared_with, *e.user_ids]
        self._remember_name(e.client_name)

    def when_ActionRescheduled(self, e: ActionRescheduled) -> None:
        self.alert_at = e.alert_at

    def when_ActionNoteChanged(self, e: ActionNoteChanged) -> None:
        self.note = e.note

    def when_ActionAnswered(self, e: ActionAnswered) -> None:
        self.response = e.response

    def when_ActionCompleted(self, e: ActionCompleted) -> None:
        self.status = "completed"

    def when_ActionCancelled(self, e: ActionCancelled) -> None:
        self.status = "cancelled"
        self.cancel_reason = e.reason

    def when_ActionReopened(self, e: ActionReopened) -> None:
        self.status = "open"
        self.cancel_reason = None

    def when_ActionMovedToClient(self, e: ActionMovedToClient) -> None:
        self.client_id = e.client_id
        self.client_name = e.client_name
        self.client_pending = False
        self.note = e.note

    def when_ActionFlaggedForReassignment(self, e: ActionFlaggedForReassignment) -> None:
        self.needs_reassignment = True

    def when_ActionClientConfirmed(self, e: ActionClientConfirmed) -> None:
        self.client_pending = False
        self.client_name = e.client_name

    def when_ActionDue(self, e: ActionDue) -> None:
        self.due_for = e.alert_at
        self._remember_name(e.client_name)

    def _remember_name(self, name: str) -> None:
        if name:
            self.client_name = name
