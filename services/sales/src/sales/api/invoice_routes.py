"""Invoice routes: list (overdue), read, Factur-X PDF, credit note, send, payments, balance."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from uuid import UUID, uuid4

import ouvrage_events as es
from fastapi import APIRouter, Response, status
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
    PaymentWriterDep,
    ReaderDep,
    reader_metadata,
)
from sales.api.models import (
    BalancePublic,
    InvoicePublic,
    InvoiceSummary,
    RetentionReleasePublic,
)
from sales.api.requests import CreditNoteRequest, PaymentRequest
from sales.domain.invoice import Invoice

router = APIRouter(tags=["invoices"])


def _answer(invoice: Invoice, c: ContainerDep, response: Response) -> InvoicePublic:
    response.headers["ETag"] = etag(invoice.version)
    return InvoicePublic.of(invoice, c.today())


def _created(
    done: Invoice | es.Replay, c: ContainerDep, response: Response
) -> InvoicePublic | JSONResponse:
    """The new invoice, or the first answer of a retried ``Idempotency-Key``."""
    if isinstance(done, es.Replay):
        return JSONResponse(done.body, status_code=done.status)
    return _answer(done, c, response)


def _render(c: ContainerDep) -> Callable[[Invoice], Any]:
    today = c.today()
    return lambda inv: InvoicePublic.of(inv, today).model_dump(mode="json")


@router.get("/invoices", response_model=Page[InvoiceSummary])
async def list_invoices(
    user: ReaderDep,
    c: ContainerDep,
    overdue: bool = False,
    client_id: UUID | None = None,
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Page[InvoiceSummary]:
    """The company's invoices and credit notes in issue order (``overdue=true``: past due)."""
    today = c.today()
    rows = await c.queries.invoices(
        user.tenant_id,
        today=today,
        overdue=overdue,
        client_id=client_id,
        limit=limit,
        after=after(cursor),
    )
    return Page(
        items=[InvoiceSummary.of(r, today) for r in rows], next_cursor=next_cursor(rows, limit)
    )


@router.get("/invoices/{invoice_id}.pdf", response_class=Response, responses={200: PDF})
async def invoice_pdf(invoice_id: UUID, user: ReaderDep, c: ContainerDep) -> Response:
    """The invoice as Factur-X (PDF/A-3 with its CII XML, EN 16931 profile)."""
    document = await c.invoices.document(reader_metadata(user), invoice_id)
    pdf = c.renderer.invoice_pdf(document)
    return pdf_answer(pdf, f"facture-{document.number}.pdf")


@router.get("/invoices/{invoice_id}", response_model=InvoicePublic)
async def get_invoice(
    invoice_id: UUID, user: ReaderDep, c: ContainerDep, response: Response
) -> InvoicePublic:
    """One invoice or credit note, what is paid and owed, and its history."""
    invoice = await c.invoices.load(reader_metadata(user), invoice_id)
    response.headers["ETag"] = etag(invoice.version)
    history = await c.queries.history(invoice_id)
    answer = InvoicePublic.of(invoice, c.today(), history)
    if answer.retention > 0 and not answer.retention_released and c.retention_releases:
        release = await c.retention_releases.for_invoice(
            user.tenant_id, answer.client_id, answer.quote_id
        )
        if release is not None:
            answer.retention_release = RetentionReleasePublic.of(release, c.today())
    return answer


@router.post(
    "/invoices/{invoice_id}/credit-note",
    status_code=status.HTTP_201_CREATED,
    response_model=InvoicePublic,
)
async def credit_note(
    invoice_id: UUID,
    body: CreditNoteRequest,
    meta: InvoiceWriterDep,
    c: ContainerDep,
    idempotency_key: IdempotencyKeyDep,
    response: Response,
) -> InvoicePublic | JSONResponse:
    """Issue a credit note (avoir) correcting the invoice: whole or an amount excl. tax."""
    request = body.model_dump(mode="json")
    idem = idempotency_of(idempotency_key, "POST credit-note", str(invoice_id), request)
    done = await c.invoices.credit_note(
        meta, invoice_id, uuid4(), body.reason, body.amount, body.vat_rate, idem, _render(c)
    )
    return _created(done, c, response)


@router.post("/invoices/{invoice_id}/send", response_model=InvoicePublic)
async def send_invoice(
    invoice_id: UUID, meta: InvoiceWriterDep, c: ContainerDep, response: Response
) -> InvoicePublic:
    """Email the Factur-X PDF to the client (through the notifier)."""
    return _answer(await c.invoices.send(meta, invoice_id), c, response)


@router.post(
    "/invoices/{invoice_id}/payments",
    status_code=status.HTTP_201_CREATED,
    response_model=InvoicePublic,
)
async def record_payment(
    invoice_id: UUID,
    body: PaymentRequest,
    meta: PaymentWriterDep,
    c: ContainerDep,
    idempotency_key: IdempotencyKeyDep,
    response: Response,
) -> InvoicePublic | JSONResponse:
    """Record a payment (amount, date, means); allowed on a blocked client."""
    request = body.model_dump(mode="json")
    idem = idempotency_of(idempotency_key, "POST payments", str(invoice_id), request)
    done = await c.invoices.pay(
        meta, invoice_id, uuid4(), body.amount, body.paid_on, body.means, idem, _render(c)
    )
    return _created(done, c, response)


@router.post("/invoices/{invoice_id}/retention-release", response_model=InvoicePublic)
async def release_retention(
    invoice_id: UUID,
    meta: InvoiceWriterDep,
    c: ContainerDep,
    expected: IfMatchDep,
    response: Response,
) -> InvoicePublic:
    """The retention (retenue de garantie) held on the invoice becomes payable."""
    invoice = await c.invoices.release_retention(meta, invoice_id, expected)
    return _answer(invoice, c, response)


@router.get("/clients/{client_id}/balance", response_model=BalancePublic)
async def client_balance(client_id: UUID, user: ReaderDep, c: ContainerDep) -> BalancePublic:
    """The client's outstanding balance (encours) and overdue amount; the commercial block is
    shown beside it and stays independent of it."""
    balance = await c.queries.balance(user.tenant_id, client_id, c.today())
    standing = await c.directory.standing(c.pool, client_id)
    mine = standing is not None and standing.tenant_id == user.tenant_id
    return BalancePublic.of(balance, standing.block_reason if mine and standing else None)
