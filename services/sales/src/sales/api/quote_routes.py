"""Quote routes: list and create per client, read, revise, send, accept, refuse, PDF, invoice."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated
from uuid import UUID, uuid4

import ouvrage_events as es
from fastapi import APIRouter, Body, Response, status
from fastapi.responses import JSONResponse
from ouvrage_platform.idempotency import IdempotencyKeyDep, idempotency_of
from ouvrage_platform.pagination import (
    DEFAULT_LIMIT,
    CursorQuery,
    LimitQuery,
    Page,
)
from ouvrage_platform.versioning import IfMatchDep, etag

from sales.api.answers import PDF, after, next_cursor, pdf_answer
from sales.api.deps import (
    ContainerDep,
    InvoiceWriterDep,
    QuoteWriterDep,
    ReaderDep,
    reader_metadata,
)
from sales.api.models import InvoicePublic, QuotePublic, QuoteSummary
from sales.api.requests import AcceptRequest, InvoiceRequest, QuoteWrite, RefuseRequest
from sales.app.invoice_handlers import IssueInvoice
from sales.domain.quote import Quote

router = APIRouter(tags=["quotes"])
DEFAULT_VALIDITY = timedelta(days=30)


def _answer(quote: Quote, c: ContainerDep, response: Response) -> QuotePublic:
    response.headers["ETag"] = etag(quote.version)
    return QuotePublic.of(quote, c.today())


@router.get("/clients/{client_id}/quotes", response_model=Page[QuoteSummary])
async def list_quotes(
    client_id: UUID,
    user: ReaderDep,
    c: ContainerDep,
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Page[QuoteSummary]:
    """The client's quotes, oldest first."""
    rows = await c.queries.quotes(user.tenant_id, client_id, limit, after(cursor))
    today = c.today()
    return Page(
        items=[QuoteSummary.of(r, today) for r in rows], next_cursor=next_cursor(rows, limit)
    )


@router.post(
    "/clients/{client_id}/quotes", status_code=status.HTTP_201_CREATED, response_model=QuotePublic
)
async def create_quote(
    client_id: UUID,
    body: QuoteWrite,
    meta: QuoteWriterDep,
    c: ContainerDep,
    idempotency_key: IdempotencyKeyDep,
    response: Response,
) -> QuotePublic | JSONResponse:
    """Draft a quote (refused for a blocked, trashed or not yet known client)."""
    today = c.today()
    idem = idempotency_of(
        idempotency_key, "POST quotes", str(client_id), body.model_dump(mode="json")
    )

    def render(quote: Quote) -> object:
        return QuotePublic.of(quote, today).model_dump(mode="json")

    content = body.content(today + DEFAULT_VALIDITY)
    done = await c.quotes.create(meta, uuid4(), client_id, content, idem, render)
    if isinstance(done, es.Replay):
        return JSONResponse(done.body, status_code=done.status)
    return _answer(done, c, response)


@router.get("/quotes/{quote_id}.pdf", response_class=Response, responses={200: PDF})
async def quote_pdf(quote_id: UUID, user: ReaderDep, c: ContainerDep) -> Response:
    """The quote as a French PDF."""
    document = await c.quotes.document(reader_metadata(user), quote_id)
    pdf = c.renderer.quote_pdf(document)
    return pdf_answer(pdf, f"devis-{document.number}.pdf")


@router.get("/quotes/{quote_id}", response_model=QuotePublic)
async def get_quote(
    quote_id: UUID, user: ReaderDep, c: ContainerDep, response: Response
) -> QuotePublic:
    """One quote with its history (drafts, revisions, sending, signature)."""
    quote = await c.quotes.load(reader_metadata(user), quote_id)
    response.headers["ETag"] = etag(quote.version)
    history = await c.queries.history(quote_id)
    return QuotePublic.of(quote, c.today(), history)


@router.patch("/quotes/{quote_id}", response_model=QuotePublic)
async def revise_quote(
    quote_id: UUID,
    body: QuoteWrite,
    meta: QuoteWriterDep,
    c: ContainerDep,
    expected: IfMatchDep,
    response: Response,
) -> QuotePublic:
    """Change the content; a sent quote becomes a draft of its next revision."""
    content = body.content(c.today() + DEFAULT_VALIDITY)
    return _answer(await c.quotes.revise(meta, quote_id, expected, content), c, response)


@router.post("/quotes/{quote_id}/send", response_model=QuotePublic)
async def send_quote(
    quote_id: UUID,
    meta: QuoteWriterDep,
    c: ContainerDep,
    expected: IfMatchDep,
    response: Response,
) -> QuotePublic:
    """Email the quote's PDF to the client (through the notifier)."""
    return _answer(await c.quotes.send(meta, quote_id, expected), c, response)


@router.post("/quotes/{quote_id}/accept", response_model=QuotePublic)
async def accept_quote(
    quote_id: UUID,
    body: AcceptRequest,
    meta: QuoteWriterDep,
    c: ContainerDep,
    expected: IfMatchDep,
    response: Response,
) -> QuotePublic:
    """Record the client's « Bon pour accord » (name and date)."""
    quote = await c.quotes.accept(meta, quote_id, expected, body.signer_name, body.accepted_on)
    return _answer(quote, c, response)


@router.post("/quotes/{quote_id}/refuse", response_model=QuotePublic)
async def refuse_quote(
    quote_id: UUID,
    meta: QuoteWriterDep,
    c: ContainerDep,
    expected: IfMatchDep,
    response: Response,
    body: Annotated[RefuseRequest | None, Body()] = None,
) -> QuotePublic:
    """Record that the client refused the quote."""
    reason = body.reason if body is not None else ""
    return _answer(await c.quotes.refuse(meta, quote_id, expected, reason), c, response)


@router.post(
    "/quotes/{quote_id}/invoices",
    status_code=status.HTTP_201_CREATED,
    response_model=InvoicePublic,
)
async def invoice_quote(
    quote_id: UUID,
    body: InvoiceRequest,
    meta: InvoiceWriterDep,
    c: ContainerDep,
    idempotency_key: IdempotencyKeyDep,
    response: Response,
) -> InvoicePublic | JSONResponse:
    """Issue a deposit, progress or final invoice of an accepted quote (number F-<year>-<n>)."""
    today = c.today()
    idem = idempotency_of(
        idempotency_key, "POST invoices", str(quote_id), body.model_dump(mode="json")
    )
    cmd = IssueInvoice(
        uuid4(), quote_id, body.kind, body.percent, body.amount, body.percents, body.retention
    )
    done = await c.invoices.issue(
        meta, cmd, idem, lambda inv: InvoicePublic.of(inv, today).model_dump(mode="json")
    )
    if isinstance(done, es.Replay):
        return JSONResponse(done.body, status_code=done.status)
    response.headers["ETag"] = etag(done.version)
    return InvoicePublic.of(done, today)
