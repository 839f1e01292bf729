"""FAQ « Mon email revient « not delivery » alors que l'adresse mail est bonne »: the company's
sender domain publishes an SPF record that does not include the platform. Emails still arrive,
sent from the platform's address with the company's address to reply to; the diagnosis names
the exact fix; once the record includes the platform, emails go out from the company's address."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
import pytest_asyncio
from e2e_kit import Company, Ouvrage, eventually, expect
from e2e_steps import action_type, assign, mail_to, new_client, open_action
from ouvrage_testing.dns import DnsServerHandle
from ouvrage_testing.smtp import SmtpSink

if TYPE_CHECKING:
    from conftest import CompanyFactory
    from e2e_kafka import EventTap

pytestmark = pytest.mark.asyncio(loop_scope="session")

PLATFORM_SPF = "_spf.ouvrage.example"
PLATFORM_SENDER = "notifications@ouvrage.example"
OWN_SERVERS_ONLY = "v=spf1 ip4:203.0.113.7 -all"  # « masociete.com » sends from its own server


@pytest_asyncio.fixture(loop_scope="session", scope="module")
async def company(new_company: CompanyFactory, dns_server: DnsServerHandle) -> Company:
    """A company whose sender domain's SPF lacks include:_spf.ouvrage.example; answers are not
    cached (TTL 0), so the fixed record is seen at once."""
    made = await new_company("Menuiserie Ma Société", spf=OWN_SERVERS_ONLY)
    dns_server.zone.spf(made.domain, OWN_SERVERS_ONLY, ttl=0)
    return made


async def test_sender_domain_without_the_platform(
    ouvrage: Ouvrage, company: Company, smtp_sink: SmtpSink, dns_server: DnsServerHandle,
    tap: EventTap,
) -> None:  # fmt: skip
    admin = company.admin
    nadia = await company.add_user("Nadia", "Lefort")
    client = await new_client(company, admin, "Perrin", "Louis")
    relancer = await action_type(company, admin, "A relancer")
    action = await open_action(company, admin, client, relancer["id"], "Relancer le devis")
    await assign(company, admin, action, nadia)

    # The email still arrives: from the platform's address, replies going to the company.
    mail = await mail_to(smtp_sink, nadia, "Action à traiter : A relancer – Perrin Louis")
    assert PLATFORM_SENDER in (mail.from_ or "")
    assert company.name in (mail.from_ or "")  # « Menuiserie Ma Société via Ouvrage »
    assert mail.reply_to is not None and company.sender_email in mail.reply_to
    # the envelope sender SPF is checked against: the email's own return path at the platform's
    # bounce domain (VERP), where its bounces come back
    assert mail.mail_from.startswith("bounces+")
    assert mail.mail_from.endswith("@bounces.ouvrage.example")

    # The diagnosis (« Paramétrer l'application ») names the fix.
    path = f"/sender-domains/{company.domain}"
    assert (await ouvrage.get("notifier", path, nadia)).status_code == 403
    diagnosis = expect(await ouvrage.get("notifier", path, admin), 200)
    assert diagnosis["authorised"] is False and diagnosis["sends_from_platform"] is True
    assert diagnosis["record"] == OWN_SERVERS_ONLY
    assert diagnosis["fix"].startswith(
        f"Ajoutez include:{PLATFORM_SPF} à l'enregistrement SPF de {company.domain}"
    )
    assert "« Répondre à »" in diagnosis["summary"]
    suggested = diagnosis["suggested_record"]
    assert suggested == f"v=spf1 ip4:203.0.113.7 include:{PLATFORM_SPF} -all"
    (event,) = await tap.wait_for(
        "ouvrage.notifier.SenderDomainMisconfigured",
        lambda r: r.value["domain"] == company.domain,
    )
    assert event.tenant_id == str(company.tenant_id)
    assert f"include:{PLATFORM_SPF}" in event.value["fix"]

    # The domain's administrator publishes the suggested record: the diagnosis turns green...
    dns_server.zone.spf(company.domain, suggested, ttl=0)

    async def fixed() -> bool:
        again = expect(await ouvrage.get("notifier", path, admin), 200)
        return bool(again["authorised"]) and again["fix"] is None

    await eventually(fixed, what="the fixed SPF record")
    # ...and the next email goes out from the company's own address.
    bruno = await company.add_user("Bruno", "Caron")
    other = await open_action(company, admin, client, relancer["id"], "Deuxième relance")
    await assign(company, admin, other, bruno)
    own = await mail_to(smtp_sink, bruno, "Action à traiter : A relancer – Perrin Louis")
    assert company.sender_email in (own.from_ or "") and own.reply_to is None
