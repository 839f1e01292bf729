"""Actions: given events, when a command, then events or a French refusal."""

from datetime import UTC, datetime, timedelta
from uuid import UUID, uuid4

import pytest
from actions.domain.action import (
    CLIENT_RESTORED_REASON,
    CLIENT_TRASHED_REASON,
    Action,
    NewAction,
)
from actions.domain.errors import ActionClosedError, NotDueError, ResponseNotAllowedError
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
from ouvrage_events.contract.base import DomainEvent

ACTION = uuid4()
CLIENT = uuid4()
TYPE = uuid4()
ALICE, BOB, CAROL = uuid4(), uuid4(), uuid4()
ALERT = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


def created(**changes: object) -> ActionCreated:
    values: dict[str, object] = {
        "action_id": ACTION,
        "client_id": CLIENT,
        "client_name": "Paviere Robert",
        "action_type_id": TYPE,
        "type_name": "A relancer",
        "note": "Rappeler pour le devis",
        "alert_at": ALERT,
    }
    values.update(changes)
    return ActionCreated.model_validate(values)


def given(*events: DomainEvent) -> Action:
    return Action.fold(ACTION, [created(), *events])


def assigned(to: UUID, previous: UUID | None = None) -> ActionAssigned:
    return ActionAssigned(
        action_id=ACTION,
        assignee_id=to,
        previous_assignee_id=previous,
        client_id=CLIENT,
        client_name="Paviere Robert",
        type_name="A relancer",
        alert_at=ALERT,
        note="Rappeler pour le devis",
    )


def new_action(**changes: object) -> NewAction:
    values: dict[str, object] = {
        "action_id": ACTION,
        "client_id": CLIENT,
        "client_name": "Paviere Robert",
        "client_pending": False,
        "action_type_id": TYPE,
        "type_name": "A relancer",
        "alert_at": ALERT,
        "note": "Rappeler pour le devis",
    }
    values.update(changes)
    return NewAction(**values)  # type: ignore[arg-type]


def test_create_assigned_and_shared_records_the_three_events_in_order() -> None:
    action = Action.create(new_action(assignee_id=ALICE, share_with=[BOB, CAROL, BOB]))

    assert action.pending == [
        created(),
        assigned(ALICE),
        ActionShared(
            action_id=ACTION,
            user_ids=[BOB, CAROL],
            client_id=CLIENT,
            client_name="Paviere Robert",
            type_name="A relancer",
            alert_at=ALERT,
        ),
    ]
    assert action.version == 3


def test_create_on_a_client_not_yet_known_is_pending_without_a_name() -> None:
    action = Action.create(new_action(client_name="", client_pending=True))

    assert action.pending == [created(client_name="", client_pending=True)]
    assert action.client_pending


def test_assign_to_the_current_assignee_records_nothing() -> None:
    action = given(assigned(ALICE))

    action.assign(ALICE)

    assert action.pending == []


def test_reassign_carries_the_previous_assignee_and_the_current_client_name() -> None:
    action = given(assigned(ALICE))

    action.assign(BOB, client_name="Paviere Robert et fils")

    (event,) = action.pending
    assert isinstance(event, ActionAssigned)
    assert (event.assignee_id, event.previous_assignee_id) == (BOB, ALICE)
    assert event.client_name == "Paviere Robert et fils"


def test_share_records_only_colleagues_not_yet_informed() -> None:
    action = Action.create(new_action(share_with=[BOB]))
    action.mark_saved()

    action.share([BOB, CAROL])
    action.share([CAROL])

    (event,) = action.pending
    assert isinstance(event, ActionShared)
    assert event.user_ids == [CAROL]
    assert action.shared_with == [BOB, CAROL]


def test_reschedule_records_the_previous_time_and_nothing_when_unchanged() -> None:
    action = given()
    later = ALERT + timedelta(days=2)

    action.reschedule(ALERT)
    action.reschedule(later)

    assert action.pending == [
        ActionRescheduled(action_id=ACTION, alert_at=later, previous_alert_at=ALERT)
    ]


def test_change_note() -> None:
    action = given()

    action.change_note("Rappeler lundi")

    assert action.pending == [ActionNoteChanged(action_id=ACTION, note="Rappeler lundi")]


def test_answer_must_be_one_of_the_type_responses() -> None:
    action = given()

    with pytest.raises(ResponseNotAllowedError, match="« Peut-être » n'est pas une réponse"):
        action.answer("Peut-être", ["Intéressé", "Pas intéressé"])
    action.answer(" intéressé ", ["Intéressé", "Pas intéressé"], "Devis à envoyer")

    assert action.pending == [
        ActionAnswered(action_id=ACTION, response="Intéressé", comment="Devis à envoyer")
    ]


def test_answer_refused_when_the_type_has_no_response() -> None:
    with pytest.raises(ResponseNotAllowedError, match="aucune réponse"):
        given().answer("Fait", [])


@pytest.mark.parametrize(
    ("closing", "label"),
    [
        (ActionCompleted(action_id=ACTION), "terminée"),
        (ActionCancelled(action_id=ACTION), "annulée"),
    ],
)
def test_a_closed_action_refuses_every_command(closing: DomainEvent, label: str) -> None:
    action = given(closing)

    for command in (
        lambda: action.assign(BOB),
        lambda: action.share([BOB]),
        lambda: action.reschedule(ALERT + timedelta(hours=1)),
        lambda: action.change_note("x"),
        lambda: action.answer("Oui", ["Oui"]),
        action.complete,
        action.cancel,
    ):
        with pytest.raises(ActionClosedError, match=label):
            command()
    assert action.pending == []


def test_complete_then_cancel_is_refused() -> None:
    action = given()

    action.complete()

    assert action.pending == [ActionCompleted(action_id=ACTION)]
    with pytest.raises(ActionClosedError):
        action.cancel("trop tard")


def test_trashed_client_cancels_an_open_action_only() -> None:
    open_action, done = given(), given(ActionCompleted(action_id=ACTION))

    open_action.cancel_for_trashed_client()
    done.cancel_for_trashed_client()

    assert open_action.pending == [ActionCancelled(action_id=ACTION, reason=CLIENT_TRASHED_REASON)]
    assert done.pending == []


def test_flag_for_reassignment_only_for_the_current_assignee_once() -> None:
    action = given(assigned(ALICE))

    action.flag_for_reassignment(BOB)
    action.flag_for_reassignment(ALICE)
    action.flag_for_reassignment(ALICE)

    assert action.pending == [
        ActionFlaggedForReassignment(action_id=ACTION, former_assignee_id=ALICE)
    ]
    assert action.needs_reassignment


def test_reassigning_a_flagged_action_clears_the_flag() -> None:
    action = given(
        assigned(ALICE), ActionFlaggedForReassignment(action_id=ACTION, former_assignee_id=ALICE)
    )

    action.assign(BOB)

    assert not action.needs_reassignment
    assert action.assignee_id == BOB


def test_confirm_client_only_when_pending() -> None:
    pending = Action.fold(ACTION, [created(client_name="", client_pending=True)])
    known = given()

    pending.confirm_client("Paviere Robert")
    known.confirm_client("Autre nom")

    assert pending.pending == [
        ActionClientConfirmed(action_id=ACTION, client_id=CLIENT, client_name="Paviere Robert")
    ]
    assert not pending.client_pending
    assert known.pending == []


def test_due_is_recorded_once_per_alert_time() -> None:
    action = given(assigned(ALICE))

    action.mark_due(ALERT)
    with pytest.raises(NotDueError):
        action.mark_due(ALERT + timedelta(hours=1))

    assert action.pending == [
        ActionDue(
            action_id=ACTION,
            assignee_id=ALICE,
            client_id=CLIENT,
            client_name="Paviere Robert",
            type_name="A relancer",
            alert_at=ALERT,
        )
    ]


def test_due_again_after_a_reschedule() -> None:
    later = ALERT + timedelta(days=1)
    action = given(
        ActionDue(
            action_id=ACTION, client_id=CLIENT, client_name="P", type_name="A", alert_at=ALERT
        ),
        ActionRescheduled(action_id=ACTION, alert_at=later, previous_alert_at=ALERT),
    )

    with pytest.raises(NotDueError):
        action.mark_due(later - timedelta(seconds=1))
    action.mark_due(later)

    (event,) = action.pending
    assert isinstance(event, ActionDue)
    assert event.alert_at == later


def test_no_due_alert_for_a_closed_action() -> None:
    with pytest.raises(NotDueError):
        given(ActionCancelled(action_id=ACTION)).mark_due(ALERT)


KEPT = uuid4()


def test_an_open_action_follows_the_kept_record_with_its_note() -> None:
    action = given(ActionNoteChanged(action_id=ACTION, note="Devis à revoir"))

    action.move_to_client(KEPT, "Pavière Robert")

    assert action.pending == [
        ActionMovedToClient(
            action_id=ACTION,
            client_id=KEPT,
            previous_client_id=CLIENT,
            client_name="Pavière Robert",
            note="Devis à revoir",
        )
    ]
    assert (action.client_id, action.client_name) == (KEPT, "Pavière Robert")


def test_a_closed_or_already_moved_action_does_not_move() -> None:
    done = given(ActionCompleted(action_id=ACTION))
    done.move_to_client(KEPT, "Pavière Robert")
    moved = given(
        ActionMovedToClient(
            action_id=ACTION, client_id=KEPT, previous_client_id=CLIENT, client_name="P"
        )
    )
    moved.move_to_client(KEPT, "Pavière Robert")
    assert done.pending == moved.pending == []


def test_a_restored_client_reopens_only_what_its_trash_cancelled() -> None:
    by_trash = given(ActionCancelled(action_id=ACTION, reason=CLIENT_TRASHED_REASON))
    by_user = given(ActionCancelled(action_id=ACTION, reason="plus utile"))
    done = given(ActionCompleted(action_id=ACTION))

    for action in (by_trash, by_user, done):
        action.reopen_for_restored_client()

    assert by_trash.pending == [ActionReopened(action_id=ACTION, reason=CLIENT_RESTORED_REASON)]
    assert by_trash.is_open
    assert by_user.pending == done.pending == []


def test_a_reopened_action_is_cancelled_again_by_a_new_trash() -> None:
    action = given(
        ActionCancelled(action_id=ACTION, reason=CLIENT_TRASHED_REASON),
        ActionReopened(action_id=ACTION, reason=CLIENT_RESTORED_REASON),
    )
    action.reopen_for_restored_client()
    action.cancel_for_trashed_client()
    assert action.pending == [ActionCancelled(action_id=ACTION, reason=CLIENT_TRASHED_REASON)]
