"""Given events, when a command, then events or an error: acceptance, reserves, reminder, SAV
classification."""

from datetime import date
from uuid import uuid4

import pytest
from ouvrage_events.catalog.planning import (
    ParfaitAchevementReminderDue,
    ReserveLifted,
    SavTicketOpened,
    WorksiteAccepted,
)
from planning.domain.acceptance import NewReserve
from planning.domain.errors import (
    BlankFieldError,
    LiftBeforeAcceptanceError,
    ReserveAlreadyLiftedError,
    ReserveNotFoundError,
    WorksiteAlreadyAcceptedError,
    WorksiteNotAcceptedError,
)
from planning.domain.sav import SavTicket, WarrantyClaim
from planning.domain.worksite import Worksite

CLIENT = uuid4()


def worksite() -> Worksite:
    w = Worksite.open(uuid4(), client_id=CLIENT, client_name="Durand Élise")
    w.mark_saved()
    return w


def accepted(*reserves: str, on: date = date(2024, 2, 29)) -> Worksite:
    w = worksite()
    w.accept(on, [NewReserve(uuid4(), text) for text in reserves])
    w.mark_saved()
    return w


def test_acceptance_without_reserves_starts_the_clocks_and_frees_the_retention() -> None:
    w = worksite()
    w.accept(date(2024, 2, 29), [])
    [event] = w.pending
    assert isinstance(event, WorksiteAccepted)
    assert event.client_id == CLIENT
    assert event.parfait_achevement_ends_on == date(2025, 2, 28)
    assert event.biennale_ends_on == date(2026, 2, 28)
    assert event.decennale_ends_on == date(2034, 2, 28)
    assert event.open_reserves == 0
    assert event.retention_releasable_on == date(2025, 2, 28)


def test_acceptance_with_reserves_holds_the_retention_until_they_are_lifted() -> None:
    w = worksite()
    w.accept(date(2024, 3, 1), [NewReserve(uuid4(), " Joint de carrelage fissuré ")])
    [event] = w.pending
    assert isinstance(event, WorksiteAccepted)
    assert [r.text for r in event.reserves] == ["Joint de carrelage fissuré"]
    assert event.open_reserves == 1
    assert event.retention_releasable_on is None


def test_a_worksite_is_accepted_once() -> None:
    with pytest.raises(WorksiteAlreadyAcceptedError):
        accepted().accept(date(2024, 3, 1), [])


def test_a_blank_reserve_is_refused() -> None:
    with pytest.raises(BlankFieldError):
        worksite().accept(date(2024, 3, 1), [NewReserve(uuid4(), "  ")])


def test_lifting_the_last_reserve_after_a_year_frees_the_retention_that_day() -> None:
    w = accepted("Joint", "Plinthe", on=date(2024, 3, 1))
    first, second = list(w.reserves)
    w.lift_reserve(first, date(2024, 4, 1))
    w.lift_reserve(second, date(2025, 5, 2))
    lifted = w.pending
    assert all(isinstance(e, ReserveLifted) for e in lifted)
    assert [e.open_reserves for e in lifted] == [1, 0]  # type: ignore[attr-defined]
    assert lifted[0].retention_releasable_on is None  # type: ignore[attr-defined]
    assert lifted[1].retention_releasable_on == date(2025, 5, 2)  # type: ignore[attr-defined]


def test_lifting_within_the_year_frees_the_retention_at_its_end() -> None:
    w = accepted("Joint", on=date(2024, 3, 1))
    w.lift_reserve(next(iter(w.reserves)), date(2024, 3, 20))
    [event] = w.pending
    assert event.retention_releasable_on == date(2025, 3, 1)  # type: ignore[attr-defined]


def test_lifting_refusals() -> None:
    with pytest.raises(WorksiteNotAcceptedError):
        worksite().lift_reserve(uuid4(), date(2024, 3, 1))
    w = accepted("Joint", on=date(2024, 3, 1))
    with pytest.raises(ReserveNotFoundError):
        w.lift_reserve(uuid4(), date(2024, 3, 2))
    reserve = next(iter(w.reserves))
    with pytest.raises(LiftBeforeAcceptanceError):
        w.lift_reserve(reserve, date(2024, 2, 28))
    w.lift_reserve(reserve, date(2024, 3, 2))
    with pytest.raises(ReserveAlreadyLiftedError):
        w.lift_reserve(reserve, date(2024, 3, 3))


def test_the_reminder_is_recorded_once_while_reserves_remain() -> None:
    w = accepted("Joint", on=date(2024, 2, 29))
    assert not w.remind_parfait_achevement_end(date(2025, 1, 28))
    assert w.remind_parfait_achevement_end(date(2025, 1, 29))
    [event] = w.pending
    assert isinstance(event, ParfaitAchevementReminderDue)
    assert (event.ends_on, event.open_reserves) == (date(2025, 2, 28), 1)
    assert not w.remind_parfait_achevement_end(date(2025, 2, 1))
    assert len(w.pending) == 1


def test_no_reminder_once_reserves_are_lifted() -> None:
    w = accepted("Joint", on=date(2024, 2, 29))
    w.lift_reserve(next(iter(w.reserves)), date(2024, 5, 1))
    assert not w.remind_parfait_achevement_end(date(2025, 2, 1))


def test_a_sav_ticket_carries_the_guarantees_covering_its_disorder() -> None:
    w = accepted(on=date(2024, 2, 29))
    guarantees = w.guarantees_for("equipement", date(2025, 3, 1))
    claim = WarrantyClaim(w.id, "equipement", date(2025, 3, 1), guarantees)
    ticket = SavTicket.open(
        uuid4(), client_id=CLIENT, client_name="Durand", title="Volet bloqué", warranty=claim
    )
    [event] = ticket.pending
    assert isinstance(event, SavTicketOpened)
    assert (event.worksite_id, event.disorder) == (w.id, "equipement")
    assert event.guarantees == ["biennale"]
    assert worksite().guarantees_for("structure", date(2025, 3, 1)) == []
