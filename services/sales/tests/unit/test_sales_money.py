"""Money rules against totals worked by hand (the arithmetic is in the comments)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from ouvrage_events.catalog.sales import QuoteLine, QuoteSection
from sales.domain.errors import InvalidLineError
from sales.domain.money import checked_sections, line_amount, quote_totals, section_subtotal


def line(q: str, price: str, rate: str, discount: str = "0", unit: str = "u") -> QuoteLine:
    return QuoteLine(
        designation="Travaux",
        quantity=D(q),
        unit=unit,  # type: ignore[arg-type]
        unit_price=D(price),
        discount_percent=D(discount),
        vat_rate=D(rate),
    )


SECTIONS = [
    QuoteSection(
        title="Démolition",
        lines=[
            line("2", "150.00", "10"),  # 300.00
            line("12.5", "42.37", "10", discount="5", unit="m²"),  # 529.625 × 0.95 = 503.14375
        ],
    ),
    QuoteSection(
        title="Menuiserie",
        lines=[
            line("1", "1999.99", "20", unit="forfait"),  # 1 999.99
            line("3", "45.555", "20", unit="h"),  # 136.665 -> 136.67 (half up)
        ],
    ),
]


def test_line_amounts_are_rounded_half_up_to_the_cent() -> None:
    amounts = [line_amount(x) for s in SECTIONS for x in s.lines]
    assert amounts == [D("300.00"), D("503.14"), D("1999.99"), D("136.67")]


def test_section_subtotals() -> None:
    assert [section_subtotal(s) for s in SECTIONS] == [D("803.14"), D("2136.66")]


def test_vat_is_computed_per_rate_on_the_rounded_line_amounts() -> None:
    totals = quote_totals(SECTIONS)
    # 20 %: 2 136.66 × 0.20 = 427.332 -> 427.33 ; 10 %: 803.14 × 0.10 = 80.314 -> 80.31
    assert [(v.rate, v.base, v.amount) for v in totals.vat] == [
        (D("20"), D("2136.66"), D("427.33")),
        (D("10"), D("803.14"), D("80.31")),
    ]
    assert totals.excl_tax == D("2939.80")
    assert totals.vat_total == D("507.64")
    assert totals.incl_tax == D("3447.44")


def test_per_rate_rounding_differs_from_per_line_rounding() -> None:
    # Three lines of 0.125 -> 0.13 each; VAT per rate 0.39 × 0.20 = 0.078 -> 0.08
    # (per line it would be 3 × round(0.026) = 0.09).
    totals = quote_totals([QuoteSection(lines=[line("1", "0.125", "20")] * 3)])
    assert (totals.excl_tax, totals.vat_total, totals.incl_tax) == (D("0.39"), D("0.08"), D("0.47"))


def test_a_zero_rate_line_has_no_vat() -> None:
    totals = quote_totals([QuoteSection(lines=[line("4", "25", "0")])])
    assert (totals.excl_tax, totals.vat_total, totals.incl_tax) == (D("100.00"), D("0"), D("100"))


@pytest.mark.parametrize(
    "bad",
    [
        line("0", "10", "20"),
        line("1", "-1", "20"),
        line("1", "10", "19.6"),
        line("1", "10", "20", discount="101"),
        QuoteLine(designation="  ", quantity=D(1), unit_price=D(1), vat_rate=D(20)),
    ],
)
def test_lines_breaking_a_rule_are_refused(bad: QuoteLine) -> None:
    with pytest.raises(InvalidLineError):
        checked_sections([QuoteSection(lines=[bad])])


def test_a_quote_needs_a_line() -> None:
    with pytest.raises(InvalidLineError):
        checked_sections([QuoteSection(title="Vide")])
