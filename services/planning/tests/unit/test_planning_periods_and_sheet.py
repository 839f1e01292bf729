"""ISO weeks, dots, and the site sheet PDF read back with pypdf (accents included)."""

import io
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from planning.adapters.pdf import printable, render_site_sheet
from planning.app.sheet_handlers import SheetLine, SiteSheet
from planning.domain.dots import colour_of, label_of
from planning.domain.errors import InvalidPeriodError, InvalidWeekError
from planning.domain.periods import date_range, iso_week, week_of
from pypdf import PdfReader

PARIS = ZoneInfo("Europe/Paris")


def test_iso_week_runs_monday_to_sunday_in_the_company_zone() -> None:
    period = iso_week("2026-W49", PARIS)
    assert (period.first, period.last) == (date(2026, 11, 30), date(2026, 12, 6))
    assert period.starts_at == datetime(2026, 11, 30, tzinfo=PARIS)
    assert period.ends_at == datetime(2026, 12, 7, tzinfo=PARIS)
    assert week_of(date(2026, 12, 3)) == "2026-W49"


@pytest.mark.parametrize("text", ["2026-49", "2026-W54", "semaine", "2026-W00"])
def test_bad_weeks_are_refused(text: str) -> None:
    with pytest.raises(InvalidWeekError):
        iso_week(text, PARIS)


def test_a_period_must_not_end_before_it_starts() -> None:
    with pytest.raises(InvalidPeriodError):
        date_range(date(2026, 2, 1), date(2026, 1, 1))
    assert date_range(None, date(2026, 1, 1)) == (None, date(2026, 1, 1))


def test_dots_have_a_state_colour_and_label() -> None:
    assert [colour_of(s) for s in ("a_faire", "planifie", "fait")] == ["red", "orange", "green"]
    assert label_of("a_faire") == "À faire"


def test_printable_keeps_french_and_approximates_the_rest() -> None:
    assert printable("é è à ç € œ « » ’") == "é è à ç € œ « » ’"
    assert printable("Łódź Ŵ ✓") == "Lódz W ?"


def test_site_sheet_pdf_text_reads_back_with_accents() -> None:
    sheet = SiteSheet(
        printed_on=date(2026, 12, 24),
        company="Bâtiments Réunis",
        title="Rénovation cuisine Müller",
        client_name="Müller François",
        address=["12 rue de l'Église", "75004 Paris"],
        contact=["Tél. : 06 12 34 56 78", "Email : francois@exemple.fr"],
        start="01/12/2026 (prévisionnelle)",
        tasks=["Démolition", "Électricité"],
        interventions=[
            SheetLine(
                when="du 01/12/2026 08:00 au 01/12/2026 12:00",
                label="Dépose carrelage",
                operators="Hélène Garçon",
                state="Planifié",
                locked=True,
            )
        ],
        notes=["Budget : 1 200 € ; accès par la cour, clé chez la gardienne à côté"],
    )
    pdf = render_site_sheet(sheet)
    assert pdf.startswith(b"%PDF")
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    for expected in (
        "Fiche de chantier",
        "Rénovation cuisine Müller",
        "Müller François",
        "12 rue de l'Église",
        "Démolition",
        "Électricité",
        "Dépose carrelage",
        "Hélène Garçon",
        "verrouillée",
        "1 200 €",
        "clé chez la gardienne à côté",
        "prévisionnelle",
        "Bâtiments Réunis - imprimée le 24/12/2026",
    ):
        assert expected in text, expected
