"""Search, lists and duplicate matching over ``client_cards`` (keyset pagination throughout).

The SQL is assembled from fixed fragments only; every value is a bind parameter. A first page
and a next page are two statements, so each keeps an index-friendly plan.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from clients.adapters.rows import CARD_FIELDS, card_from_row
from clients.app.ports import InvalidPositionError, ListFilters, Reader
from clients.app.search_terms import IndexEntry, SearchQuery
from clients.app.views import ClientCard, DuplicateMatch, Slice

_FILTERS = (
    "tenant_id = $1 AND trashed = $2 AND ($3::text IS NULL OR status = $3) "
    "AND ($4::uuid IS NULL OR owner_id = $4)"
)

# A full word of the name, a whole number or address: above any partial match.
_RANK = (
    "(ts_rank(search, $5::tsquery)"
    " + CASE WHEN cardinality($6::text[]) > 0 AND name_tokens @> $6::text[] THEN 1 ELSE 0 END"
    " + CASE WHEN phone_keys && $7::text[] THEN 1 ELSE 0 END"
    " + CASE WHEN email_keys && $8::text[] THEN 1 ELSE 0 END)::real"
)
_SEARCH = (
    f"SELECT {CARD_FIELDS}, rank FROM (SELECT {CARD_FIELDS}, {_RANK} AS rank "
    f"FROM client_cards WHERE {_FILTERS} AND search @@ $5::tsquery) hits "
)
_SEARCH_FIRST = _SEARCH + "ORDER BY rank DESC, id LIMIT $9"
_SEARCH_NEXT = _SEARCH + (
    "WHERE rank < $10::real OR (rank = $10::real AND id > $11::uuid) "
    "ORDER BY rank DESC, id LIMIT $9"
)

_LIST = f"SELECT {CARD_FIELDS}, sort_key FROM client_cards WHERE {_FILTERS} "
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


def _position(after: dict[str, Any], **kinds: type) -> list[Any]:
    """The values of a decoded cursor, typed; ``InvalidPositionError`` if it is not ours."""
    try:
        return [kind(after[name]) for name, kind in kinds.items()]
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidPositionError() from exc


def _filter_args(tenant_id: UUID, filters: ListFilters) -> list[Any]:
    return [tenant_id, filters.trash, filters.status, filters.owner_id]


def _sliced(rows: list[Any], limit: int, position: Any) -> tuple[list[Any], dict[str, Any] | None]:
    page = rows[:limit]
    return page, (position(page[-1]) if len(rows) > limit else None)


async def search(
    db: Reader,
    tenant_id: UUID,
    query: SearchQuery,
    filters: ListFilters,
    limit: int,
    after: dict[str, Any] | None = None,
) -> Slice[ClientCard]:
    """Records matching every term of ``query``, best first."""
    args = [
        *_filter_args(tenant_id, filters),
        query.tsquery, query.words, query.phones, query.emails, limit + 1,
    ]  # fmt: skip
    if after is None:
        rows = await db.fetch(_SEARCH_FIRST, *args)
    else:
        rows = await db.fetch(_SEARCH_NEXT, *args, *_position(after, rank=float, id=UUID))
    page, next_after = _sliced(rows, limit, lambda r: {"rank": r["rank"], "id": str(r["id"])})
    return Slice([card_from_row(r) for r in page], next_after)


async def listing(
    db: Reader,
    tenant_id: UUID,
    filters: ListFilters,
    limit: int,
    after: dict[str, Any] | None = None,
) -> Slice[ClientCard]:
    """Records in name order."""
    args = [*_filter_args(tenant_id, filters), limit + 1]
    if after is None:
        rows = await db.fetch(_LIST_FIRST, *args)
    else:
        rows = await db.fetch(_LIST_NEXT, *args, *_position(after, name=str, id=UUID))
    page, next_after = _sliced(rows, limit, lambda r: {"name": r["sort_key"], "id": str(r["id"])})
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
        rows = await db.fetch(_DUPLICATES_NEXT, *args, *_position(after, score=int, id=UUID))
    page, next_after = _sliced(rows, limit, lambda r: {"score": r["score"], "id": str(r["id"])})
    return Slice([DuplicateMatch(card_from_row(r), _reasons(r)) for r in page], next_after)
