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
    decode_cursor,
    encode_cursor,
)
from ouvrage_platform.versioning import IfMatchDep, etag

from sales.api.deps import (
    InvoiceWriterDep,
    PaymentWriterDep,
    ReaderDep,
    ServicesDep,
    reader_metadata,
)
from sales.api.models import (
    BalancePublic,
    CreditNoteRequest,
    InvoicePublic,
    InvoiceSummary,
    PaymentRequest,
)
from sales.api.quote_routes import PDF
from sales.domain.invoice import Invoice

router = APIRouter(tags=["invoices"])


def _answer(invoice: Invoice, services: ServicesDep, response: Response) -> InvoicePublic:
    response.headers["ETag"] = etag(invoice.version)
    return InvoicePublic.of(invoice, services.today())


def _render(services: ServicesDep) -> Callable[[Invoice], Any]:
    today = services.today()
    return lambda inv: InvoicePublic.of(inv, today).model_dump(mode="json")


@router.get("/invoices", response_model=Page[InvoiceSummary])
async def list_invoices(
    user: ReaderDep,
    services: ServicesDep,
    overdue: bool = False,
    client_id: UUID | None = None,
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Page[InvoiceSummary]:
    """The company's invoices and credit notes in issue order (``overdue=true``: past due)."""
    after = None if cursor is None else int(decode_cursor(cursor).get("seq", 0))
    today = services.today()
    rows = await services.queries.invoices(
        user.tenant_id, today=today, overdue=overdue, client_id=client_id, limit=limit, after=after
    )
    following = encode_cursor({"seq": rows[-1].seq}) if len(rows) == limit else None
    return Page(items=[InvoiceSummary.of(r, today) for r in rows], next_cursor=following)


@router.get("/invoices/{invoice_id}.pdf", response_class=Response, responses={200: PDF})
async def invoice_pdf(invoice_id: UUID, user: ReaderDep, services: ServicesDep) -> Response:
    """The invoice as Factur-X (PDF/A-3 with its CII XML, EN 16931 profile)."""
    document = await services.invoices.document(reader_metadata(user), invoice_id)
    pdf = services.renderer.invoice_pdf(document)
    name = f"facture-{document.number}.pdf"
    return Response(
        pdf,
        media_type="application/pdf",
        headers={"Content-Disposition": f'inline; filename="{name}"'},
    )


@router.get("/invoices/{invoice_id}", response_model=InvoicePublic)
async def get_invoice(
    invoice_id: UUID, user: ReaderDep, services: ServicesDep, response: Response
) -> InvoicePublic:
    """One invoice or credit note, what is paid and owed, and its history."""
    invoice = await services.invoices.load(reader_metadata(user), invoice_id)
    response.headers["ETag"] = etag(invoice.version)
    history = await services.queries.history(invoice_id)
    return InvoicePublic.of(invoice, services.today(), history)


@router.post(
    "/invoices/{invoice_id}/credit-note",
    status_code=status.HTTP_201_CREATED,
    response_model=InvoicePublic,
)
async def credit_note(
    invoice_id: UUID,
    body: CreditNoteRequest,
    meta: InvoiceWriterDep,
    services: ServicesDep,
    idempotency_key: IdempotencyKeyDep,
    response: Response,
) -> InvoicePublic | JSONResponse:
    """Issue a credit note (avoir) correcting the invoice: whole or an amount excl. tax."""
    request = body.model_dump(mode="json")
    idem = idempotency_of(idempotency_key, "POST credit-note", str(invoice_id), request)
    done = await services.invoices.credit_note(
        meta, invoice_id, uuid4(), body.reason, body.amount, body.vat_rate, idem, _render(services)
    )
    if isinstance(done, es.Replay):
        return JSONResponse(done.body, status_code=done.status)
    return _answer(done, services, response)


@router.post("/invoices/{invoice_id}/send", response_model=InvoicePublic)
async def send_invoice(
    invoice_id: UUID, meta: InvoiceWriterDep, services: ServicesDep, response: Response
) -> InvoicePublic:
    """Email the Factur-X PDF to the client (through the notifier)."""
    return _answer(await services.invoices.send(meta, invoice_id), services, response)


@router.post(
    "/invoices/{invoice_id}/payments",
    status_code=status.HTTP_201_CREATED,
    response_model=InvoicePublic,
)
async def record_payment(
    invoice_id: UUID,
    body: PaymentRequest,
    meta: PaymentWriterDep,
    services: ServicesDep,
    idempotency_key: IdempotencyKeyDep,
    response: Response,
) -> InvoicePublic | JSONResponse:
    """Record a payment (amount, date, means); allowed on a blocked client."""
    request = body.model_dump(mode="json")
    idem = idempotency_of(idempotency_key, "POST payments", str(invoice_id), request)
    done = await services.invoices.pay(
        meta, invoice_id, uuid4(), body.amount, body.paid_on, body.means, idem, _render(services)
    )
    if isinstance(done, es.Replay):
        return JSONResponse(done.body, status_code=done.status)
    return _answer(done, services, response)


@router.post("/invoices/{invoice_id}/retention-release", response_model=InvoicePublic)
async def release_retention(
    invoice_id: UUID,
    meta: InvoiceWriterDep,
    services: ServicesDep,
    expected: IfMatchDep,
    response: Response,
) -> InvoicePublic:
    """The retention (retenue de garantie) held on the invoice becomes payable."""
    invoice = await services.invoices.release_retention(meta, invoice_id, expected)
    return _answer(invoice, services, response)


@router.get("/clients/{client_id}/balance", response_model=BalancePublic)
async def client_balance(client_id: UUID, user: ReaderDep, services: ServicesDep) -> BalancePublic:
    """The client's outstanding balance (encours) and overdue amount; the commercial block is
    shown beside it and stays independent of it."""
    balance = await services.queries.balance(user.tenant_id, client_id, services.today())
    standing = await services.directory.standing(services.pool, client_id)
    mine = standing is not None and standing.tenant_id == user.tenant_id
    return BalancePublic.of(balance, standing.block_reason if mine and standing else None)
