"""What each invoice of an accepted quote bills: deposit, progress (situation), final.

- A deposit (acompte) is a percentage of the quote's amount excl. tax, or an amount excl. tax;
  it is split over the quote's VAT rates in proportion to their bases (the last rate takes the
  rounding remainder), so its VAT is the quote's own.
- A progress invoice (situation de travaux) gives a cumulative percentage per line; each line
  bills ``round(line amount × cumulative %) − what earlier situations billed for it``, so the
  situations of a line always add up to its amount exactly (no drift from rounding). The deposit
  is absorbed as the work progresses (« résorption de l'acompte »): per VAT rate, the situations
  deduct ``round(deposit × cumulated situations / base)`` less what they deducted before.
- The final invoice (facture de solde) bills every line at 100 % and deducts, per VAT rate, what
  the situations billed and what is left of the deposits (deduction lines: quantity −1).
  Deposit + situations + final therefore add up to the quote excl. tax, to the cent.
- The retention (retenue de garantie, 5 %, law 71-584) is withheld from the amount incl. tax of
  a situation or final invoice when asked: the totals and the VAT are unchanged, only the net to
  pay is lower; it becomes payable when released.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from uuid import UUID

from ouvrage_events.catalog.sales import (
    InvoiceKind,
    InvoiceLine,
    QuoteInvoiced,
    QuoteLine,
    Totals,
)

from sales.domain.errors import InvalidInvoiceError, QuoteStateError
from sales.domain.money import (
    HUNDRED,
    cents,
    flat_lines,
    line_amount,
    rate_key,
    totals_of,
)
from sales.domain.quote import Quote

RETENTION_PERCENT = Decimal("5")
ZERO = Decimal("0.00")


@dataclass(frozen=True, slots=True)
class Bill:
    """An invoice's content, and what it adds to the quote's invoicing state."""

    kind: InvoiceKind
    lines: list[InvoiceLine]
    totals: Totals
    retention: Decimal = ZERO
    cumulative_percents: dict[int, Decimal] = field(default_factory=dict)
    cumulative_amounts: dict[int, Decimal] = field(default_factory=dict)
    deposit_bases: dict[str, Decimal] = field(default_factory=dict)
    deposit_deducted: dict[str, Decimal] = field(default_factory=dict)

    @property
    def net_payable(self) -> Decimal:
        return self.totals.incl_tax - self.retention


def _bill(kind: InvoiceKind, lines: list[InvoiceLine], retention: bool, **state: object) -> Bill:
    totals = totals_of((line.amount, line.vat_rate) for line in lines)
    held = cents(totals.incl_tax * RETENTION_PERCENT / HUNDRED) if retention else ZERO
    return Bill(kind, lines, totals, held, **state)  # type: ignore[arg-type]


def _ensure_billable(quote: Quote) -> None:
    if quote.state != "accepted":
        raise QuoteStateError("Seul un devis accepté peut être facturé.")
    if quote.final_invoiced:
        raise QuoteStateError("La facture de solde de ce devis est déjà émise.")


def _bases(quote: Quote) -> dict[Decimal, Decimal]:
    """The quote's bases excl. tax per VAT rate, highest rate first."""
    return {v.rate: v.base for v in quote.totals.vat}


def _pct(value: Decimal) -> str:
    return format(value.normalize(), "f").replace(".", ",")


def deposit(quote: Quote, *, percent: Decimal | None, amount: Decimal | None) -> Bill:
    """A deposit invoice: ``percent`` of the quote excl. tax, or ``amount`` excl. tax."""
    _ensure_billable(quote)
    if quote.cumulative_amounts:
        raise InvalidInvoiceError("Un acompte se facture avant la première situation.")
    total = quote.totals.excl_tax
    if (percent is None) == (amount is None):
        raise InvalidInvoiceError("Indiquez le pourcentage ou le montant HT de l'acompte.")
    if percent is not None:
        if not Decimal("0") < percent <= HUNDRED:
            raise InvalidInvoiceError("Le pourcentage d'acompte doit être entre 0 et 100 %.")
        wanted = cents(total * percent / HUNDRED)
    else:
        assert amount is not None
        wanted = cents(amount)
    already = sum(quote.deposit_bases.values(), ZERO)
    if wanted <= 0 or already + wanted > total:
        raise InvalidInvoiceError("Les acomptes ne peuvent dépasser le montant HT du devis.")
    bases = {rate: base for rate, base in _bases(quote).items() if base}
    shares: dict[Decimal, Decimal] = {}
    rest = wanted
    for i, (rate, base) in enumerate(bases.items()):
        share = rest if i == len(bases) - 1 else cents(wanted * base / total)
        shares[rate] = share
        rest -= share
    label = f"{_pct(percent)} % " if percent is not None else ""
    lines = [
        InvoiceLine(
            designation=f"Acompte {label}sur le devis {quote.number} (TVA {_pct(rate)} %)",
            unit_price=share,
            vat_rate=rate,
            amount=share,
        )
        for rate, share in shares.items()
    ]
    return _bill("deposit", lines, False, deposit_bases={rate_key(r): s for r, s in shares.items()})


def _line(quote_line: QuoteLine, no: int, amount: Decimal, percent: Decimal) -> InvoiceLine:
    net_price = quote_line.unit_price * (HUNDRED - quote_line.discount_percent) / HUNDRED
    return InvoiceLine(
        designation=quote_line.designation,
        quantity=quote_line.quantity,
        unit=quote_line.unit,
        unit_price=net_price.quantize(Decimal("0.0001")),
        vat_rate=quote_line.vat_rate,
        amount=amount,
        line_no=no,
        cumulative_percent=percent,
    )


def _situation_bases(quote: Quote, amounts: dict[int, Decimal]) -> dict[Decimal, Decimal]:
    """Cumulated situation amounts excl. tax per VAT rate, for the given cumulative amounts."""
    lines = flat_lines(quote.content.sections)
    bases: dict[Decimal, Decimal] = defaultdict(lambda: ZERO)
    for no, amount in amounts.items():
        bases[lines[no - 1].vat_rate.normalize()] += amount
    return bases


def _absorbed(quote: Quote, amounts: dict[int, Decimal]) -> dict[str, Decimal]:
    """How much of each rate's deposit the situations have absorbed, cumulated."""
    quote_bases = {rate.normalize(): base for rate, base in _bases(quote).items()}
    situations = _situation_bases(quote, amounts)
    absorbed: dict[str, Decimal] = {}
    for key, deposit_base in quote.deposit_bases.items():
        rate = Decimal(key).normalize()
        base = quote_bases.get(rate, ZERO)
        if base:
            absorbed[key] = cents(deposit_base * situations.get(rate, ZERO) / base)
    return absorbed


def progress(quote: Quote, percents: dict[int, Decimal], *, retention: bool) -> Bill:
    """A situation: ``percents`` are cumulative per line number (1-based); others unchanged."""
    _ensure_billable(quote)
    lines = flat_lines(quote.content.sections)
    if not percents:
        raise InvalidInvoiceError("Indiquez l'avancement cumulé d'au moins une ligne.")
    billed: list[InvoiceLine] = []
    new_percents: dict[int, Decimal] = {}
    new_amounts: dict[int, Decimal] = {}
    for no, percent in sorted(percents.items()):
        if not 1 <= no <= len(lines):
            raise InvalidInvoiceError(f"Le devis n'a pas de ligne n° {no}.")
        before = quote.cumulative_percents.get(no, Decimal("0"))
        if not before <= percent <= HUNDRED:
            raise InvalidInvoiceError(
                f"L'avancement de la ligne n° {no} doit être entre {_pct(before)} et 100 %."
            )
        if percent == before:
            continue
        cumulated = cents(line_amount(lines[no - 1]) * percent / HUNDRED)
        amount = cumulated - quote.cumulative_amounts.get(no, ZERO)
        billed.append(_line(lines[no - 1], no, amount, percent))
        new_percents[no] = percent
        new_amounts[no] = cumulated
    if not billed:
        raise InvalidInvoiceError("Cette situation ne fait progresser aucune ligne.")
    absorbed = _absorbed(quote, {**quote.cumulative_amounts, **new_amounts})
    for key, total in sorted(absorbed.items(), key=lambda item: -Decimal(item[0])):
        deduction = total - quote.deposit_deducted.get(key, ZERO)
        if deduction:
            label = "Déduction de l'acompte au prorata de l'avancement"
            billed.append(_deduction(label, Decimal(key), deduction))
    return _bill(
        "progress",
        billed,
        retention,
        cumulative_percents=new_percents,
        cumulative_amounts=new_amounts,
        deposit_deducted=absorbed,
    )


def _deduction(designation: str, rate: Decimal, amount: Decimal) -> InvoiceLine:
    return InvoiceLine(
        designation=f"{designation} (TVA {_pct(rate)} %)",
        quantity=Decimal("-1"),
        unit_price=amount,
        vat_rate=rate,
        amount=-amount,
    )


def final(quote: Quote, *, retention: bool) -> Bill:
    """The final invoice: every line at 100 %, less the situations and deposits per rate."""
    _ensure_billable(quote)
    lines = flat_lines(quote.content.sections)
    billed = [_line(line, no, line_amount(line), HUNDRED) for no, line in enumerate(lines, 1)]
    situations = _situation_bases(quote, quote.cumulative_amounts)
    for rate, amount in sorted(situations.items(), key=lambda item: -item[0]):
        if amount:
            billed.append(_deduction("Déduction des situations précédentes", rate, amount))
    for key, amount in quote.deposit_bases.items():
        left = amount - quote.deposit_deducted.get(key, ZERO)
        if left:
            billed.append(_deduction("Déduction du solde des acomptes", Decimal(key), left))
    bill = _bill(
        "final",
        billed,
        retention,
        cumulative_percents=dict.fromkeys(range(1, len(lines) + 1), HUNDRED),
        cumulative_amounts={no: line_amount(line) for no, line in enumerate(lines, 1)},
        deposit_deducted=dict(quote.deposit_bases),
    )
    if bill.totals.excl_tax < 0:
        raise InvalidInvoiceError(
            "Les acomptes et situations dépassent le devis : émettez un avoir plutôt qu'un solde."
        )
    return bill


def invoiced(quote: Quote, invoice_id: UUID, number: str, bill: Bill) -> QuoteInvoiced:
    """The quote's record of what ``bill`` invoiced."""
    return QuoteInvoiced(
        quote_id=quote.id,
        invoice_id=invoice_id,
        kind=bill.kind,
        number=number,
        cumulative_percents=bill.cumulative_percents,
        cumulative_amounts=bill.cumulative_amounts,
        deposit_bases=bill.deposit_bases,
        deposit_deducted=bill.deposit_deducted,
    )
