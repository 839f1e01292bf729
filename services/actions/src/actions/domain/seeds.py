"""The action types every new company starts with (FAQ « Paramètrer une action »)."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID, uuid5

_NAMESPACE = UUID("6f1c2b7e-2d4a-4f55-9a43-3c2e1f0a7b61")


@dataclass(frozen=True)
class SeedType:
    name: str
    responses: tuple[str, ...]

    def id_for(self, tenant_id: UUID) -> UUID:
        """Deterministic: seeding twice (redelivery, rebuild) finds the same stream."""
        return uuid5(_NAMESPACE, f"{tenant_id}/{self.name}")


DEFAULT_TYPES: tuple[SeedType, ...] = (
    SeedType("A relancer", ("Intéressé", "Pas intéressé", "A rappeler")),
    SeedType("Invitation salon", ("Viendra", "Ne viendra pas")),
    SeedType("A faire", ()),
)

# Created by the notifier's bounces (app/bounce_reaction.py), defined the first time one is needed.
EMAIL_CORRECTION = SeedType("Corriger l'adresse email", ())
