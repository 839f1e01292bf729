"""What the read side gives back about follow-up rules."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID


@dataclass(frozen=True)
class FollowUpRuleRecord:
    id: UUID
    name: str
    trigger: str
    action_type_id: UUID
    type_name: str
    role: str
    delay_months: int
    delay_days: int
    cancel_on: list[str]
    seeded: bool
    version: int
