"""Request and answer models of the follow-up rules and of the controllable clock."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from ouvrage_events.catalog.actions import FollowUpCancel, FollowUpRole, FollowUpTrigger
from ouvrage_platform.inputs import SingleLine
from pydantic import BaseModel, ConfigDict, Field

from actions.app.follow_up_records import FollowUpRuleRecord
from actions.domain.follow_ups import TRIGGER_LABELS, Delay, RuleSpec

_CANCEL_LABELS = {"QuoteAccepted": "devis accepté", "QuoteRefused": "devis refusé",
                  "PaymentRecorded": "facture réglée"}  # fmt: skip


_ROLE_LABELS = {"auteur": "l'auteur", "responsable_client": "le responsable du client"}


class FollowUpRuleCreate(BaseModel):
    """« Quand <trigger>, créer une action <action_type_id> pour <role> après <delay>, annulée
    si <cancel_on> »."""

    model_config = ConfigDict(extra="forbid")

    name: SingleLine = Field(min_length=1, max_length=200)
    trigger: FollowUpTrigger
    action_type_id: UUID
    role: FollowUpRole = "auteur"
    delay_months: int = Field(0, ge=0, le=120)
    delay_days: int = Field(0, ge=0, le=3660)
    cancel_on: list[FollowUpCancel] = Field(default_factory=list, max_length=3)

    def spec(self, type_name: str) -> RuleSpec:
        delay = Delay(self.delay_months, self.delay_days)
        return RuleSpec(self.name, self.trigger, self.action_type_id, type_name, self.role,
                        delay, tuple(self.cancel_on))  # fmt: skip


class FollowUpRulePublic(BaseModel):
    id: UUID
    version: int
    name: str
    trigger: FollowUpTrigger
    action_type_id: UUID
    type_name: str
    role: FollowUpRole
    delay_months: int
    delay_days: int
    cancel_on: list[FollowUpCancel]
    seeded: bool
    sentence: str = Field(description="La règle en une phrase")

    @classmethod
    def of(cls, r: FollowUpRuleRecord) -> FollowUpRulePublic:
        delay = Delay(r.delay_months, r.delay_days).describe()
        sentence = (
            f"Quand « {TRIGGER_LABELS[r.trigger]} », créer une action « {r.type_name} » "  # type: ignore[index]
            f"pour {_ROLE_LABELS[r.role]} après {delay}"
        )
        if r.cancel_on:
            sentence += ", annulée si " + " ou ".join(_CANCEL_LABELS[c] for c in r.cancel_on)
        return cls(sentence=sentence, **r.__dict__)


class ClockSet(BaseModel):
    model_config = ConfigDict(extra="forbid")

    offset_seconds: float = Field(ge=0, le=10 * 366 * 86400)


class ClockPublic(BaseModel):
    now: datetime
    offset_seconds: float
    controllable: bool
