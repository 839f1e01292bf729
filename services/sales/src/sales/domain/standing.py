"""Whether commercial management is allowed for a client, from the clients service's events.

Creating or sending a quote and issuing an invoice need an active, unblocked client known to
this service; payments and credit notes are allowed on a blocked client (the FAQ's block is
independent of the balance: money already owed is still collected and corrected).
"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from sales.domain.errors import (
    ClientBlockedError,
    ClientNotFoundError,
    ClientNotReadyError,
    ClientTrashedError,
)


@dataclass(frozen=True, slots=True)
class ClientStanding:
    """What this service knows of a client (its projection of clients' events)."""

    client_id: UUID
    tenant_id: UUID
    display_name: str = ""
    email: str | None = None
    address: tuple[str, ...] = ()
    block_reason: str | None = None
    trashed: bool = False
    registered: bool = True


def commercial_client(standing: ClientStanding | None, tenant_id: UUID) -> ClientStanding:
    """The client if quotes and invoices may be made for it; the refusal otherwise."""
    if standing is None or not standing.registered:
        raise ClientNotReadyError()
    if standing.tenant_id != tenant_id:
        raise ClientNotFoundError()
    if standing.trashed:
        raise ClientTrashedError()
    if standing.block_reason is not None:
        raise ClientBlockedError(standing.block_reason)
    return standing


def known_client(standing: ClientStanding | None, tenant_id: UUID) -> ClientStanding:
    """The client for payments and credit notes: blocked is fine, another tenant's is not."""
    if standing is None or standing.tenant_id != tenant_id:
        raise ClientNotFoundError()
    return standing
