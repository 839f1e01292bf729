"""``ClientReads`` on PostgreSQL: the read model tables and the event store."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import ouvrage_events as es
from ouvrage_events import privacy
from ouvrage_events.store.event_store import envelope_from_row

from clients.adapters import lists_sql, search_sql
from clients.adapters.rows import CARD_FIELDS, card_from_row
from clients.app.ports import ListFilters, Reader
from clients.app.records import ClientCard, DuplicateMatch, Slice
from clients.app.search_terms import IndexEntry, SearchQuery
from clients.domain.statuses import Status

_STREAM = (
    "SELECT stream_id, stream_type, version, event_id, event_type, schema_version, tenant_id, "
    "occurred_at, payload, metadata FROM es_events "
    "WHERE stream_id = $1 AND version > $2 ORDER BY version LIMIT $3"
)


class PostgresClientReads:
    """Reads of the clients service, on a connection or the pool."""

    def __init__(self, rank_candidates: int = search_sql.RANK_CANDIDATES) -> None:
        self.rank_candidates = rank_candidates

    async def card(self, db: Reader, tenant_id: UUID, client_id: UUID) -> ClientCard | None:
        row = await db.fetchrow(
            f"SELECT {CARD_FIELDS} FROM client_cards WHERE id = $1 AND tenant_id = $2",
            client_id,
            tenant_id,
        )
        return None if row is None else card_from_row(row)

    async def cards(self, db: Reader, tenant_id: UUID, ids: list[UUID]) -> dict[UUID, ClientCard]:
        if not ids:
            return {}
        rows = await db.fetch(
            f"SELECT {CARD_FIELDS} FROM client_cards WHERE tenant_id = $1 AND id = ANY($2)",
            tenant_id,
            ids,
        )
        return {row["id"]: card_from_row(row) for row in rows}

    async def duplicates(
        self,
        db: Reader,
        tenant_id: UUID,
        entry: IndexEntry,
        *,
        exclude: UUID | None,
        limit: int,
        after: dict[str, Any] | None = None,
    ) -> Slice[DuplicateMatch]:
        return await lists_sql.duplicates(
            db, tenant_id, entry, exclude=exclude, limit=limit, after=after
        )

    async def search(
        self,
        db: Reader,
        tenant_id: UUID,
        query: SearchQuery,
        filters: ListFilters,
        limit: int,
        after: dict[str, Any] | None = None,
    ) -> Slice[ClientCard]:
        return await search_sql.search(
            db, tenant_id, query, filters, limit, after, rank_candidates=self.rank_candidates
        )

    async def listing(
        self,
        db: Reader,
        tenant_id: UUID,
        filters: ListFilters,
        limit: int,
        after: dict[str, Any] | None = None,
    ) -> Slice[ClientCard]:
        return await lists_sql.listing(db, tenant_id, filters, limit, after)

    async def defined_statuses(self, db: Reader, tenant_id: UUID) -> list[Status]:
        rows = await db.fetch(
            "SELECT code, label FROM client_statuses WHERE tenant_id = $1 ORDER BY position",
            tenant_id,
        )
        return [Status(r["code"], r["label"]) for r in rows]

    async def status_rules(self, db: Reader, tenant_id: UUID) -> dict[str, tuple[bool, bool]]:
        rows = await db.fetch(
            "SELECT code, on_planning, ends_worksite FROM client_status_rules WHERE tenant_id = $1",
            tenant_id,
        )
        return {r["code"]: (r["on_planning"], r["ends_worksite"]) for r in rows}

    async def stream(
        self, db: Reader, client_id: UUID, after: int, limit: int
    ) -> list[es.Envelope]:
        rows = await db.fetch(_STREAM, client_id, after, limit)
        return await privacy.open_all([envelope_from_row(r) for r in rows])
