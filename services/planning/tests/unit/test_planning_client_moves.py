"""A worksite closed by a status, and the work of a duplicate record moving to the kept one."""

from uuid import uuid4

from ouvrage_events.catalog.clients import Address
from ouvrage_events.catalog.planning import (
    SavTicketMovedToClient,
    WorksiteClosed,
    WorksiteMovedToClient,
)
from planning.domain.sav import SavTicket
from planning.domain.worksite import Worksite

DUPLICATE, KEPT = uuid4(), uuid4()
ADDRESS = Address(street="3 rue Neuve", postal_code="69003", city="Lyon")


def _worksite(title: str = "") -> Worksite:
    w = Worksite.open(
        uuid4(), client_id=DUPLICATE, client_name="Paviere Robert", title=title,
        address=ADDRESS, notes="Portail bleu",
    )  # fmt: skip
    w.mark_saved()
    return w


def test_a_status_closes_the_worksite_and_says_which() -> None:
    w = _worksite()
    w.close(by_status="chantier_termine")
    w.close(by_status="chantier_termine")
    assert w.pending == [WorksiteClosed(worksite_id=w.id, by_status="chantier_termine")]


def test_a_worksite_moves_with_its_address_notes_and_a_default_title_renamed() -> None:
    w = _worksite()
    w.move_to(KEPT, "Pavière Robert")

    (moved,) = w.pending
    assert moved == WorksiteMovedToClient(
        worksite_id=w.id, client_id=KEPT, previous_client_id=DUPLICATE,
        client_name="Pavière Robert", title="Chantier Pavière Robert",
        address=ADDRESS, notes="Portail bleu",
    )  # fmt: skip
    assert w.client_id == KEPT


def test_a_chosen_title_stays_and_an_unknown_name_keeps_the_old_one() -> None:
    w = _worksite(title="Extension garage")
    w.move_to(KEPT, "")
    (moved,) = w.pending
    assert isinstance(moved, WorksiteMovedToClient)
    assert (moved.title, moved.client_name) == ("Extension garage", "Paviere Robert")


def test_a_closed_worksite_and_one_already_moved_stay() -> None:
    closed = _worksite()
    closed.close()
    closed.mark_saved()
    closed.move_to(KEPT, "Pavière Robert")
    assert closed.pending == []
    moved = _worksite()
    moved.move_to(KEPT, "Pavière Robert")
    moved.mark_saved()
    moved.move_to(KEPT, "Pavière Robert")
    assert moved.pending == []


def test_an_open_sav_ticket_moves_an_archived_one_stays() -> None:
    ticket = SavTicket.open(
        uuid4(), client_id=DUPLICATE, client_name="Paviere Robert", title="Fuite"
    )
    ticket.mark_saved()
    ticket.move_to(KEPT, "Pavière Robert")
    assert ticket.pending == [
        SavTicketMovedToClient(
            ticket_id=ticket.id, client_id=KEPT, previous_client_id=DUPLICATE,
            client_name="Pavière Robert", title="Fuite",
        )
    ]  # fmt: skip
    archived = SavTicket.open(uuid4(), client_id=DUPLICATE, client_name="P", title="Vieux")
    archived.archive()
    archived.mark_saved()
    archived.move_to(KEPT, "Pavière Robert")
    assert archived.pending == []
