"""The sender domain's SPF record, read from a real DNS server: the company's address when it
authorises the platform, else the platform's with a Reply-To; the state recorded once until
fixed; the diagnosis and exact fix at ``GET /sender-domains/{domain}`` (FAQ « not delivery »)."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

import pytest_asyncio
from notifier.adapters.dns import DnsPythonResolver
from notifier.domain.spf import Verdict, check
from ouvrage_events.catalog.actions import ActionAssigned
from ouvrage_events.catalog.identity import TenantSenderChanged
from ouvrage_testing.smtp import SinkMessage, SmtpSink

PLATFORM = "_spf.ouvrage.example"
ADMIN = ("settings.manage",)


@pytest_asyncio.fixture(loop_scope="session", scope="module")
async def h(notifier_service: Any, smtp_sink: SmtpSink) -> AsyncIterator[Any]:
    # These scenarios fix a record (TTL 0) and expect the next email to see it at once: no
    # minimum cache time here (test_notifier_spf_flooding checks the minimum).
    async with notifier_service(
        smtp_host=smtp_sink.host, smtp_port=smtp_sink.port, dns_min_ttl=0
    ) as harness:
        yield harness


def new_domain(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}.test"


async def company_on(h: Any, domain: str) -> UUID:
    tenant_id: UUID = await h.company("Maçonnerie Dupont", sender=f"contact@{domain}")
    await h.wait_for(lambda: h.fetchval("SELECT 1 FROM tenants WHERE tenant_id = $1", tenant_id))
    return tenant_id


async def email_from(h: Any, sink: SmtpSink, tenant_id: UUID) -> tuple[SinkMessage, Any]:
    """Send one email to a new user of the company; the message received and the envelope."""
    user = await h.user(tenant_id, "Paul")
    event = ActionAssigned(
        action_id=uuid.uuid4(), assignee_id=user, client_id=uuid.uuid4(), client_name="Dupont",
        type_name="A relancer", alert_at=datetime(2026, 3, 12, 8, 30, tzinfo=UTC),
    )  # fmt: skip
    env = await h.publish(event, tenant_id=tenant_id, aggregate_id=event.action_id)
    address = await h.address(user)
    message = await sink.wait_for(lambda m: address in m.rcpt_to, timeout=30)
    return message, env


async def recorded(h: Any, tenant_id: UUID, event_type: str) -> list[Any]:
    return [
        e for e in await h.notifier_events() if e.type == event_type and e.tenant_id == tenant_id
    ]


async def diagnose(h: Any, tenant_id: UUID, domain: str) -> Any:
    return await h.client.get(
        f"/sender-domains/{domain}", headers=h.auth(uuid.uuid4(), tenant_id, ADMIN)
    )


async def test_an_authorising_domain_sends_from_the_company_address(
    h: Any, smtp_sink: SmtpSink, notifier_dns: Any
) -> None:
    domain, provider = new_domain("dupont"), new_domain("hebergeur")
    notifier_dns.zone.spf(domain, f"v=spf1 include:{provider} -all")
    notifier_dns.zone.spf(provider, f"v=spf1 ip4:198.51.100.0/24 include:{PLATFORM} ~all")
    tenant_id = await company_on(h, domain)
    message, _env = await email_from(h, smtp_sink, tenant_id)
    assert message.from_ == f"Maçonnerie Dupont <contact@{domain}>"
    # the envelope sender is the email's own return path (VERP), always at the bounce domain
    assert message.mail_from.startswith("bounces+")
    assert message.mail_from.endswith("@bounces.ouvrage.example")
    assert message.reply_to is None
    body = (await diagnose(h, tenant_id, domain)).json()
    assert (body["authorised"], body["verdict"], body["fix"]) == (True, "pass", None)
    assert body["include_chain"] == [domain, provider, PLATFORM]


async def test_a_misconfigured_domain_goes_through_the_platform_and_is_recorded_once(
    h: Any, smtp_sink: SmtpSink, notifier_dns: Any
) -> None:
    domain = new_domain("masociete")
    notifier_dns.zone.spf(domain, "v=spf1 mx ~all", ttl=0)
    notifier_dns.zone.hosts[domain] = {"MX"}
    tenant_id = await company_on(h, domain)
    first, _ = await email_from(h, smtp_sink, tenant_id)
    second, env = await email_from(h, smtp_sink, tenant_id)
    for message in (first, second):
        assert message.from_ == "Maçonnerie Dupont via Ouvrage <notifications@ouvrage.example>"
        assert message.mail_from.endswith("@bounces.ouvrage.example")
        assert message.reply_to == f"contact@{domain}"
    sent = await h.wait_notifier_event(
        "ouvrage.notifier.EmailSent", lambda e: e.causation_id == env.event_id
    )
    assert sent[0].payload["via_platform_sender"] is True
    (misconfigured,) = await recorded(h, tenant_id, "ouvrage.notifier.SenderDomainMisconfigured")
    assert misconfigured.payload["domain"] == domain
    assert misconfigured.payload["verdict"] == "softfail"
    assert misconfigured.payload["fix"] == (
        f"Ajoutez include:_spf.ouvrage.example à l'enregistrement SPF de {domain}."
    )

    response = await diagnose(h, tenant_id, domain)
    assert response.status_code == 200
    body = response.json()
    assert body["fix"] == misconfigured.payload["fix"]
    assert body["record"] == "v=spf1 mx ~all"
    assert body["suggested_record"] == "v=spf1 mx include:_spf.ouvrage.example ~all"
    assert body["recorded_status"] == "misconfigured"
    assert body["sends_from_platform"] is True

    # The company's domain administrator applies the fix: the next email says it is verified.
    notifier_dns.zone.spf(domain, body["suggested_record"], ttl=0)
    fixed, _ = await email_from(h, smtp_sink, tenant_id)
    assert fixed.from_ == f"Maçonnerie Dupont <contact@{domain}>"
    (verified,) = await h.wait_for(
        lambda: recorded(h, tenant_id, "ouvrage.notifier.SenderDomainVerified")
    )
    assert verified.payload == {"domain": domain}
    assert (await diagnose(h, tenant_id, domain)).json()["recorded_status"] == "verified"


async def test_a_domain_without_spf_or_ending_in_minus_all_goes_through_the_platform(
    h: Any, smtp_sink: SmtpSink, notifier_dns: Any
) -> None:
    bare, strict = new_domain("sansspf"), new_domain("strict")
    notifier_dns.zone.hosts[bare] = {"A"}  # the name exists, with no TXT record
    notifier_dns.zone.spf(strict, "v=spf1 ip4:203.0.113.7 -all")
    for domain, verdict in ((bare, "none"), (strict, "fail")):
        tenant_id = await company_on(h, domain)
        message, _ = await email_from(h, smtp_sink, tenant_id)
        assert message.reply_to == f"contact@{domain}"
        (event,) = await h.wait_for(
            lambda tid=tenant_id: recorded(h, tid, "ouvrage.notifier.SenderDomainMisconfigured")
        )
        assert event.payload["verdict"] == verdict
        assert event.payload["fix"].startswith(
            f"Ajoutez include:_spf.ouvrage.example à l'enregistrement SPF de {domain}"
        )


async def test_a_dns_timeout_takes_the_safe_path_and_records_nothing(
    h: Any, smtp_sink: SmtpSink, notifier_dns: Any
) -> None:
    domain = new_domain("lent")
    notifier_dns.zone.spf(domain, f"v=spf1 include:{PLATFORM} -all")
    notifier_dns.zone.slow.add(domain)
    tenant_id = await company_on(h, domain)
    message, env = await email_from(h, smtp_sink, tenant_id)
    assert message.from_ == "Maçonnerie Dupont via Ouvrage <notifications@ouvrage.example>"
    assert message.reply_to == f"contact@{domain}"
    await h.wait_notifier_event(
        "ouvrage.notifier.EmailSent", lambda e: e.causation_id == env.event_id
    )
    assert await recorded(h, tenant_id, "ouvrage.notifier.SenderDomainMisconfigured") == []
    body = (await diagnose(h, tenant_id, domain)).json()
    assert (body["verdict"], body["fix"], body["recorded_status"]) == ("temperror", None, "unknown")
    assert "Le serveur DNS n'a pas répondu" in body["summary"]


async def test_lookup_limit_and_void_lookups_over_real_dns(h: Any, notifier_dns: Any) -> None:
    deep, voids = new_domain("profond"), new_domain("vide")
    chain = [new_domain(f"n{i}") for i in range(11)]
    notifier_dns.zone.spf(deep, f"v=spf1 include:{chain[0]} -all")
    for here, there in itertools.pairwise(chain):
        notifier_dns.zone.spf(here, f"v=spf1 include:{there} -all")
    notifier_dns.zone.spf(chain[-1], f"v=spf1 include:{PLATFORM} -all")
    gone = [new_domain("disparu") for _ in range(3)]
    notifier_dns.zone.spf(
        voids, "v=spf1 " + " ".join(f"a:{g}" for g in gone) + f" include:{PLATFORM} -all"
    )

    tenant_id = await company_on(h, deep)
    body = (await diagnose(h, tenant_id, deep)).json()
    assert (body["verdict"], body["reason"]) == ("permerror", "lookup_limit")
    assert "10" in body["fix"]
    tenant_id = await company_on(h, voids)
    body = (await diagnose(h, tenant_id, voids)).json()
    assert (body["verdict"], body["reason"]) == ("permerror", "void_limit")
    assert all(g in body["fix"] for g in gone)


async def test_the_diagnosis_is_for_the_company_admins_and_its_own_domains(
    h: Any, notifier_dns: Any
) -> None:
    domain = new_domain("perso")
    notifier_dns.zone.spf(domain, "v=spf1 -all")
    tenant_id = await company_on(h, domain)
    user = uuid.uuid4()
    no_perm = await h.client.get(f"/sender-domains/{domain}", headers=h.auth(user, tenant_id))
    assert (no_perm.status_code, no_perm.json()["code"]) == (403, "forbidden")
    other = await diagnose(h, uuid.uuid4(), domain)
    assert (other.status_code, other.json()["code"]) == (404, "sender_domain_not_found")
    assert domain in other.json()["detail"]
    invalid = await diagnose(h, tenant_id, "pas un domaine")
    assert (invalid.status_code, invalid.json()["code"]) == (422, "invalid_domain")
    assert invalid.json()["detail"].startswith("Ce nom de domaine n'est pas valide")


async def test_a_new_sender_address_is_checked(
    h: Any, smtp_sink: SmtpSink, notifier_dns: Any
) -> None:
    old, new = new_domain("ancien"), new_domain("nouveau")
    notifier_dns.zone.spf(old, "v=spf1 -all")
    notifier_dns.zone.spf(new, f"v=spf1 include:{PLATFORM} -all")
    tenant_id = await company_on(h, old)
    await h.publish(
        TenantSenderChanged(tenant_id=tenant_id, sender_email=f"devis@{new}"),
        tenant_id=tenant_id,
        aggregate_id=tenant_id,
    )
    await h.wait_for(
        lambda: h.fetchval(
            "SELECT 1 FROM tenants WHERE tenant_id = $1 AND sender_email = $2",
            tenant_id,
            f"devis@{new}",
        )
    )
    message, _ = await email_from(h, smtp_sink, tenant_id)
    assert message.from_ == f"Maçonnerie Dupont <devis@{new}>"


def test_dns_answers_are_cached_for_their_ttl(notifier_dns: Any) -> None:
    domain = new_domain("cache")
    notifier_dns.zone.spf(domain, f"v=spf1 include:{PLATFORM} -all", ttl=120)
    now = [1000.0]
    resolver = DnsPythonResolver(
        ("127.0.0.1", notifier_dns.port), timeout=1.0, clock=lambda: now[0]
    )
    assert check(domain, PLATFORM, resolver).verdict is Verdict.PASS
    notifier_dns.zone.spf(domain, "v=spf1 -all", ttl=120)
    now[0] += 119
    assert check(domain, PLATFORM, resolver).verdict is Verdict.PASS  # still the cached answer
    assert notifier_dns.zone.count("TXT", domain) == 1
    now[0] += 2
    assert check(domain, PLATFORM, resolver).verdict is Verdict.FAIL
    assert notifier_dns.zone.count("TXT", domain) == 2


def test_a_missing_name_is_cached_and_a_timeout_only_for_the_failure_ttl(
    notifier_dns: Any,
) -> None:
    missing, slow = new_domain("absent"), new_domain("lent")
    notifier_dns.zone.spf(slow, f"v=spf1 include:{PLATFORM} -all")
    notifier_dns.zone.slow.add(slow)
    now = [1000.0]
    resolver = DnsPythonResolver(
        ("127.0.0.1", notifier_dns.port),
        timeout=0.3,
        negative_ttl=60,
        failure_ttl=30,
        clock=lambda: now[0],
    )
    assert check(missing, PLATFORM, resolver).verdict is Verdict.NONE
    assert check(missing, PLATFORM, resolver).verdict is Verdict.NONE
    assert notifier_dns.zone.count("TXT", missing) == 1
    assert check(slow, PLATFORM, resolver).verdict is Verdict.TEMPERROR
    notifier_dns.zone.slow.discard(slow)
    asked = notifier_dns.zone.count("TXT", slow)
    assert check(slow, PLATFORM, resolver).verdict is Verdict.TEMPERROR  # remembered
    assert notifier_dns.zone.count("TXT", slow) == asked
    now[0] += 31
    assert check(slow, PLATFORM, resolver).verdict is Verdict.PASS
