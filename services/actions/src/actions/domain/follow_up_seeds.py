"""The follow-up rules (and their action types) every company starts with (issue 20)."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from actions.domain.follow_ups import Delay, RuleSpec, seeded_rule_id
from actions.domain.seeds import DEFAULT_TYPES, SeedType

RELANCE = next(t for t in DEFAULT_TYPES if t.name == "A relancer")
PAYMENT_REMINDER = SeedType("Relance paiement", ("Promesse de paiement", "Litige", "A rappeler"))
WARRANTY_CALL = SeedType("Appel fin de parfait achèvement", ("Rien à signaler", "SAV à ouvrir"))
RULE_TYPES: tuple[SeedType, ...] = (PAYMENT_REMINDER, WARRANTY_CALL)
"""Types the default rules need beside the FAQ's defaults (created with the rules)."""


@dataclass(frozen=True)
class SeedRule:
    key: str
    name: str
    seed_type: SeedType
    trigger: str
    delay: Delay
    cancel_on: tuple[str, ...]

    def id_for(self, tenant_id: UUID) -> UUID:
        return seeded_rule_id(tenant_id, self.key)

    def spec_for(self, tenant_id: UUID) -> RuleSpec:
        return RuleSpec(
            name=self.name,
            trigger=self.trigger,  # type: ignore[arg-type]
            action_type_id=self.seed_type.id_for(tenant_id),
            type_name=self.seed_type.name,
            delay=self.delay,
            cancel_on=self.cancel_on,  # type: ignore[arg-type]
        )


DEFAULT_RULES: tuple[SeedRule, ...] = (
    SeedRule("quote-sent", "Relancer un devis sans réponse", RELANCE, "QuoteSent",
             Delay(days=7), ("QuoteAccepted", "QuoteRefused")),
    SeedRule("invoice-due", "Relancer une facture impayée à échéance", PAYMENT_REMINDER,
             "InvoiceIssued", Delay(), ("PaymentRecorded",)),
    SeedRule("parfait-achevement", "Appeler le client avant la fin du parfait achèvement",
             WARRANTY_CALL, "WorksiteAccepted", Delay(months=11), ()),
)  # fmt: skip
