"""The whole commercial flow on the real PostgreSQL and Kafka: quote, sending, signature,
deposit, two situations with retention, final invoice, payments, balance."""

from __future__ import annotations

from decimal import Decimal as D
from typing import Any

from facturx import get_xml_from_pdf, xml_check_xsd

from .conftest import SalesHarness


def money(value: Any) -> D:
    return D(str(value))


async def test_quote_to_final_invoice_and_a_zero_balance(sales: SalesHarness) -> None:
    tenant = await sales.tenant()
    client_id = await sales.client(tenant)
    h = tenant.headers()
    quote = await sales.quote(tenant, client_id)
    assert quote["number"] == "D-2026-1" and quote["status"] == "draft"
    assert money(quote["totals"]["incl_tax"]) == D("17000.00")

    sent = await sales.http.post(f"/quotes/{quote['id']}/send", headers=h)
    assert sent.status_code == 200, sent.text
    assert sent.json()["status"] == "sent"
    pdf = await sales.http.get(f"/quotes/{quote['id']}.pdf", headers=h)
    assert pdf.headers["content-type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    accepted = await sales.http.post(
        f"/quotes/{quote['id']}/accept", json={"signer_name": "Jean Dupont"}, headers=h
    )
    assert accepted.json()["status"] == "accepted"
    history = (await sales.http.get(f"/quotes/{quote['id']}", headers=h)).json()["history"]
    assert [e["event"] for e in history] == ["QuoteDrafted", "QuoteSent", "QuoteAccepted"]
    assert history[1]["details"]["recipient_email"] == "dupont@example.org"

    deposit = await sales.invoice(tenant, quote["id"], kind="deposit", percent="30")
    s1 = await sales.invoice(
        tenant, quote["id"], kind="progress", percents={"1": "30", "2": "30"}, retention=True
    )
    s2 = await sales.invoice(
        tenant, quote["id"], kind="progress", percents={"1": "70", "2": "100"}, retention=True
    )
    final = await sales.invoice(tenant, quote["id"], kind="final", retention=True)
    numbers = [i["number"] for i in (deposit, s1, s2, final)]
    assert numbers == ["F-2026-1", "F-2026-2", "F-2026-3", "F-2026-4"]
    # Worked by hand in the unit tests: 5 100 + 3 391.50 + 5 719 + 2 194.50 net to pay.
    nets = [money(i["net_payable"]) for i in (deposit, s1, s2, final)]
    assert nets == [D("5100.00"), D("3391.50"), D("5719.00"), D("2194.50")]
    balance = (await sales.http.get(f"/clients/{client_id}/balance", headers=h)).json()
    assert money(balance["balance"]) == D("16405.00")
    assert money(balance["retention_held"]) == D("595.00")  # 178.50 + 301 + 115.50

    for invoice, net in zip((deposit, s1, s2, final), nets, strict=True):
        paid = await sales.http.post(
            f"/invoices/{invoice['id']}/payments",
            headers=h,
            json={"amount": str(net), "means": "virement"},
        )
        assert paid.status_code == 201, paid.text
        assert money(paid.json()["outstanding"]) == 0
    balance = (await sales.http.get(f"/clients/{client_id}/balance", headers=h)).json()
    assert money(balance["balance"]) == 0

    sent = await sales.http.post(f"/invoices/{final['id']}/send", headers=h)
    assert sent.status_code == 200, sent.text
    history = (await sales.http.get(f"/invoices/{final['id']}", headers=h)).json()["history"]
    assert [e["event"] for e in history] == ["InvoiceIssued", "PaymentRecorded", "InvoiceSent"]
    assert history[-1]["details"]["filename"] == "facture-F-2026-4.pdf"

    factur_x = await sales.http.get(f"/invoices/{final['id']}.pdf", headers=h)
    assert factur_x.status_code == 200
    _, xml = get_xml_from_pdf(factur_x.content, check_xsd=False)
    assert xml_check_xsd(xml, flavor="factur-x", level="en16931")
    assert b"F-2026-4" in xml


async def test_credit_note_and_payment_stay_possible_on_a_blocked_client(
    sales: SalesHarness,
) -> None:
    from ouvrage_events.catalog.clients import ClientBlocked, ClientUnblocked

    tenant = await sales.tenant()
    client_id = await sales.client(tenant, "Martin")
    h = tenant.headers()
    quote = await sales.accepted_quote(tenant, client_id)
    invoice = await sales.invoice(tenant, quote["id"], kind="deposit", amount="1000")
    await sales.client_event(
        tenant, ClientBlocked(client_id=client_id, reason="impayés"), client_id, 2
    )
    await sales.until_client(client_id, "block_reason IS NOT NULL")

    refused = await sales.http.post(
        f"/clients/{client_id}/quotes", headers=h, json={"sections": LINES_ONE}
    )
    assert refused.status_code == 409
    assert refused.json()["code"] == "client_blocked"
    assert refused.json()["detail"] == "La gestion commerciale de ce client est bloquée : impayés"
    again = await sales.http.post(
        f"/quotes/{quote['id']}/invoices",
        headers=h,
        json={"kind": "progress", "percents": {"1": "10"}},
    )
    assert (again.status_code, again.json()["code"]) == (409, "client_blocked")

    note = await sales.http.post(
        f"/invoices/{invoice['id']}/credit-note",
        headers=h,
        json={"reason": "Erreur de montant", "amount": "100", "vat_rate": "20"},
    )
    assert note.status_code == 201, note.text
    assert note.json()["kind"] == "credit_note"
    assert money(note.json()["totals"]["incl_tax"]) == D("120.00")
    paid = await sales.http.post(
        f"/invoices/{invoice['id']}/payments",
        headers=h,
        json={"amount": "50.00", "means": "cheque"},
    )
    assert paid.status_code == 201, paid.text
    balance = (await sales.http.get(f"/clients/{client_id}/balance", headers=h)).json()
    # 1 000 excl. tax = 333.33 at 20 % + 666.67 at 10 %: 400.00 + 733.34 = 1 133.34 incl.
    assert money(balance["balance"]) == D("1133.34") - D("120.00") - D("50.00")
    assert balance["commercial_block"] == "impayés"

    await sales.client_event(tenant, ClientUnblocked(client_id=client_id), client_id, 3)
    await sales.until_client(client_id, "block_reason IS NULL")
    allowed = await sales.http.post(
        f"/clients/{client_id}/quotes", headers=h, json={"sections": LINES_ONE}
    )
    assert allowed.status_code == 201, allowed.text


LINES_ONE = [
    {
        "lines": [
            {
                "designation": "Peinture",
                "quantity": "30",
                "unit": "m²",
                "unit_price": "18.5",
                "vat_rate": "20",
            }
        ]
    }
]
