"""The builder's legal guarantees, running from the acceptance of the works (« réception »).

- parfait achèvement (Code civil art. 1792-6): 1 year, every disorder reported, whatever its
  nature;
- bon fonctionnement, « biennale » (art. 1792-3): 2 years, detachable equipment elements;
- décennale (art. 1792 and 1792-4-1): 10 years, damage to the structure or making the work unfit
  for use.

A period in years ends on the day of the last year that bears the same date as the acceptance,
or, without such a day (acceptance on 29 February, end in a common year), on the last day of the
month (Code de procédure civile art. 641); that last day is covered in full (art. 642: a period
ends at midnight). The standard library does the arithmetic: no library needed for whole years.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ouvrage_events.catalog.planning import Disorder, Guarantee

PARFAIT_ACHEVEMENT_YEARS = 1
BIENNALE_YEARS = 2
DECENNALE_YEARS = 10
REMINDER_DAYS = 30
"""The worksite's owner is alerted this many days before the parfait achèvement ends."""

GUARANTEE_LABELS: dict[Guarantee, str] = {
    "parfait_achevement": "Garantie de parfait achèvement",
    "biennale": "Garantie biennale (bon fonctionnement)",
    "decennale": "Garantie décennale",
}
DISORDER_LABELS: dict[Disorder, str] = {
    "finition": "Finition",
    "equipement": "Équipement dissociable",
    "structure": "Solidité de l'ouvrage ou impropriété à destination",
}

# Which disorders each guarantee covers (the parfait achèvement covers them all).
_COVERS: dict[Guarantee, frozenset[Disorder]] = {
    "parfait_achevement": frozenset({"finition", "equipement", "structure"}),
    "biennale": frozenset({"equipement"}),
    "decennale": frozenset({"structure"}),
}


def years_after(start: date, years: int) -> date:
    """The same day ``years`` later; 29 February gives 28 February in a common year."""
    try:
        return start.replace(year=start.year + years)
    except ValueError:  # 29 February -> a year without one: the last day of February
        return start.replace(year=start.year + years, day=28)


@dataclass(frozen=True)
class WarrantyClocks:
    """The last day covered by each guarantee of works accepted on ``accepted_on``."""

    accepted_on: date

    @property
    def parfait_achevement_ends_on(self) -> date:
        return years_after(self.accepted_on, PARFAIT_ACHEVEMENT_YEARS)

    @property
    def biennale_ends_on(self) -> date:
        return years_after(self.accepted_on, BIENNALE_YEARS)

    @property
    def decennale_ends_on(self) -> date:
        return years_after(self.accepted_on, DECENNALE_YEARS)

    @property
    def reminder_on(self) -> date:
        """The day the owner is alerted while reserves remain (30 days before the end)."""
        return self.parfait_achevement_ends_on - timedelta(days=REMINDER_DAYS)

    def ends_on(self, guarantee: Guarantee) -> date:
        return {
            "parfait_achevement": self.parfait_achevement_ends_on,
            "biennale": self.biennale_ends_on,
            "decennale": self.decennale_ends_on,
        }[guarantee]

    def covering(self, disorder: Disorder, reported_on: date) -> list[Guarantee]:
        """The guarantees covering a disorder of this nature reported on ``reported_on``
        (none before the acceptance: the works were not accepted yet)."""
        if reported_on < self.accepted_on:
            return []
        return [
            guarantee
            for guarantee, natures in _COVERS.items()
            if disorder in natures and reported_on <= self.ends_on(guarantee)
        ]

    def reminder_due(self, today: date, open_reserves: int) -> bool:
        """Whether the owner must be alerted today: reserves remain and the parfait
        achèvement ends within 30 days (not after it has ended)."""
        return open_reserves > 0 and self.reminder_on <= today <= self.parfait_achevement_ends_on


def retention_releasable_on(
    parfait_achevement_ends_on: date, open_reserves: int, last_lifted_on: date | None
) -> date | None:
    """When the retention (retenue de garantie) may be released: one year after an acceptance
    without reserves, or once the last reserve is lifted if that comes later; ``None`` while
    reserves remain."""
    if open_reserves > 0:
        return None
    if last_lifted_on is None:
        return parfait_achevement_ends_on
    return max(parfait_achevement_ends_on, last_lifted_on)
