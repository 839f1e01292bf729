"""Lists in name order and duplicate matching over ``client_cards`` (keyset pagination).

The SQL is assembled from fixed fragments only; every value is a bind parameter. A first page
and a next page are two statements, so each keeps an index-friendly plan.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from clients.adapters.paging import FILTERS, filter_args, position, sliced
from clients.adapters.rows import CARD_FIELDS, card_from_row
from clients.app.ports import ListFilters, Reader
from clients.app.records import ClientCard, DuplicateMatch, Slice
from clients.app.search_terms import IndexEntry

_LIST = f"SELECT {CARD_FIELDS}, sort_key FROM client_cards WHERE {FILTERS} "
_LIST_FIRST = _LIST + "ORDER BY sort_key, id LIMIT $5"
_LIST_NEXT = _LIST + "AND (sort_key, id) > ($6::text, $7::uuid) ORDER BY sort_key, id LIMIT $5"

_SAME_NAME = "(name_key = $2 AND $2 <> '')"
_DUPLICATES = (
    f"SELECT * FROM (SELECT {CARD_FIELDS}, {_SAME_NAME} AS same_name, "
    "phone_keys && $3::text[] AS same_phone, email_keys && $4::text[] AS same_email, "
    f"({_SAME_NAME})::int + (phone_keys && $3::text[])::int "
    "+ (email_keys && $4::text[])::int AS score "
    "FROM client_cards WHERE tenant_id = $1 AND NOT trashed AND id IS DISTINCT FROM $5 "
    f"AND ({_SAME_NAME} OR phone_keys && $3::text[] OR email_keys && $4::text[])) matches "
)
_DUPLICATES_FIRST = _DUPLICATES + "ORDER BY score DESC, id LIMIT $6"
_DUPLICATES_NEXT = _DUPLICATES + (
    "WHERE score < $7 OR (score = $7 AND id > $8::uuid) ORDER BY score DESC, id LIMIT $6"
)


def by_name(row: Any) -> dict[str, Any]:
    return {"by": "name", "name": row["sort_key"], "id": str(row["id"])}


async def listing(
    db: Reader,
    tenant_id: UUID,
    filters: ListFilters,
    limit: int,
    after: dict[str, Any] | None = None,
) -> Slice[ClientCard]:
    """Records in name order."""
    args = [*filter_args(tenant_id, filters), limit + 1]
    if after is None:
        rows = await db.fetch(_LIST_FIRST, *args)
    else:
        rows = await db.fetch(_LIST_NEXT, *args, *position(after, name=str, id=UUID))
    page, next_after = sliced(rows, limit, by_name)
    return Slice([card_from_row(r) for r in page], next_after)


def _reasons(row: Any) -> list[str]:
    flags = (("name", "same_name"), ("phone", "same_phone"), ("email", "same_email"))
    return [reason for reason, column in flags if row[column]]


async def duplicates(
    db: Reader,
    tenant_id: UUID,
    entry: IndexEntry,
    *,
    exclude: UUID | None,
    limit: int,
    after: dict[str, Any] | None = None,
) -> Slice[DuplicateMatch]:
    """Active records sharing the normalised name, a phone number or an e-mail address."""
    args = [tenant_id, entry.name_key, entry.phone_keys, entry.email_keys, exclude, limit + 1]
    if after is None:
        rows = await db.fetch(_DUPLICATES_FIRST, *args)
    else:
        rows = await db.fetch(_DUPLICATES_NEXT, *args, *position(after, score=int, id=UUID))
    page, next_after = sliced(rows, limit, lambda r: {"score": r["score"], "id": str(r["id"])})
    return Slice([DuplicateMatch(card_from_row(r), _reasons(r)) for r in page], next_after)
