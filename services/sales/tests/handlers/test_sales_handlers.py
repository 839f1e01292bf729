"""The sales command handlers on the in-memory store: given events, when a command through the
pipeline, then the events recorded or the refusal (no PostgreSQL, no Kafka)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal as D
from typing import Any
from uuid import UUID, uuid4

import ouvrage_events as es
import pytest
from ouvrage_events.catalog.sales import CompanyMentions, QuoteLine, QuoteSection
from ouvrage_testing.memory import InMemory, caller, in_memory
from sales.app.company_handlers import CompanyHandlers
from sales.app.documents import InvoiceDocument, QuoteDocument
from sales.app.invoice_handlers import InvoiceHandlers, IssueInvoice
from sales.app.quote_handlers import QuoteHandlers, SalesPorts
from sales.domain.errors import (
    ClientBlockedError,
    ClientNotReadyError,
    CompanyNotReadyError,
    NoRecipientError,
    QuoteNotFoundError,
)
from sales.domain.numbering import Series
from sales.domain.quote import QuoteContent
from sales.domain.standing import ClientStanding

TODAY = date(2026, 11, 30)
TENANT = uuid4()
MENTIONS = CompanyMentions(
    name="Bâti Durand",
    siret="12345678900012",
    vat_number="FR32123456789",
    insurer="SMABTP",
    insurance_coverage="France entière",
)
CONTENT = QuoteContent(
    [
        QuoteSection(
            lines=[
                QuoteLine(
                    designation="Peinture",
                    quantity=D(30),
                    unit="m²",
                    unit_price=D("18.5"),
                    vat_rate=D(20),
                )
            ]
        )
    ],
    date(2026, 12, 30),
)


class Directory:
    """The clients this service knows, as its projection of clients' events would say."""

    def __init__(self) -> None:
        self.clients: dict[UUID, ClientStanding] = {}

    async def standing(self, conn: Any, client_id: UUID) -> ClientStanding | None:
        return self.clients.get(client_id)


class Numbering:
    """Counts per series, moved only when the command commits (like the PostgreSQL one)."""

    def __init__(self) -> None:
        self.last: dict[tuple[UUID, str, int], int] = defaultdict(int)

    async def next(self, cmd: es.Command, series: Series, year: int) -> int:
        key = (cmd.tenant_id, series, year)
        number = self.last[key] + 1
        cmd.conn.on_commit(lambda: self.last.__setitem__(key, number))
        return number


class Renderer:
    def quote_pdf(self, document: QuoteDocument) -> bytes:
        return f"%PDF devis {document.number}".encode()

    def invoice_pdf(self, document: InvoiceDocument) -> bytes:
        return f"%PDF facture {document.number}".encode()


class World:
    def __init__(self) -> None:
        self.store: InMemory = in_memory()
        self.directory = Directory()
        ports = SalesPorts(
            self.store.pipeline, self.directory, Numbering(), Renderer(), lambda: TODAY
        )
        self.quotes = QuoteHandlers(ports)
        self.invoices = InvoiceHandlers(ports)
        self.company = CompanyHandlers(self.store.pipeline)

    def client(self, tenant: UUID = TENANT, **standing: Any) -> UUID:
        client_id = uuid4()
        self.directory.clients[client_id] = ClientStanding(
            client_id, tenant, "Dupont Jean", "jean@example.org", **standing
        )
        return client_id

    def block(self, client_id: UUID, reason: str) -> None:
        old = self.directory.clients[client_id]
        self.directory.clients[client_id] = ClientStanding(
            old.client_id, old.tenant_id, old.display_name, old.email, block_reason=reason
        )


@pytest.fixture
async def world() -> World:
    w = World()
    await w.company.change(caller(TENANT), MENTIONS, None)
    return w


async def test_quotes_are_numbered_per_company_and_refused_for_unknown_clients(
    world: World,
) -> None:
    with pytest.raises(ClientNotReadyError):
        await world.quotes.create(caller(TENANT), uuid4(), uuid4(), CONTENT)
    client = world.client()
    first = await world.quotes.create(caller(TENANT), uuid4(), client, CONTENT)
    second = await world.quotes.create(caller(TENANT), uuid4(), client, CONTENT)
    assert [first.number, second.number] == ["D-2026-1", "D-2026-2"]
    assert world.store.recorded() == ["CompanyProfileChanged", "QuoteDrafted", "QuoteDrafted"]


async def test_a_blocked_client_is_refused_with_the_french_message(world: World) -> None:
    client = world.client(block_reason="impayés")
    with pytest.raises(ClientBlockedError) as refused:
        await world.quotes.create(caller(TENANT), uuid4(), client, CONTENT)
    assert str(refused.value) == "La gestion commerciale de ce client est bloquée : impayés"
    assert world.store.recorded() == ["CompanyProfileChanged"]


async def test_send_accept_invoice_then_blocked_allows_credit_notes_and_payments(
    world: World,
) -> None:
    client = world.client()
    quote = await world.quotes.create(caller(TENANT), uuid4(), client, CONTENT)
    quote_id = quote.id
    sent = await world.quotes.send(caller(TENANT), quote_id, 1)
    assert sent.state == "sent"
    (event,) = [e for e in world.store.envelopes() if e.name == "QuoteSent"]
    assert event.payload["recipient_email"] == "jean@example.org"
    assert event.payload["filename"] == "devis-D-2026-1.pdf"
    await world.quotes.accept(caller(TENANT), quote_id, 2, "Jean Dupont", None)
    deposit = await world.invoices.issue(
        caller(TENANT), IssueInvoice(uuid4(), quote_id, "deposit", percent=D(30))
    )
    assert deposit.content.number == "F-2026-1"
    assert world.store.recorded(quote_id)[-1] == "QuoteInvoiced"

    world.block(client, "litige")
    with pytest.raises(ClientBlockedError):
        await world.invoices.issue(caller(TENANT), IssueInvoice(uuid4(), quote_id, "final"))
    invoice_id = deposit.id
    note = await world.invoices.credit_note(
        caller(TENANT), invoice_id, uuid4(), "Geste", D(10), D(20)
    )
    assert note.content.number == "F-2026-2"
    await world.invoices.pay(caller(TENANT), invoice_id, uuid4(), D(100), None, "cheque")
    assert world.store.recorded(invoice_id) == [
        "InvoiceIssued",
        "InvoiceCredited",
        "PaymentRecorded",
    ]


async def test_another_company_and_a_stale_version(world: World) -> None:
    client = world.client()
    quote = await world.quotes.create(caller(TENANT), uuid4(), client, CONTENT)
    quote_id = quote.id
    with pytest.raises(QuoteNotFoundError):
        await world.quotes.refuse(caller(uuid4()), quote_id, None, "")
    with pytest.raises(es.StaleVersionError):
        await world.quotes.refuse(caller(TENANT), quote_id, 7, "")


async def test_sending_needs_the_company_mentions() -> None:
    world = World()
    client = world.client()
    quote = await world.quotes.create(caller(TENANT), uuid4(), client, CONTENT)
    with pytest.raises(CompanyNotReadyError):
        await world.quotes.send(caller(TENANT), quote.id, None)
    assert world.store.recorded() == ["QuoteDrafted"]


async def test_a_client_without_email_cannot_be_sent_a_quote(world: World) -> None:
    client = world.client()
    old = world.directory.clients[client]
    world.directory.clients[client] = ClientStanding(client, TENANT, old.display_name, None)
    quote = await world.quotes.create(caller(TENANT), uuid4(), client, CONTENT)
    with pytest.raises(NoRecipientError, match="n'a pas d'adresse e-mail"):
        await world.quotes.send(caller(TENANT), quote.id, None)
    assert world.store.recorded(quote.id) == ["QuoteDrafted"]
