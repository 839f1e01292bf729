"""Given events, when a command, then events or an error: worksites, catalog, SAV."""

import base64
import hashlib
from datetime import date
from uuid import uuid4

import pytest
from ouvrage_events.catalog.clients import Address
from ouvrage_events.catalog.planning import (
    PlanningTaskAdded,
    SavObservationAdded,
    SiteSheetSent,
    TaskCatalogEntryAdded,
    WorksiteClosed,
    WorksiteOpened,
    WorksiteScheduled,
)
from planning.domain.catalog import DEFAULT_TASKS, TaskCatalog, catalog_id_for, seeded_task_id
from planning.domain.errors import (
    BlankFieldError,
    SavArchivedError,
    SheetTooLargeError,
    TaskAlreadyInCatalogError,
    TaskAlreadyOnWorksiteError,
    WorksiteClosedError,
)
from planning.domain.sav import SavTicket
from planning.domain.worksite import SheetFile, Worksite, sheet_filename

CLIENT = uuid4()


def opened_worksite() -> Worksite:
    w = Worksite.open(uuid4(), client_id=CLIENT, client_name="Durand Élise")
    w.mark_saved()
    return w


def test_open_gives_a_default_title_and_keeps_the_address() -> None:
    address = Address(street="3 rue des Lilas", postal_code="69003", city="Lyon")
    w = Worksite.open(
        uuid4(), client_id=CLIENT, client_name="Durand", address=address, origin="status"
    )
    (event,) = w.pending
    assert isinstance(event, WorksiteOpened)
    assert (event.title, event.address, event.origin) == ("Chantier Durand", address, "status")


def test_schedule_records_a_provisional_date_once() -> None:
    w = opened_worksite()
    w.schedule(date(2026, 12, 1), provisional=True)
    w.schedule(date(2026, 12, 1), provisional=True)
    assert w.pending == [
        WorksiteScheduled(worksite_id=w.id, start_date=date(2026, 12, 1), provisional=True)
    ]


def test_a_catalog_task_is_added_once() -> None:
    w = opened_worksite()
    task = uuid4()
    w.add_task(uuid4(), "Plomberie", task)
    with pytest.raises(TaskAlreadyOnWorksiteError) as info:
        w.add_task(uuid4(), "Plomberie", task)
    assert "Plomberie" in str(info.value)
    assert [type(e) for e in w.pending] == [PlanningTaskAdded]


def test_a_closed_worksite_refuses_dates_and_tasks() -> None:
    w = Worksite.fold(
        uuid4(),
        [
            WorksiteOpened(worksite_id=uuid4(), client_id=CLIENT, client_name="X", title="T"),
            WorksiteClosed(worksite_id=uuid4()),
        ],
    )
    with pytest.raises(WorksiteClosedError):
        w.schedule(date(2026, 1, 1), provisional=False)
    with pytest.raises(WorksiteClosedError):
        w.add_task(uuid4(), "Peinture", None)


def test_send_sheet_carries_the_pdf_and_its_digest() -> None:
    w = opened_worksite()
    recipient = uuid4()
    pdf = b"%PDF-1.4 fake"
    w.send_sheet(SheetFile("fiche.pdf", pdf), recipient_id=recipient, sent_by=None)
    (event,) = w.pending
    assert isinstance(event, SiteSheetSent)
    assert base64.b64decode(event.pdf_base64) == pdf
    assert event.sha256 == hashlib.sha256(pdf).hexdigest()
    assert (event.recipient_id, event.client_name) == (recipient, "Durand Élise")


def test_a_sheet_over_512_kib_is_refused() -> None:
    w = opened_worksite()
    with pytest.raises(SheetTooLargeError):
        w.send_sheet(SheetFile("f.pdf", b"x" * 400_000), recipient_id=uuid4(), sent_by=None)


def test_sheet_filename_is_ascii() -> None:
    assert sheet_filename("Chantier Élise & Çà") == "fiche-chantier-chantier-elise-ca.pdf"
    assert sheet_filename("€€") == "fiche-chantier-chantier.pdf"


def test_seeding_adds_the_missing_defaults_with_stable_ids() -> None:
    tenant = uuid4()
    catalog = TaskCatalog(catalog_id_for(tenant))
    catalog.add(uuid4(), "plomberie")
    catalog.seed()
    names = [e.name for e in catalog.pending if isinstance(e, TaskCatalogEntryAdded)]
    assert "plomberie" in names and "Plomberie" not in names
    assert set(DEFAULT_TASKS) - {"Plomberie"} <= set(names)
    seeded = [e for e in catalog.pending if isinstance(e, TaskCatalogEntryAdded) and e.seeded]
    assert seeded[0].catalog_task_id == seeded_task_id(catalog.id, seeded[0].name)
    catalog.mark_saved()
    catalog.seed()
    assert catalog.pending == []


def test_catalog_names_are_unique_whatever_their_case() -> None:
    catalog = TaskCatalog(uuid4())
    catalog.add(uuid4(), "Électricité")
    with pytest.raises(TaskAlreadyInCatalogError):
        catalog.add(uuid4(), " électricité ")


def test_blank_names_are_refused() -> None:
    with pytest.raises(BlankFieldError):
        TaskCatalog(uuid4()).add(uuid4(), "   ")
    with pytest.raises(BlankFieldError):
        SavTicket.open(uuid4(), client_id=CLIENT, client_name="X", title=" ")


def test_an_archived_sav_takes_no_observation() -> None:
    ticket = SavTicket.open(
        uuid4(), client_id=CLIENT, client_name="X", title="Fuite", observations="Sous l'évier"
    )
    ticket.observe("Joint changé", None)
    ticket.archive()
    ticket.archive()
    with pytest.raises(SavArchivedError):
        ticket.observe("Encore", None)
    assert ticket.observations == ["Sous l'évier", "Joint changé"]
    assert [type(e).__name__ for e in ticket.pending].count("SavTicketArchived") == 1
    assert isinstance(ticket.pending[1], SavObservationAdded)
