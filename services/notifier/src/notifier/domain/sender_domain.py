"""A company's sender domain as the notifier last found it: misconfigured is said once, until
fixed."""

from __future__ import annotations

import re
from typing import Literal
from uuid import UUID, uuid5

from ouvrage_events import Aggregate
from ouvrage_events.catalog.notifier import SenderDomainMisconfigured, SenderDomainVerified

from notifier.domain.errors import InvalidDomainError
from notifier.domain.spf import SpfCheck, Verdict
from notifier.domain.spf_advice import SpfAdvice

DomainStatus = Literal["unknown", "misconfigured", "verified"]
_NAMESPACE = UUID("0d2b6f0e-5f7a-4bb1-8e3c-6a0f4f0d9b21")
_DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


def valid_domain(domain: str) -> str:
    """The domain lower-cased; ``InvalidDomainError`` when it is not a host name."""
    lowered = domain.strip().rstrip(".").lower()
    if not _DOMAIN.match(lowered):
        raise InvalidDomainError()
    return lowered


def domain_of(address: str) -> str:
    return address.rpartition("@")[2].strip().lower()


class SenderDomain(Aggregate):
    stream_type = "sender_domain"

    def __init__(self, aggregate_id: UUID) -> None:
        super().__init__(aggregate_id)
        self.status: DomainStatus = "unknown"
        self.verdict: str | None = None
        self.fix: str | None = None

    @staticmethod
    def id_for(tenant_id: UUID, domain: str) -> UUID:
        return uuid5(_NAMESPACE, f"{tenant_id}/{domain}")

    def observe(self, check: SpfCheck, advice: SpfAdvice) -> None:
        """Record a change of state; a DNS failure teaches nothing and records nothing."""
        if check.verdict is Verdict.TEMPERROR:
            return
        if check.authorised:
            if self.status == "misconfigured":
                self.record(SenderDomainVerified(domain=check.domain))
            return
        if self.status != "misconfigured":
            self.record(
                SenderDomainMisconfigured(
                    domain=check.domain,
                    verdict=check.verdict.value,
                    fix=advice.fix or advice.summary,
                    record=check.record,
                )
            )

    def when_SenderDomainMisconfigured(self, event: SenderDomainMisconfigured) -> None:
        self.status = "misconfigured"
        self.verdict = event.verdict
        self.fix = event.fix

    def when_SenderDomainVerified(self, event: SenderDomainVerified) -> None:
        self.status = "verified"
        self.verdict = Verdict.PASS.value
        self.fix = None
