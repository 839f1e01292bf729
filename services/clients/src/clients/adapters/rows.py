"""Rows of the read model as application values."""

from __future__ import annotations

from typing import Any

from ouvrage_events.catalog.clients import Contact

from clients.app.records import ClientCard

CARD_FIELDS = (
    "id, tenant_id, version, kind, display_name, contact, owner_id, status, status_label, "
    "block_reason, blocked_at, trashed, trashed_at, duplicate_of, created_at, updated_at"
)


def card_from_row(row: Any) -> ClientCard:
    """A ``client_cards`` row (an asyncpg record) as a card."""
    return ClientCard(
        id=row["id"],
        tenant_id=row["tenant_id"],
        version=row["version"],
        kind=row["kind"],
        display_name=row["display_name"],
        contact=Contact.model_validate(row["contact"]),
        owner_id=row["owner_id"],
        status=row["status"],
        status_label=row["status_label"],
        block_reason=row["block_reason"],
        blocked_at=row["blocked_at"],
        trashed=row["trashed"],
        trashed_at=row["trashed_at"],
        duplicate_of=row["duplicate_of"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )
