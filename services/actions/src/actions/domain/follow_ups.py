"""Follow-ups that run themselves: a company's rules « quand <événement>, créer une action
<type> pour <rôle> après <délai>, annulée si <événement> » (issue 20).

Pure: the rule aggregate, when a follow-up falls due, and the deterministic id that makes a rule
fire once per triggering event (the created action's id: a redelivery, a restart or a replay
finds the action already there).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from uuid import UUID, uuid5

from ouvrage_events.aggregate import Aggregate
from ouvrage_events.catalog.actions import (
    FollowUpCancel,
    FollowUpRole,
    FollowUpRuleChanged,
    FollowUpRuleDefined,
    FollowUpRuleDeleted,
    FollowUpTrigger,
)

from actions.domain.errors import FollowUpRuleDeletedError, InvalidFollowUpRuleError

_FOLLOW_UP_NAMESPACE = UUID("0b8f3c52-6a51-4f0e-9a51-2f7d3f1c9e20")
_RULE_NAMESPACE = UUID("4d3a9e1f-8c2b-4b7a-a1d5-77e0c6b2f311")
MAX_DELAY_DAYS = 3660
MAX_DELAY_MONTHS = 120

TRIGGER_LABELS: dict[FollowUpTrigger, str] = {
    "QuoteSent": "Devis envoyé",
    "InvoiceIssued": "Facture émise (délai compté depuis l'échéance)",
    "WorksiteAccepted": "Chantier réceptionné",
}

# Which cancelling events can concern a follow-up started by each trigger (same quote/invoice).
CANCELLABLE_BY: dict[FollowUpTrigger, frozenset[FollowUpCancel]] = {
    "QuoteSent": frozenset({"QuoteAccepted", "QuoteRefused"}),
    "InvoiceIssued": frozenset({"PaymentRecorded"}),
    "WorksiteAccepted": frozenset(),
}


@dataclass(frozen=True)
class Delay:
    months: int = 0
    days: int = 0

    def after(self, start: datetime) -> datetime:
        """``start`` plus the months (same day, or the month's last day) then the days."""
        month_index = start.month - 1 + self.months
        year, month = start.year + month_index // 12, month_index % 12 + 1
        day = min(start.day, calendar.monthrange(year, month)[1])
        return start.replace(year=year, month=month, day=day) + timedelta(days=self.days)

    def describe(self) -> str:
        parts = [f"{self.months} mois"] if self.months else []
        if self.days or not parts:
            parts.append(f"{self.days} jour{'s' if self.days > 1 else ''}")
        return " et ".join(parts)


@dataclass(frozen=True)
class RuleSpec:
    """What a rule says, validated by ``check``."""

    name: str
    trigger: FollowUpTrigger
    action_type_id: UUID
    type_name: str
    role: FollowUpRole = "auteur"
    delay: Delay = field(default_factory=Delay)
    cancel_on: tuple[FollowUpCancel, ...] = ()

    def check(self) -> RuleSpec:
        name = " ".join(self.name.split())
        if not name:
            raise InvalidFollowUpRuleError("Donnez un nom à la règle.")
        if not (0 <= self.delay.months <= MAX_DELAY_MONTHS and
                0 <= self.delay.days <= MAX_DELAY_DAYS):  # fmt: skip
            raise InvalidFollowUpRuleError("Le délai doit être positif et inférieur à 10 ans.")
        wrong = [c for c in self.cancel_on if c not in CANCELLABLE_BY[self.trigger]]
        if wrong:
            raise InvalidFollowUpRuleError(
                f"« {', '.join(wrong)} » ne peut pas annuler une règle « "
                f"{TRIGGER_LABELS[self.trigger]} »."
            )
        cancel_on = tuple(dict.fromkeys(self.cancel_on))
        return RuleSpec(name, self.trigger, self.action_type_id, self.type_name, self.role,
                        self.delay, cancel_on)  # fmt: skip

    def fields(self) -> dict[str, object]:
        return {
            "name": self.name,
            "trigger": self.trigger,
            "action_type_id": self.action_type_id,
            "type_name": self.type_name,
            "role": self.role,
            "delay_months": self.delay.months,
            "delay_days": self.delay.days,
            "cancel_on": list(self.cancel_on),
        }


def follow_up_id(rule_id: UUID, triggering_event_id: UUID) -> UUID:
    """The id of the action a rule creates for one triggering event: once, whatever the
    redeliveries, restarts and replays."""
    return uuid5(_FOLLOW_UP_NAMESPACE, f"{rule_id}/{triggering_event_id}")


def seeded_rule_id(tenant_id: UUID, key: str) -> UUID:
    """Deterministic ids of a company's default rules (seeding twice finds them)."""
    return uuid5(_RULE_NAMESPACE, f"{tenant_id}/{key}")


class FollowUpRule(Aggregate):
    stream_type = "follow_up_rule"

    def __init__(self, aggregate_id: UUID) -> None:
        super().__init__(aggregate_id)
        self.spec: RuleSpec | None = None
        self.deleted = False

    @classmethod
    def define(cls, rule_id: UUID, spec: RuleSpec, *, seeded: bool = False) -> FollowUpRule:
        rule = cls(rule_id)
        rule.record(FollowUpRuleDefined(rule_id=rule_id, seeded=seeded, **spec.check().fields()))
        return rule

    def change(self, spec: RuleSpec) -> None:
        """Edit the rule: only the follow-ups triggered from now on follow it."""
        if self.deleted:
            raise FollowUpRuleDeletedError()
        checked = spec.check()
        if checked != self.spec:
            self.record(FollowUpRuleChanged(rule_id=self.id, **checked.fields()))

    def delete(self) -> None:
        if not self.deleted:
            self.record(FollowUpRuleDeleted(rule_id=self.id))

    def when_FollowUpRuleDefined(self, e: FollowUpRuleDefined) -> None:
        self.spec = _spec_of(e)

    def when_FollowUpRuleChanged(self, e: FollowUpRuleChanged) -> None:
        self.spec = _spec_of(e)

    def when_FollowUpRuleDeleted(self, _: FollowUpRuleDeleted) -> None:
        self.deleted = True


def _spec_of(e: FollowUpRuleDefined | FollowUpRuleChanged) -> RuleSpec:
    return RuleSpec(e.name, e.trigger, e.action_type_id, e.type_name, e.role,
                    Delay(e.delay_months, e.delay_days), tuple(e.cancel_on))  # fmt: skip
