"""What the sales service holds about a client (RGPD access export): the client card it keeps,
its quotes and invoices with what they say of the person (opened from the event store)."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import asyncpg
from ouvrage_events.store.event_store import EventStore
from ouvrage_platform.personal_data import rows

# The personal texts of a quote's or an invoice's events, as they were recorded
_PERSONAL = {
    "QuoteDrafted": ("client_name", "vat_attestation", "notes"),
    "QuoteRevised": ("vat_attestation", "notes"),
    "QuoteSent": ("recipient_email", "client_name"),
    "QuoteAccepted": ("client_name", "signer_name"),
    "QuoteRefused": ("reason",),
    "InvoiceIssued": ("client_name", "buyer"),
    "InvoiceSent": ("recipient_email", "client_name"),
    "InvoiceOverdue": ("client_name",),
}


async def _recorded(
    pool: asyncpg.Pool, tenant_id: UUID, stream_ids: list[UUID]
) -> list[dict[str, Any]]:
    """The personal fields of the documents' events, opened in one pass (one key lookup per
    subject; an erased subject reads as its erased value)."""
    if not stream_ids:
        return []
    opened = await EventStore().read_streams(pool, tenant_id, stream_ids)
    return [
        {
            "document_id": str(e.aggregate_id),
            "event": e.name,
            "time": e.time,
            **{f: e.payload.get(f) for f in _PERSONAL[e.name]},
        }
        for e in opened
        if e.name in _PERSONAL
    ]


async def export_client(pool: asyncpg.Pool, tenant_id: UUID, client_id: UUID) -> dict[str, Any]:
    card = await rows(
        pool,
        "SELECT id, display_name, email, street, postal_code, city, block_reason, trashed "
        "FROM sales_clients WHERE tenant_id = $1 AND id = $2",
        tenant_id,
        client_id,
    )
    quotes = await rows(
        pool,
        "SELECT id, number, revision, state, valid_until, total_excl_tax, total_incl_tax "
        "FROM sales_quotes WHERE tenant_id = $1 AND client_id = $2 ORDER BY seq",
        tenant_id,
        client_id,
    )
    invoices = await rows(
        pool,
        "SELECT id, number, kind, issued_on, due_on, total_incl_tax, paid "
        "FROM sales_invoices WHERE tenant_id = $1 AND client_id = $2 ORDER BY seq",
        tenant_id,
        client_id,
    )
    documents = [d["id"] for d in (*quotes, *invoices)]
    return {
        "client": card,
        "quotes": quotes,
        "invoices": invoices,
        "recorded": await _recorded(pool, tenant_id, documents),
    }
