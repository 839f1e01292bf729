"""Read models: the clients this service knows (from the clients service's events) and the
company's quotes and invoices (from its own, applied inline: the API reads its own writes)."""

from __future__ import annotations

from decimal import Decimal

import ouvrage_events as es
import structlog
from ouvrage_events import privacy
from ouvrage_events.catalog.clients import (
    ClientBlocked,
    ClientContactChanged,
    ClientErased,
    ClientRegistered,
    ClientRestored,
    ClientTrashed,
    ClientUnblocked,
    Contact,
)
from ouvrage_events.catalog.sales import (
    InvoiceCredited,
    InvoiceIssued,
    InvoiceOverdue,
    InvoiceSent,
    PaymentRecorded,
    QuoteAccepted,
    QuoteDrafted,
    QuoteRefused,
    QuoteRevised,
    QuoteSent,
    RetentionReleased,
)
from ouvrage_events.store.db import Conn
from ouvrage_platform.forgetting import forget_answers_quoting

log = structlog.get_logger(__name__)

CLIENTS_DDL = """
CREATE TABLE IF NOT EXISTS sales_clients (
    id uuid PRIMARY KEY,
    tenant_id uuid NOT NULL,
    display_name text NOT NULL DEFAULT '',
    email text,
    street text NOT NULL DEFAULT '',
    postal_code text NOT NULL DEFAULT '',
    city text NOT NULL DEFAULT '',
    block_reason text,
    trashed boolean NOT NULL DEFAULT false
);
"""

_CONTACT = """
INSERT INTO sales_clients (id, tenant_id, display_name, email, street, postal_code, city)
VALUES ($1, $2, $3, $4, $5, $6, $7)
ON CONFLICT (id) DO UPDATE SET display_name = EXCLUDED.display_name, email = EXCLUDED.email,
    street = EXCLUDED.street, postal_code = EXCLUDED.postal_code, city = EXCLUDED.city
"""

clients_view = es.Projection("sales_clients", ddl=CLIENTS_DDL)


async def _contact(conn: Conn, env: es.Envelope, client_id: object, c: Contact, name: str) -> None:
    email = c.emails[0] if c.emails else None
    a = c.address
    await conn.execute(
        _CONTACT, client_id, env.tenant_id, name, email, a.street, a.postal_code, a.city
    )


@clients_view.on(ClientRegistered)
async def _registered(conn: Conn, e: ClientRegistered, env: es.Envelope) -> None:
    await _contact(conn, env, e.client_id, e.contact, e.display_name)


@clients_view.on(ClientContactChanged)
async def _contact_changed(conn: Conn, e: ClientContactChanged, env: es.Envelope) -> None:
    await _contact(conn, env, e.client_id, e.contact, e.display_name)


async def _set(conn: Conn, env: es.Envelope, client_id: object, column: str, value: object) -> None:
    # A block seen before the registration (never in order, but cheap to allow) keeps a row
    # whose name the registration fills in.
    await conn.execute(
        f"INSERT INTO sales_clients (id, tenant_id, {column}) VALUES ($1, $2, $3) "
        f"ON CONFLICT (id) DO UPDATE SET {column} = EXCLUDED.{column}",
        client_id,
        env.tenant_id,
        value,
    )


@clients_view.on(ClientBlocked)
async def _blocked(conn: Conn, e: ClientBlocked, env: es.Envelope) -> None:
    await _set(conn, env, e.client_id, "block_reason", e.reason)


@clients_view.on(ClientUnblocked)
async def _unblocked(conn: Conn, e: ClientUnblocked, env: es.Envelope) -> None:
    await _set(conn, env, e.client_id, "block_reason", None)


@clients_view.on(ClientTrashed)
async def _trashed(conn: Conn, e: ClientTrashed, env: es.Envelope) -> None:
    await _set(conn, env, e.client_id, "trashed", True)


@clients_view.on(ClientRestored)
async def _restored(conn: Conn, e: ClientRestored, env: es.Envelope) -> None:
    await _set(conn, env, e.client_id, "trashed", False)


@clients_view.on(ClientErased)
async def _erased(conn: Conn, e: ClientErased, env: es.Envelope) -> None:
    """RGPD erasure: quotes and invoices stay (numbers, amounts, dates), the person goes: the
    card is blanked, stored answers quoting them dropped, the keys of their quotes' texts
    destroyed (the client's own key is destroyed by the clients service)."""
    await conn.execute(
        "UPDATE sales_clients SET display_name = $2, email = NULL, street = '', "
        "postal_code = '', city = '', block_reason = CASE WHEN block_reason IS NULL "
        "THEN NULL ELSE '' END WHERE id = $1",
        e.client_id,
        privacy.ERASED_PERSON,
    )
    quotes = await conn.fetch(
        "SELECT id FROM sales_quotes WHERE tenant_id = $1 AND client_id = $2",
        env.tenant_id,
        e.client_id,
    )
    await forget_answers_quoting(conn, env.tenant_id, str(e.client_id))
    keys = privacy.keystore()
    keys.forget([("client", e.client_id)])
    await keys.destroy([("quote", q["id"]) for q in quotes], env.tenant_id)
    log.info("client.erased", client_id=str(e.client_id), quotes=len(quotes))


SALES_DDL = """
CREATE TABLE IF NOT EXISTS sales_quotes (
    id uuid PRIMARY KEY,
    tenant_id uuid NOT NULL,
    client_id uuid NOT NULL,
    number text NOT NULL,
    revision integer NOT NULL,
    state text NOT NULL,
    valid_until date NOT NULL,
    total_excl_tax numeric(14, 2) NOT NULL,
    total_incl_tax numeric(14, 2) NOT NULL,
    version integer NOT NULL,
    seq bigint GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX IF NOT EXISTS sales_quotes_client ON sales_quotes (tenant_id, client_id, seq);
CREATE TABLE IF NOT EXISTS sales_invoices (
    id uuid PRIMARY KEY,
    tenant_id uuid NOT NULL,
    client_id uuid NOT NULL,
    quote_id uuid,
    number text NOT NULL,
    kind text NOT NULL,
    issued_on date NOT NULL,
    due_on date NOT NULL,
    total_incl_tax numeric(14, 2) NOT NULL,
    net_payable numeric(14, 2) NOT NULL,
    retention numeric(14, 2) NOT NULL DEFAULT 0,
    retention_released boolean NOT NULL DEFAULT false,
    credited numeric(14, 2) NOT NULL DEFAULT 0,
    paid numeric(14, 2) NOT NULL DEFAULT 0,
    overdue_recorded boolean NOT NULL DEFAULT false,
    version integer NOT NULL,
    seq bigint GENERATED ALWAYS AS IDENTITY,
    UNIQUE (tenant_id, number)
);
CREATE INDEX IF NOT EXISTS sales_invoices_client ON sales_invoices (tenant_id, client_id, seq);
CREATE INDEX IF NOT EXISTS sales_invoices_due ON sales_invoices (due_on)
    WHERE kind <> 'credit_note' AND NOT overdue_recorded;
"""

sales_view = es.Projection("sales_documents", ddl=SALES_DDL)


@sales_view.on(QuoteDrafted)
async def _drafted(conn: Conn, e: QuoteDrafted, env: es.Envelope) -> None:
    await conn.execute(
        "INSERT INTO sales_quotes (id, tenant_id, client_id, number, revision, state, "
        "valid_until, total_excl_tax, total_incl_tax, version) "
        "VALUES ($1, $2, $3, $4, $5, 'draft', $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING",
        e.quote_id,
        env.tenant_id,
        e.client_id,
        e.number,
        e.revision,
        e.valid_until,
        e.totals.excl_tax,
        e.totals.incl_tax,
        env.sequence,
    )


@sales_view.on(QuoteRevised)
async def _revised(conn: Conn, e: QuoteRevised, env: es.Envelope) -> None:
    await conn.execute(
        "UPDATE sales_quotes SET revision = $2, state = 'draft', valid_until = $3, "
        "total_excl_tax = $4, total_incl_tax = $5, version = $6 WHERE id = $1",
        e.quote_id,
        e.revision,
        e.valid_until,
        e.totals.excl_tax,
        e.totals.incl_tax,
        env.sequence,
    )


async def _quote_state(conn: Conn, env: es.Envelope, state: str) -> None:
    await conn.execute(
        "UPDATE sales_quotes SET state = $2, version = $3 WHERE id = $1",
        env.aggregate_id,
        state,
        env.sequence,
    )


@sales_view.on(QuoteSent)
async def _sent(conn: Conn, e: QuoteSent, env: es.Envelope) -> None:
    await _quote_state(conn, env, "sent")


@sales_view.on(QuoteAccepted)
async def _accepted(conn: Conn, e: QuoteAccepted, env: es.Envelope) -> None:
    await _quote_state(conn, env, "accepted")


@sales_view.on(QuoteRefused)
async def _refused(conn: Conn, e: QuoteRefused, env: es.Envelope) -> None:
    await _quote_state(conn, env, "refused")


@sales_view.on(InvoiceIssued)
async def _issued(conn: Conn, e: InvoiceIssued, env: es.Envelope) -> None:
    await conn.execute(
        "INSERT INTO sales_invoices (id, tenant_id, client_id, quote_id, number, kind, "
        "issued_on, due_on, total_incl_tax, net_payable, retention, version) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (id) DO NOTHING",
        e.invoice_id,
        env.tenant_id,
        e.client_id,
        e.quote_id,
        e.number,
        e.kind,
        e.issued_on,
        e.due_on,
        e.totals.incl_tax,
        e.net_payable,
        e.retention,
        env.sequence,
    )


async def _invoice(conn: Conn, env: es.Envelope, change: str, *values: object) -> None:
    await conn.execute(
        f"UPDATE sales_invoices SET {change}, version = $2 WHERE id = $1",
        env.aggregate_id,
        env.sequence,
        *values,
    )


@sales_view.on(InvoiceSent)
async def _invoice_sent(conn: Conn, e: InvoiceSent, env: es.Envelope) -> None:
    await conn.execute(
        "UPDATE sales_invoices SET version = $2 WHERE id = $1", env.aggregate_id, env.sequence
    )


@sales_view.on(InvoiceCredited)
async def _credited(conn: Conn, e: InvoiceCredited, env: es.Envelope) -> None:
    await _invoice(conn, env, "credited = credited + $3", Decimal(e.amount))


@sales_view.on(PaymentRecorded)
async def _paid(conn: Conn, e: PaymentRecorded, env: es.Envelope) -> None:
    await _invoice(conn, env, "paid = paid + $3", Decimal(e.amount))


@sales_view.on(RetentionReleased)
async def _released(conn: Conn, e: RetentionReleased, env: es.Envelope) -> None:
    await _invoice(conn, env, "retention_released = true")


@sales_view.on(InvoiceOverdue)
async def _overdue(conn: Conn, e: InvoiceOverdue, env: es.Envelope) -> None:
    await _invoice(conn, env, "overdue_recorded = true")
