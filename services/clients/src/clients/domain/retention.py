"""A company's retention of prospects (RGPD; the CNIL advises 3 years without activity)."""

from __future__ import annotations

from uuid import NAMESPACE_URL, UUID, uuid5

import ouvrage_events as es
from ouvrage_events.catalog.clients import ProspectRetentionChanged, ProspectsErasedForRetention

from clients.domain.errors import ClientsError

DEFAULT_YEARS = 3
MIN_YEARS, MAX_YEARS = 1, 10


class InvalidRetentionError(ClientsError, ValueError):
    def __init__(self) -> None:
        super().__init__(
            f"La durée de conservation des prospects va de {MIN_YEARS} à {MAX_YEARS} ans."
        )


def retention_policy_id(tenant_id: UUID) -> UUID:
    """The stream id of a company's retention policy (one per company)."""
    return uuid5(NAMESPACE_URL, f"urn:ouvrage:clients:retention:{tenant_id}")


class RetentionPolicy(es.Aggregate):
    stream_type = "client_retention_policy"

    def __init__(self, aggregate_id: UUID) -> None:
        super().__init__(aggregate_id)
        self.years = DEFAULT_YEARS

    def set_years(self, years: int) -> None:
        if not MIN_YEARS <= years <= MAX_YEARS:
            raise InvalidRetentionError()
        if years != self.years:
            self.record(ProspectRetentionChanged(years=years))

    def report(self, erased: list[UUID]) -> None:
        """What a run of the job erased, kept in the company's history."""
        if erased:
            self.record(ProspectsErasedForRetention(years=self.years, client_ids=erased))

    def when_ProspectRetentionChanged(self, e: ProspectRetentionChanged) -> None:
        self.years = e.years

    def when_ProspectsErasedForRetention(self, e: ProspectsErasedForRetention) -> None:
        pass
