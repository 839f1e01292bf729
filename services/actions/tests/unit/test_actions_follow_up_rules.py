"""The follow-up rule engine, pure: delays (end of month, leap years), rule checks, the rule
aggregate, the once-per-triggering-event id, what triggers and what cancels."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from uuid import uuid4

import pytest
from actions.domain.errors import FollowUpRuleDeletedError, InvalidFollowUpRuleError
from actions.domain.follow_up_seeds import DEFAULT_RULES, RELANCE
from actions.domain.follow_up_triggers import cancelling, settles, triggered
from actions.domain.follow_ups import Delay, FollowUpRule, RuleSpec, follow_up_id
from ouvrage_events.catalog.actions import (
    FollowUpRuleChanged,
    FollowUpRuleDefined,
    FollowUpRuleDeleted,
)
from ouvrage_events.catalog.planning import WorksiteAccepted
from ouvrage_events.catalog.sales import (
    InvoiceIssued,
    PaymentRecorded,
    QuoteAccepted,
    QuoteSent,
    Totals,
)

T0 = datetime(2026, 1, 31, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("delay", "expected"),
    [
        (Delay(days=7), datetime(2026, 2, 7, 10, 0, tzinfo=UTC)),
        (Delay(months=1), datetime(2026, 2, 28, 10, 0, tzinfo=UTC)),  # end of a short month
        (Delay(months=11), datetime(2026, 12, 31, 10, 0, tzinfo=UTC)),
        (Delay(months=1, days=1), datetime(2026, 3, 1, 10, 0, tzinfo=UTC)),
        (Delay(), T0),
    ],
)
def test_delays_count_months_then_days(delay: Delay, expected: datetime) -> None:
    assert delay.after(T0) == expected


def test_eleven_months_after_29_february() -> None:
    start = datetime(2024, 2, 29, 9, 0, tzinfo=UTC)
    assert Delay(months=11).after(start) == datetime(2025, 1, 29, 9, 0, tzinfo=UTC)
    assert Delay(months=12).after(start) == datetime(2025, 2, 28, 9, 0, tzinfo=UTC)


def spec(**changes: object) -> RuleSpec:
    base = RuleSpec("Relance devis", "QuoteSent", uuid4(), "A relancer", delay=Delay(days=7),
                    cancel_on=("QuoteAccepted", "QuoteRefused"))  # fmt: skip
    return RuleSpec(**{**base.__dict__, **changes})  # type: ignore[arg-type]


def test_a_rule_is_defined_changed_and_deleted() -> None:
    rule = FollowUpRule.define(uuid4(), spec(name="  Relance   devis "))
    [defined] = rule.pending
    assert isinstance(defined, FollowUpRuleDefined)
    assert (defined.name, defined.delay_days, defined.cancel_on) == (
        "Relance devis", 7, ["QuoteAccepted", "QuoteRefused"],
    )  # fmt: skip
    rule.mark_saved()
    rule.change(spec(delay=Delay(days=10), action_type_id=rule.spec.action_type_id))  # type: ignore[union-attr]
    [changed] = rule.pending
    assert isinstance(changed, FollowUpRuleChanged) and changed.delay_days == 10
    rule.delete()
    assert isinstance(rule.pending[-1], FollowUpRuleDeleted)
    with pytest.raises(FollowUpRuleDeletedError):
        rule.change(spec())


def test_an_unchanged_rule_records_nothing() -> None:
    same = spec()
    rule = FollowUpRule.define(uuid4(), same)
    rule.mark_saved()
    rule.change(same)
    assert rule.pending == []


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": "  "}, "nom"),
        ({"delay": Delay(days=-1)}, "délai"),
        ({"cancel_on": ("PaymentRecorded",)}, "ne peut pas annuler"),
    ],
)
def test_invalid_rules_are_refused(changes: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidFollowUpRuleError, match=message):
        FollowUpRule.define(uuid4(), spec(**changes))


def test_a_rule_fires_once_per_triggering_event() -> None:
    rule, event = uuid4(), uuid4()
    assert follow_up_id(rule, event) == follow_up_id(rule, event)
    assert follow_up_id(rule, event) != follow_up_id(rule, uuid4())
    assert follow_up_id(rule, event) != follow_up_id(uuid4(), event)


def test_the_defaults_follow_the_issue() -> None:
    tenant = uuid4()
    by_trigger = {r.trigger: r.spec_for(tenant) for r in DEFAULT_RULES}
    quote = by_trigger["QuoteSent"]
    assert quote.type_name == "A relancer" and quote.action_type_id == RELANCE.id_for(tenant)
    assert quote.delay == Delay(days=7)
    assert quote.cancel_on == ("QuoteAccepted", "QuoteRefused")
    assert by_trigger["InvoiceIssued"].cancel_on == ("PaymentRecorded",)
    assert by_trigger["WorksiteAccepted"].delay == Delay(months=11)
    for rule in DEFAULT_RULES:
        rule.spec_for(tenant).check()  # every default is a valid rule
        assert rule.id_for(tenant) == rule.id_for(tenant)


def test_what_starts_a_follow_up() -> None:
    quote, client, user = uuid4(), uuid4(), uuid4()
    sent = QuoteSent(quote_id=quote, client_id=client, number="D-2026-4", recipient_email="a@b.c",
                     sent_by=user, filename="d.pdf", pdf_base64="", sha256="")  # fmt: skip
    start = triggered(sent, T0, None, "Europe/Paris")
    assert start is not None
    assert (start.subject_id, start.actor_id, start.starts_at) == (quote, user, T0)
    assert "D-2026-4" in start.label
    totals = Totals(excl_tax=Decimal("100"), vat_total=Decimal("20"), incl_tax=Decimal("120"))
    invoice = InvoiceIssued(invoice_id=uuid4(), client_id=client, number="F-2026-1",
                            kind="final", issued_on=date(2026, 1, 1), due_on=date(2026, 1, 31),
                            lines=[], totals=totals, net_payable=Decimal("120"))  # fmt: skip
    due = triggered(invoice, T0, user, "Europe/Paris")
    assert due is not None and due.amount_due == Decimal("120")
    assert due.starts_at == datetime(2026, 1, 31, 8, 0, tzinfo=UTC)  # 09:00 in Paris (winter)
    credit = invoice.model_copy(update={"kind": "credit_note"})
    assert triggered(credit, T0, user, "Europe/Paris") is None
    accepted = WorksiteAccepted(worksite_id=uuid4(), client_id=client, accepted_on=date(2024, 2, 29),
                                parfait_achevement_ends_on=date(2025, 2, 28),
                                biennale_ends_on=date(2026, 2, 28),
                                decennale_ends_on=date(2034, 2, 28))  # fmt: skip
    site = triggered(accepted, T0, user, "UTC")
    assert site is not None and site.starts_at == datetime(2024, 2, 29, 9, 0, tzinfo=UTC)


def test_what_cancels_and_when_a_payment_settles() -> None:
    quote, invoice = uuid4(), uuid4()
    stop = cancelling(QuoteAccepted(quote_id=quote, client_id=uuid4(), number="D", signer_name="X",
                                    accepted_on=date(2026, 1, 2), total_excl_tax=Decimal("1")))  # fmt: skip
    assert stop is not None and (stop.event, stop.subject_id) == ("QuoteAccepted", quote)
    paid = cancelling(PaymentRecorded(invoice_id=invoice, client_id=uuid4(), payment_id=uuid4(),
                                      amount=Decimal("40"), paid_on=date(2026, 1, 2),
                                      means="virement"))  # fmt: skip
    assert paid is not None and paid.amount_paid == Decimal("40")
    assert not settles(Decimal("120"), Decimal("40"))
    assert settles(Decimal("120"), Decimal("120"))
    assert settles(None, None)  # a quote's follow-up: its cancelling event cancels outright
