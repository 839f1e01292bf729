"""Search over ``client_cards``: ranked by relevance, or by name when the search is broad.

Ranking every match of a broad search (« ma » matches a sixth of a directory) costs a rank and a
sort per match; past ``RANK_CANDIDATES`` matches, relevance says little anyway. So the first
page ranks at most that many candidates (a setting); when there are more, the search is
answered in name order, which walks the name index and stops at the page size. The cursor
remembers which order its pages follow.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from clients.adapters.lists_sql import by_name
from clients.adapters.paging import FILTERS, filter_args, position, sliced
from clients.adapters.rows import CARD_FIELDS, card_from_row
from clients.app.ports import InvalidPositionError, ListFilters, Reader
from clients.app.records import ClientCard, Slice
from clients.app.search_terms import SearchQuery

RANK_CANDIDATES = 1000

# A full word of the name, a whole number or address: above any partial match.
_RANK = (
    "(ts_rank(search, $5::tsquery)"
    " + CASE WHEN cardinality($6::text[]) > 0 AND name_tokens @> $6::text[] THEN 1 ELSE 0 END"
    " + CASE WHEN phone_keys && $7::text[] THEN 1 ELSE 0 END"
    " + CASE WHEN email_keys && $8::text[] THEN 1 ELSE 0 END)::real"
)
# The company's own index (tenant_terms, see the read model's DDL); `search @@` is the cheap
# check of rows reached another way (the name index, for a broad search in name order).
_MATCHES = (
    f"FROM client_cards WHERE {FILTERS} AND search @@ $5::tsquery "
    "AND tenant_terms(tenant_id, search) @@ tenant_query($1, $5::tsquery)"
)

_RANKED_FIRST = (
    f"SELECT *, count(*) OVER () AS candidates FROM (SELECT {CARD_FIELDS}, {_RANK} AS rank "
    f"{_MATCHES} LIMIT $10) capped ORDER BY rank DESC, id LIMIT $9"
)
_RANKED_NEXT = (
    f"SELECT * FROM (SELECT {CARD_FIELDS}, {_RANK} AS rank {_MATCHES}) hits "
    "WHERE rank < $10::real OR (rank = $10::real AND id > $11::uuid) "
    "ORDER BY rank DESC, id LIMIT $9"
)
_NAMED = f"SELECT {CARD_FIELDS}, sort_key {_MATCHES} "
_NAMED_FIRST = _NAMED + "ORDER BY sort_key, id LIMIT $6"
_NAMED_NEXT = _NAMED + "AND (sort_key, id) > ($7::text, $8::uuid) ORDER BY sort_key, id LIMIT $6"


def _by_rank(row: Any) -> dict[str, Any]:
    return {"by": "rank", "rank": row["rank"], "id": str(row["id"])}


def _ranked_args(
    tenant_id: UUID, query: SearchQuery, filters: ListFilters, limit: int
) -> list[Any]:
    terms = [query.tsquery, query.words, query.phones, query.emails]
    return [*filter_args(tenant_id, filters), *terms, limit + 1]


def _named_args(tenant_id: UUID, query: SearchQuery, filters: ListFilters, limit: int) -> list[Any]:
    return [*filter_args(tenant_id, filters), query.tsquery, limit + 1]


async def search(
    db: Reader,
    tenant_id: UUID,
    query: SearchQuery,
    filters: ListFilters,
    limit: int,
    after: dict[str, Any] | None = None,
    *,
    rank_candidates: int = RANK_CANDIDATES,
) -> Slice[ClientCard]:
    """Records matching every term of ``query``: best first, or by name for a broad search."""
    ranked = _ranked_args(tenant_id, query, filters, limit)
    named = _named_args(tenant_id, query, filters, limit)
    if after is None:
        rows = await db.fetch(_RANKED_FIRST, *ranked, rank_candidates + 1)
        if rows and rows[0]["candidates"] > rank_candidates:
            return _slice(await db.fetch(_NAMED_FIRST, *named), limit, by_name)
        return _slice(rows, limit, _by_rank)
    if after.get("by") == "name":
        rows = await db.fetch(_NAMED_NEXT, *named, *position(after, name=str, id=UUID))
        return _slice(rows, limit, by_name)
    if after.get("by") != "rank":
        raise InvalidPositionError()
    rows = await db.fetch(_RANKED_NEXT, *ranked, *position(after, rank=float, id=UUID))
    return _slice(rows, limit, _by_rank)


def _slice(rows: list[Any], limit: int, after_row: Any) -> Slice[ClientCard]:
    page, next_after = sliced(rows, limit, after_row)
    return Slice([card_from_row(r) for r in page], next_after)
