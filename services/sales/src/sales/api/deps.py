"""Dependencies of the routes: the wired container, who asks, and what they may do."""

from __future__ import annotations

from typing import Annotated

import ouvrage_events as es
from fastapi import Depends, Request
from ouvrage_platform.auth import CurrentUser, CurrentUserDep
from ouvrage_platform.metadata import command_metadata, metadata_requiring
from ouvrage_platform.permissions import Permission

from sales.app.container import Container


def _container(request: Request) -> Container:
    container: Container = request.app.state.container
    return container


ContainerDep = Annotated[Container, Depends(_container)]
ReaderDep = CurrentUserDep
QuoteWriterDep = metadata_requiring(Permission.SALES_QUOTE)
InvoiceWriterDep = metadata_requiring(Permission.SALES_INVOICE)
PaymentWriterDep = metadata_requiring(Permission.SALES_PAYMENT)
SettingsWriterDep = metadata_requiring(Permission.SETTINGS_MANAGE)


def reader_metadata(user: CurrentUser) -> es.Metadata:
    """Metadata for a read through the pipeline (nothing is recorded)."""
    return command_metadata(user)
