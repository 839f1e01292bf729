"""Money rules of quotes and invoices: line amounts, VAT per rate, totals, to the cent.

The rounding rule (the one French invoicing and EN 16931 use, so the Factur-X XML adds up):
- each line's amount excl. tax is rounded to the cent, half up (ROUND_HALF_UP, « arrondi
  commercial »): ``quantity × unit price × (1 − discount %)``;
- the VAT is computed ONCE PER RATE on the sum of the rounded line amounts of that rate, and
  rounded to the cent, half up (EN 16931 BR-CO-17: tax = base × rate, per VAT breakdown; CGI
  annexe II art. 242 nonies A: the invoice shows the tax per rate);
- the total incl. tax is the total excl. tax plus the VAT of every rate.
Rounding the VAT per line instead would drift from the per-rate breakdown by a cent per line.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

from ouvrage_events.catalog.sales import QuoteLine, QuoteSection, Totals, VatTotal

from sales.domain.errors import InvalidLineError

CENT = Decimal("0.01")
HUNDRED = Decimal("100")
VAT_RATES = (Decimal("20"), Decimal("10"), Decimal("5.5"), Decimal("0"))
REDUCED_RATES = (Decimal("10"), Decimal("5.5"))
MAX_LINES = 500


def cents(value: Decimal) -> Decimal:
    """``value`` rounded to the cent, half up."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def rate_key(rate: Decimal) -> str:
    """A VAT rate as a stable text key (« 20 », « 5.5 »)."""
    return format(rate.normalize(), "f")


def line_amount(line: QuoteLine) -> Decimal:
    """The line's amount excl. tax after its discount, rounded to the cent."""
    gross = line.quantity * line.unit_price
    return cents(gross * (HUNDRED - line.discount_percent) / HUNDRED)


def totals_of(amounts: Iterable[tuple[Decimal, Decimal]]) -> Totals:
    """Totals of ``(amount excl. tax, VAT rate)`` pairs (amounts already to the cent)."""
    bases: dict[Decimal, Decimal] = defaultdict(lambda: Decimal("0.00"))
    for amount, rate in amounts:
        bases[rate.normalize()] += amount
    vat = [
        VatTotal(rate=rate, base=cents(base), amount=cents(base * rate / HUNDRED))
        for rate, base in sorted(bases.items(), key=lambda item: -item[0])
    ]
    excl = cents(sum((v.base for v in vat), Decimal("0")))
    vat_total = cents(sum((v.amount for v in vat), Decimal("0")))
    return Totals(excl_tax=excl, vat=vat, vat_total=vat_total, incl_tax=excl + vat_total)


def flat_lines(sections: Iterable[QuoteSection]) -> list[QuoteLine]:
    """Every line of the quote in order; line number n is ``flat_lines(...)[n - 1]``."""
    return [line for section in sections for line in section.lines]


def quote_totals(sections: Iterable[QuoteSection]) -> Totals:
    return totals_of((line_amount(line), line.vat_rate) for line in flat_lines(sections))


def section_subtotal(section: QuoteSection) -> Decimal:
    """The subtotal excl. tax printed under a section."""
    return sum((line_amount(line) for line in section.lines), Decimal("0.00"))


def checked_line(line: QuoteLine) -> QuoteLine:
    """The line if its values are acceptable (``InvalidLineError`` naming the problem)."""
    designation = " ".join(line.designation.split())
    if not designation or len(designation) > 500:
        raise InvalidLineError("Chaque ligne doit avoir une désignation (500 caractères au plus).")
    if line.quantity <= 0 or line.quantity.as_tuple().exponent < -3:  # type: ignore[operator]
        raise InvalidLineError("La quantité doit être positive (trois décimales au plus).")
    if line.unit_price < 0 or line.unit_price.as_tuple().exponent < -4:  # type: ignore[operator]
        raise InvalidLineError("Le prix unitaire HT doit être positif (quatre décimales au plus).")
    if not Decimal("0") <= line.discount_percent <= HUNDRED:
        raise InvalidLineError("La remise doit être comprise entre 0 et 100 %.")
    if line.vat_rate.normalize() not in {r.normalize() for r in VAT_RATES}:
        raise InvalidLineError("Taux de TVA possibles : 20 %, 10 %, 5,5 % ou 0 %.")
    return line.model_copy(update={"designation": designation})


def checked_sections(sections: list[QuoteSection]) -> list[QuoteSection]:
    """The sections with their lines checked; at least one line, ``MAX_LINES`` at most."""
    checked = [
        QuoteSection(
            title=" ".join(s.title.split())[:200], lines=[checked_line(x) for x in s.lines]
        )
        for s in sections
    ]
    count = len(flat_lines(checked))
    if count == 0 or count > MAX_LINES:
        raise InvalidLineError(f"Un devis compte entre 1 et {MAX_LINES} lignes.")
    return checked


def uses_reduced_rate(sections: Iterable[QuoteSection]) -> bool:
    reduced = {r.normalize() for r in REDUCED_RATES}
    return any(line.vat_rate.normalize() in reduced for line in flat_lines(sections))
