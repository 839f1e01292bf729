"""One tenant's slow or chatty DNS cannot stall the others (issue 13, part 4): every answer is
cached at least a minimum time (even with TTL 0), the cache is bounded, the evaluation has a total
deadline on threads of its own, and live diagnoses are rate-limited per company."""

from __future__ import annotations

import asyncio
import itertools
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest_asyncio
from notifier.adapters.dns import DnsPythonResolver
from notifier.adapters.tenant_rate import TenantRate
from notifier.app.sender_domains import SenderDomains
from notifier.domain.spf import Verdict, check
from ouvrage_testing.smtp import SmtpSink

PLATFORM = "_spf.ouvrage.example"
_names = itertools.count()


def new_domain(prefix: str) -> str:
    return f"{prefix}-{next(_names)}-{uuid.uuid4().hex[:6]}.example"


def _resolver(notifier_dns: Any, now: list[float], **options: Any) -> DnsPythonResolver:
    return DnsPythonResolver(("127.0.0.1", notifier_dns.port), timeout=1.0,
                             clock=lambda: now[0], **options)  # fmt: skip


def test_a_zero_ttl_answer_is_still_cached_for_the_minimum(notifier_dns: Any) -> None:
    domain = new_domain("ttl0")
    notifier_dns.zone.spf(domain, f"v=spf1 include:{PLATFORM} -all", ttl=0)
    now = [1000.0]
    resolver = _resolver(notifier_dns, now, min_ttl=60)
    for _ in range(5):
        assert check(domain, PLATFORM, resolver).verdict is Verdict.PASS
    assert notifier_dns.zone.count("TXT", domain) == 1
    now[0] += 61
    check(domain, PLATFORM, resolver)
    assert notifier_dns.zone.count("TXT", domain) == 2


def test_the_cache_keeps_at_most_max_entries_names(notifier_dns: Any) -> None:
    domains = [new_domain("lru") for _ in range(3)]
    for domain in domains:
        notifier_dns.zone.spf(domain, "v=spf1 -all")
    resolver = _resolver(notifier_dns, [1000.0], max_entries=2)
    for domain in domains:
        check(domain, PLATFORM, resolver)
    assert len(resolver) == 2
    check(domains[0], PLATFORM, resolver)  # evicted first: asked again
    assert notifier_dns.zone.count("TXT", domains[0]) == 2


async def test_a_slow_dns_answers_temperror_by_the_deadline(notifier_dns: Any) -> None:
    slow = new_domain("lent")
    notifier_dns.zone.spf(slow, f"v=spf1 include:{PLATFORM} -all")
    notifier_dns.zone.slow.add(slow)
    resolver = DnsPythonResolver(("127.0.0.1", notifier_dns.port), timeout=3.0)
    domains = SenderDomains(resolver, None, PLATFORM, workers=1, deadline=0.5)  # type: ignore[arg-type]
    try:
        started = time.monotonic()
        result = await domains.check(slow)
        elapsed = time.monotonic() - started
    finally:
        notifier_dns.zone.slow.discard(slow)
        domains.close()
    assert result.verdict is Verdict.TEMPERROR
    assert elapsed < 1.5


@pytest_asyncio.fixture(loop_scope="session", scope="module")
async def h(notifier_service: Any, smtp_sink: SmtpSink) -> AsyncIterator[Any]:
    async with notifier_service(smtp_host=smtp_sink.host, smtp_port=smtp_sink.port) as harness:
        yield harness


async def test_live_diagnoses_are_rate_limited_per_company(h: Any) -> None:
    h.app.state.spf_rate = TenantRate("2/minute")
    flooding, other = uuid.uuid4(), uuid.uuid4()
    path = f"/sender-domains/{new_domain('diag')}"
    answers = [
        await h.client.get(path, headers=h.auth(uuid.uuid4(), flooding, ("settings.manage",)))
        for _ in range(3)
    ]
    assert [a.status_code for a in answers[:2]] == [404, 404]  # not the company's domain
    assert answers[2].status_code == 429 and int(answers[2].headers["retry-after"]) >= 1
    assert answers[2].json()["code"] == "too_many_requests"
    elsewhere = await h.client.get(path, headers=h.auth(uuid.uuid4(), other, ("settings.manage",)))
    assert elsewhere.status_code == 404  # another company is not affected
    await asyncio.sleep(0)
