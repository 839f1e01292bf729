"""What the bootstrap wires once and the routes use (the same name in every service)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sales.app.company_handlers import CompanyHandlers
from sales.app.invoice_handlers import InvoiceHandlers
from sales.app.ports import ClientDirectory, Renderer, SalesReads, Today
from sales.app.quote_handlers import QuoteHandlers
from sales.app.retention import RetentionReleases


@dataclass
class Container:
    pool: Any
    quotes: QuoteHandlers
    invoices: InvoiceHandlers
    company: CompanyHandlers
    queries: SalesReads
    directory: ClientDirectory
    renderer: Renderer
    today: Today
    workers: list[Any] = field(default_factory=list)
    retention_releases: RetentionReleases | None = None
