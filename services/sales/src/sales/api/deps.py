"""Dependencies of the routes: the wired services, who asks, and what they may do."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any

import ouvrage_events as es
from fastapi import Depends, Request
from ouvrage_platform.auth import CurrentUser, CurrentUserDep, require
from ouvrage_platform.metadata import command_metadata
from ouvrage_platform.permissions import Permission

from sales.adapters.postgres import PostgresClientDirectory, SalesQueries
from sales.app.company_handlers import CompanyHandlers
from sales.app.invoice_handlers import InvoiceHandlers
from sales.app.ports import Renderer, Today
from sales.app.quote_handlers import QuoteHandlers


@dataclass
class Services:
    """What the lifespan wires and the routes use."""

    pool: Any
    quotes: QuoteHandlers
    invoices: InvoiceHandlers
    company: CompanyHandlers
    queries: SalesQueries
    directory: PostgresClientDirectory
    renderer: Renderer
    today: Today
    workers: list[Any] = field(default_factory=list)


def _services(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


def _quote_writer(
    user: Annotated[CurrentUser, Depends(require(Permission.SALES_QUOTE))],
) -> es.Metadata:
    return command_metadata(user)


def _invoice_writer(
    user: Annotated[CurrentUser, Depends(require(Permission.SALES_INVOICE))],
) -> es.Metadata:
    return command_metadata(user)


def _payment_writer(
    user: Annotated[CurrentUser, Depends(require(Permission.SALES_PAYMENT))],
) -> es.Metadata:
    return command_metadata(user)


def _settings_writer(
    user: Annotated[CurrentUser, Depends(require(Permission.SETTINGS_MANAGE))],
) -> es.Metadata:
    return command_metadata(user)


ServicesDep = Annotated[Services, Depends(_services)]
ReaderDep = CurrentUserDep
QuoteWriterDep = Annotated[es.Metadata, Depends(_quote_writer)]
InvoiceWriterDep = Annotated[es.Metadata, Depends(_invoice_writer)]
PaymentWriterDep = Annotated[es.Metadata, Depends(_payment_writer)]
SettingsWriterDep = Annotated[es.Metadata, Depends(_settings_writer)]


def reader_metadata(user: CurrentUser) -> es.Metadata:
    """Metadata for a read through the pipeline (nothing is recorded)."""
    return command_metadata(user)
