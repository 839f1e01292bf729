"""FAQ « Bloquer la gestion commerciale … si vous désirez faire un devis ou une facture, ce message
apparaitra », and « Mon email revient not delivery » for the company's own clients: a quote sent
to the client (the email with its PDF in the SMTP sink, From the company's authorised address),
accepted, the worksite on the planning, a deposit, two situations, the final invoice, payments,
a zero balance; a blocked client is refused with the French message."""

from __future__ import annotations

import uuid
from decimal import Decimal
from email import policy
from email.parser import BytesParser
from typing import Any

import pytest
from e2e_kit import Company, Ouvrage, eventually, expect
from e2e_steps import MENTIONS, new_client
from facturx import get_xml_from_pdf, xml_check_xsd
from ouvrage_testing.smtp import SmtpSink

pytestmark = pytest.mark.asyncio(loop_scope="session")

SECTIONS = [
    {
        "title": "Gros œuvre",
        "lines": [
            {
                "designation": "Extension",
                "quantity": "1",
                "unit": "forfait",
                "unit_price": "10000.00",
                "vat_rate": "10",
            }
        ],
    },
    {
        "title": "Fenêtres",
        "lines": [
            {
                "designation": "Fenêtre PVC",
                "quantity": "4",
                "unit": "u",
                "unit_price": "1250",
                "vat_rate": "20",
            }
        ],
    },
]


def money(value: Any) -> Decimal:
    return Decimal(str(value))


async def test_quote_sent_accepted_invoiced_paid(
    ouvrage: Ouvrage, company: Company, smtp_sink: SmtpSink
) -> None:
    admin = company.admin
    mentions = {**MENTIONS, "name": company.name, "email": company.sender_email}
    expect(await ouvrage.put("sales", "/company", admin, json=mentions), 200)
    address = f"client.{uuid.uuid4().hex[:8]}@example.org"
    client = await new_client(company, admin, "Roux", "Isabelle", emails=[address])
    quotes = f"/clients/{client['id']}/quotes"
    body = {
        "sections": SECTIONS,
        "vat_attestation": {"signed_on": "2026-01-05", "signed_by": "Isabelle Roux"},
    }

    # Sales learns of the client through Kafka: « not ready » (409) until then.
    quote = await company.accepted(
        lambda: ouvrage.post("sales", quotes, admin, json=body), 201, what="the quote"
    )
    assert quote["number"].startswith("D-") and money(quote["totals"]["incl_tax"]) == 17000

    # « Envoyer » : the client receives the PDF, From the company's authorised address.
    sent = expect(await ouvrage.post("sales", f"/quotes/{quote['id']}/send", admin), 200)
    assert sent["status"] == "sent"
    message = await smtp_sink.wait_for(lambda m: address in m.rcpt_to, timeout=60)
    assert message.subject == f"{company.name} : devis n° {quote['number']}"
    assert message.from_ == f"{company.name} <{company.sender_email}>"
    raw = BytesParser(policy=policy.default).parsebytes(await smtp_sink.raw(message.id))
    (pdf,) = list(raw.iter_attachments())
    assert pdf.get_content_type() == "application/pdf"
    assert pdf.get_content().startswith(b"%PDF")

    # The send is in the quote's history and in the notifier's email log.
    history = expect(await ouvrage.get("sales", f"/quotes/{quote['id']}", admin), 200)["history"]
    assert [e["event"] for e in history] == ["QuoteDrafted", "QuoteSent"]

    async def logged() -> bool:
        log = expect(await ouvrage.get("notifier", "/emails", admin), 200)["items"]
        return any(e["to_address"] == address and e["status"] == "sent" for e in log)

    assert await eventually(logged, what="the email in the delivery log")

    # « Bon pour accord »: the worksite appears on the planning.
    accepted = await ouvrage.post(
        "sales", f"/quotes/{quote['id']}/accept", admin, json={"signer_name": "Isabelle Roux"}
    )
    assert expect(accepted, 200)["status"] == "accepted"

    async def worksite() -> dict[str, Any] | None:
        sites = expect(await ouvrage.get("planning", "/planning", admin), 200)["items"]
        return next((s for s in sites if s["client_id"] == client["id"]), None)

    assert (await eventually(worksite, what="the worksite on the planning"))["origin"] == "quote"

    # Deposit, two situations with retention, final invoice: gapless numbers, exact amounts.
    invoices = f"/quotes/{quote['id']}/invoices"
    issued = []
    for request in (
        {"kind": "deposit", "percent": "30"},
        {"kind": "progress", "percents": {"1": "30", "2": "30"}, "retention": True},
        {"kind": "progress", "percents": {"1": "70", "2": "100"}, "retention": True},
        {"kind": "final", "retention": True},
    ):
        issued.append(expect(await ouvrage.post("sales", invoices, admin, json=request), 201))
    numbers = [int(i["number"].rsplit("-", 1)[1]) for i in issued]
    assert numbers == list(range(numbers[0], numbers[0] + 4))
    nets = [money(i["net_payable"]) for i in issued]
    assert nets == [Decimal("5100.00"), Decimal("3391.50"), Decimal("5719.00"), Decimal("2194.50")]

    factur_x = await ouvrage.get("sales", f"/invoices/{issued[-1]['id']}.pdf", admin)
    _, xml = get_xml_from_pdf(expect(factur_x, 200), check_xsd=False)
    assert xml_check_xsd(xml, flavor="factur-x", level="en16931")

    for invoice, net in zip(issued, nets, strict=True):
        payment = {"amount": str(net), "means": "virement"}
        paid = await ouvrage.post(
            "sales", f"/invoices/{invoice['id']}/payments", admin, json=payment
        )
        assert money(expect(paid, 201)["outstanding"]) == 0
    balance = expect(await ouvrage.get("sales", f"/clients/{client['id']}/balance", admin), 200)
    assert money(balance["balance"]) == 0
    assert money(balance["retention_held"]) == Decimal("595.00")


async def test_a_blocked_client_gets_the_french_message(ouvrage: Ouvrage, company: Company) -> None:
    admin = company.admin
    client = await new_client(company, admin, "Martin", "Paul", emails=["paul@example.org"])
    block = f"/clients/{client['id']}/commercial-block"
    expect(await ouvrage.put("clients", block, admin, json={"reason": "impayés"}), 200)
    quotes = f"/clients/{client['id']}/quotes"

    async def refused() -> dict[str, Any] | None:
        answer = await ouvrage.post("sales", quotes, admin, json={"sections": SECTIONS[1:]})
        problem = answer.json()
        return problem if problem.get("code") == "client_blocked" else None

    problem = await eventually(refused, what="the block seen by sales")
    assert problem["detail"] == "La gestion commerciale de ce client est bloquée : impayés"
    expect(await ouvrage.delete("clients", block, admin), 200)
    await company.accepted(
        lambda: ouvrage.post("sales", quotes, admin, json={"sections": SECTIONS[1:]}),
        201,
        what="the quote once unblocked",
    )
