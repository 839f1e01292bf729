"""Reads of the clients projection."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from ouvrage_events.catalog.clients import Address, Contact
from ouvrage_events.store.db import Conn

__all__ = ["Address", "ClientCard", "client_card"]


@dataclass(frozen=True)
class ClientCard:
    client_id: UUID
    display_name: str
    contact: Contact
    trashed: bool


async def client_card(conn: Conn, tenant_id: UUID, client_id: UUID) -> ClientCard | None:
    """The tenant's client as last seen in the clients events, or None."""
    row = await conn.fetchrow(
        "SELECT display_name, contact, trashed FROM client_cards "
        "WHERE client_id = $1 AND tenant_id = $2",
        client_id,
        tenant_id,
    )
    if row is None:
        return None
    return ClientCard(
        client_id, row["display_name"], Contact.model_validate(row["contact"]), row["trashed"]
    )
