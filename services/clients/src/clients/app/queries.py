"""The read side: records, search, duplicates, history and statuses of one tenant."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any
from uuid import UUID

import ouvrage_events as es

from clients.app import bounces, history
from clients.app.ports import ClientReads, ListFilters
from clients.app.records import ClientCard, DuplicateMatch, HistoryEntry, Slice
from clients.app.search_terms import index_entry, parse_query
from clients.domain.errors import ClientNotFoundError
from clients.domain.statuses import DEFAULT_STATUSES, Status, with_rules

if TYPE_CHECKING:
    import asyncpg


@dataclass(frozen=True, slots=True)
class StatusEntry:
    status: Status
    default: bool


class ClientQueries:
    def __init__(
        self, pool: asyncpg.Pool, reads: ClientReads, registry: es.Registry | None = None
    ) -> None:
        self.pool = pool
        self.reads = reads
        self.registry = registry or es.registry

    async def get(self, tenant_id: UUID, client_id: UUID) -> ClientCard:
        """A record of the tenant, trashed or not; ``ClientNotFoundError`` otherwise."""
        card = await self.reads.card(self.pool, tenant_id, client_id)
        if card is None:
            raise ClientNotFoundError(client_id)
        marks = await bounces.undeliverable(self.pool, tenant_id, client_id, card.contact)
        return replace(card, undeliverable_emails=marks) if marks else card

    async def find(
        self,
        tenant_id: UUID,
        text: str | None,
        filters: ListFilters,
        limit: int,
        after: dict[str, Any] | None = None,
    ) -> Slice[ClientCard]:
        """Records matching ``text`` (best first), or all of them by name when there is none."""
        query = parse_query(text or "")
        if query.empty:
            return await self.reads.listing(self.pool, tenant_id, filters, limit, after)
        return await self.reads.search(self.pool, tenant_id, query, filters, limit, after)

    async def duplicates(
        self, tenant_id: UUID, client_id: UUID, limit: int, after: dict[str, Any] | None = None
    ) -> Slice[DuplicateMatch]:
        """Active records that probably are the same person (name, phone or e-mail)."""
        card = await self.get(tenant_id, client_id)
        entry = index_entry(card.contact)
        return await self.reads.duplicates(
            self.pool, tenant_id, entry, exclude=client_id, limit=limit, after=after
        )

    async def history(
        self, tenant_id: UUID, client_id: UUID, limit: int, after: int = 0
    ) -> Slice[HistoryEntry]:
        """The record's timeline, oldest first."""
        await self.get(tenant_id, client_id)
        envelopes = await self.reads.stream(self.pool, client_id, after, limit + 1)
        page, more = envelopes[:limit], len(envelopes) > limit
        events = [self.registry.decode(env) for env in page]
        others = await self.reads.cards(self.pool, tenant_id, history.duplicate_ids(events))
        statuses = {s.status.code: s.status.label for s in await self.statuses(tenant_id)}
        names = history.Names({i: card.display_name for i, card in others.items()}, statuses)
        entries = history.timeline(page, events, names)
        return Slice(entries, {"after": entries[-1].sequence} if more else None)

    async def statuses(self, tenant_id: UUID) -> list[StatusEntry]:
        """The default statuses, then the tenant's own, in order."""
        added = await self.reads.defined_statuses(self.pool, tenant_id)
        rules = await self.reads.status_rules(self.pool, tenant_id)
        defaults = with_rules(list(DEFAULT_STATUSES), rules)
        return [StatusEntry(s, True) for s in defaults] + [
            StatusEntry(s, False) for s in with_rules(added, rules)
        ]
