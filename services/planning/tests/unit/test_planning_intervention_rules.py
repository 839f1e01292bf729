"""Given events, when a command, then events or an error: interventions and their padlock."""

from datetime import UTC, datetime, timedelta
from uuid import uuid4

import pytest
from ouvrage_events.catalog.planning import (
    InterventionLocked,
    InterventionPlanned,
    InterventionRemoved,
    InterventionRescheduled,
    InterventionStateChanged,
    InterventionUnlocked,
)
from planning.domain.errors import (
    InterventionLockedError,
    InterventionNotFoundError,
    InterventionStateForbiddenError,
    InvalidSlotError,
    NothingToChangeError,
    UnknownOperatorError,
)
from planning.domain.intervention import Intervention, Slot, check_operators

START = datetime(2026, 12, 1, 8, tzinfo=UTC)
END = START + timedelta(hours=4)
ALICE, BOB = uuid4(), uuid4()
WORKSITE = uuid4()


def planned(**changes: object) -> InterventionPlanned:
    fields: dict[object, object] = {
        "intervention_id": uuid4(),
        "worksite_id": WORKSITE,
        "label": "Pose carrelage",
        "starts_at": START,
        "ends_at": END,
        "operator_ids": [ALICE],
        "state": "planifie",
    }
    fields.update(changes)
    return InterventionPlanned(**fields)  # type: ignore[arg-type]


def given(*events: object) -> Intervention:
    first = events[0]
    assert isinstance(first, InterventionPlanned)
    return Intervention.fold(first.intervention_id, list(events))  # type: ignore[arg-type]


def locked() -> Intervention:
    e = planned()
    return given(
        e,
        InterventionLocked(
            intervention_id=e.intervention_id,
            worksite_id=WORKSITE,
            operator_ids=[ALICE],
            starts_at=START,
            ends_at=END,
        ),
    )


def test_plan_records_the_slot_operators_and_orange_dot() -> None:
    i = Intervention.plan(
        uuid4(),
        worksite_id=WORKSITE,
        slot=Slot(START, END),
        operator_ids=[ALICE, ALICE, BOB],
        active_operators={ALICE, BOB},
        label=" Pose ",
    )
    (event,) = i.pending
    assert isinstance(event, InterventionPlanned)
    assert event.operator_ids == [ALICE, BOB]
    assert event.state == "planifie"
    assert event.label == "Pose"


def test_plan_without_operator_is_a_red_dot() -> None:
    i = Intervention.plan(
        uuid4(), worksite_id=WORKSITE, slot=Slot(START, END), operator_ids=[], active_operators=()
    )
    assert i.state == "a_faire"


def test_an_operator_who_is_not_an_active_user_is_refused() -> None:
    stranger = uuid4()
    with pytest.raises(UnknownOperatorError) as info:
        check_operators([ALICE, stranger], {ALICE})
    assert info.value.operator_ids == [stranger]
    assert str(stranger) in str(info.value)


@pytest.mark.parametrize(
    ("starts", "ends"),
    [(START, START), (END, START), (START.replace(tzinfo=None), END)],
)
def test_a_slot_must_end_after_it_starts_and_carry_a_zone(starts: datetime, ends: datetime) -> None:
    with pytest.raises(InvalidSlotError):
        Slot(starts, ends)


def test_slots_overlap_only_when_they_share_time() -> None:
    morning = Slot(START, END)
    assert morning.overlaps(Slot(END - timedelta(minutes=1), END + timedelta(hours=1)))
    assert not morning.overlaps(Slot(END, END + timedelta(hours=1)))


def test_reschedule_records_the_full_new_slot_and_previous_operators() -> None:
    i = given(planned())
    later = START + timedelta(days=1)
    i.reschedule(
        starts_at=later,
        ends_at=later + timedelta(hours=2),
        operator_ids=[BOB],
        active_operators={BOB},
    )
    (event,) = i.pending
    assert isinstance(event, InterventionRescheduled)
    assert (event.starts_at, event.operator_ids, event.previous_operator_ids) == (
        later,
        [BOB],
        [ALICE],
    )


def test_reschedule_with_only_an_end_keeps_the_start() -> None:
    i = given(planned())
    i.reschedule(ends_at=END + timedelta(hours=1))
    assert i.current_slot == Slot(START, END + timedelta(hours=1))


def test_reschedule_to_the_same_slot_records_nothing() -> None:
    i = given(planned())
    i.reschedule(starts_at=START, ends_at=END)
    assert i.pending == []


def test_reschedule_needs_something_to_change() -> None:
    with pytest.raises(NothingToChangeError):
        given(planned()).reschedule()


def test_locked_intervention_refuses_rescheduling() -> None:
    i = locked()
    with pytest.raises(InterventionLockedError) as info:
        i.reschedule(starts_at=START + timedelta(days=1), ends_at=END + timedelta(days=1))
    assert "verrouillée" in str(info.value)
    assert i.pending == []


def test_locked_intervention_refuses_operator_changes_even_to_unknown_ones() -> None:
    with pytest.raises(InterventionLockedError):
        locked().reschedule(operator_ids=[uuid4()], active_operators=())


def test_locked_intervention_refuses_removal() -> None:
    with pytest.raises(InterventionLockedError):
        locked().remove()


def test_locked_intervention_can_still_be_done() -> None:
    i = locked()
    i.change_state("fait")
    (event,) = i.pending
    assert isinstance(event, InterventionStateChanged)
    assert (event.previous_state, event.state) == ("planifie", "fait")
    assert i.locked


def test_unlocked_intervention_moves_again() -> None:
    i = locked()
    i.unlock()
    i.reschedule(starts_at=START + timedelta(hours=1), ends_at=END + timedelta(hours=1))
    assert [type(e) for e in i.pending] == [InterventionUnlocked, InterventionRescheduled]


def test_locking_twice_records_once() -> None:
    i = given(planned())
    i.lock()
    i.lock()
    assert [type(e) for e in i.pending] == [InterventionLocked]


def test_unlocking_an_open_padlock_records_nothing() -> None:
    i = given(planned())
    i.unlock()
    assert i.pending == []


def test_removed_intervention_is_gone() -> None:
    e = planned()
    i = given(e, InterventionRemoved(intervention_id=e.intervention_id, worksite_id=WORKSITE))
    with pytest.raises(InterventionNotFoundError):
        i.change_state("fait")
    with pytest.raises(InterventionNotFoundError):
        i.lock()


def test_an_operator_of_the_intervention_marks_it_done() -> None:
    i = locked()
    i.mark_done_by_operator(ALICE)
    (event,) = i.pending
    assert isinstance(event, InterventionStateChanged)
    assert (event.previous_state, event.state) == ("planifie", "fait")


def test_someone_not_booked_on_it_cannot_mark_it_done() -> None:
    with pytest.raises(InterventionStateForbiddenError) as refused:
        given(planned()).mark_done_by_operator(BOB)
    assert "opérateurs de cette intervention" in str(refused.value)
