"""Sender domains: the SPF check before sending, the recorded state, the diagnosis for admins."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from uuid import UUID

import ouvrage_events as es
import structlog

from notifier.app import directory_projection as directory
from notifier.domain import spf
from notifier.domain.errors import SenderDomainNotFoundError
from notifier.domain.sender_domain import DomainStatus, SenderDomain, domain_of, valid_domain
from notifier.domain.spf_advice import SpfAdvice, advise

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class Diagnosis:
    check: spf.SpfCheck
    advice: SpfAdvice
    recorded_status: DomainStatus
    platform_spf_domain: str


class SenderDomains:
    """SPF checks run on an executor of their own (a few threads: one tenant's slow DNS cannot
    take the threads the rest of the service needs) and answer within ``deadline`` seconds
    (past it: a temporary error, the mail waits for the next attempt)."""

    def __init__(
        self,
        dns: spf.DnsPort,
        uow_factory: es.UnitOfWorkFactory,
        platform_spf_domain: str,
        *,
        workers: int = 4,
        deadline: float = 5.0,
    ) -> None:
        self._dns = dns
        self._uow_factory = uow_factory
        self._pipeline = es.Pipeline(uow_factory)
        self.platform_spf_domain = platform_spf_domain
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="spf")
        self._deadline = deadline

    async def check(self, domain: str) -> spf.SpfCheck:
        """Evaluate the domain's SPF record (DNS answers cached), within the deadline."""
        loop = asyncio.get_running_loop()
        evaluation = loop.run_in_executor(
            self._executor, spf.check, domain, self.platform_spf_domain, self._dns
        )
        try:
            return await asyncio.wait_for(evaluation, self._deadline)
        except TimeoutError:
            log.warning("spf.deadline_passed", deadline=self._deadline)
            return spf.SpfCheck(domain, spf.Verdict.TEMPERROR, "dns_unavailable")

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)

    async def observe(self, metadata: es.Metadata, check: spf.SpfCheck) -> None:
        """Record the domain turning misconfigured or fixed; nothing while it stays so."""
        advice = advise(check, self.platform_spf_domain)
        aggregate_id = SenderDomain.id_for(metadata.tenant_id, check.domain)
        try:
            async with self._pipeline.command(metadata) as run:
                domain = await run.get(SenderDomain, aggregate_id)
                if domain is None:
                    domain = SenderDomain(aggregate_id)
                    run.add(domain)
                domain.observe(check, advice)
                await run.commit()
        except es.ConcurrentUpdateError:
            # Another worker recorded the same observation first.
            log.info("sender_domain.observed_concurrently", aggregate_id=str(aggregate_id))

    async def diagnose(self, tenant_id: UUID, domain: str) -> Diagnosis:
        """The live SPF verdict of one of the company's sender domains, with the exact fix."""
        domain = valid_domain(domain)
        recorded = await self._recorded(tenant_id, domain)
        if recorded is None:
            raise SenderDomainNotFoundError(domain)
        check = await self.check(domain)
        return Diagnosis(
            check=check,
            advice=advise(check, self.platform_spf_domain),
            recorded_status=recorded,
            platform_spf_domain=spf.normalise(self.platform_spf_domain),
        )

    async def _recorded(self, tenant_id: UUID, domain: str) -> DomainStatus | None:
        """The recorded state, or None when the domain is not the company's."""
        pool = self._uow_factory.pool
        async with self._uow_factory(es.Metadata(tenant_id=tenant_id)) as uow:
            aggregate = await uow.get(SenderDomain, SenderDomain.id_for(tenant_id, domain))
        if aggregate is not None:
            return aggregate.status
        async with pool.acquire() as conn:
            company = await directory.tenant(conn, tenant_id)
        if company.sender_email and domain_of(company.sender_email) == domain:
            return "unknown"
        return None
