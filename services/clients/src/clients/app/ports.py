"""What the application needs from storage; ``adapters.postgres`` implements it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias
from uuid import UUID

import ouvrage_events as es
from ouvrage_events.store.db import Conn

from clients.app.records import ClientCard, DuplicateMatch, Slice
from clients.app.search_terms import IndexEntry, SearchQuery
from clients.domain.statuses import Status

if TYPE_CHECKING:
    import asyncpg

    Reader: TypeAlias = Conn | asyncpg.Pool
else:
    Reader = Any
"""A connection (inside a unit of work) or the pool (plain reads)."""


class InvalidPositionError(ValueError):
    """A pagination position that no page of ours produced."""

    def __init__(self) -> None:
        super().__init__("Le curseur de pagination est invalide.")


@dataclass(frozen=True, slots=True)
class ListFilters:
    """Which records a list shows: the trash or the active ones, by status, by owner, by kind
    (the « bulles » Client / Prospect / Corbeille)."""

    trash: bool = False
    status: str | None = None
    owner_id: UUID | None = None
    kind: str | None = None


class ClientReads(Protocol):
    async def card(self, db: Reader, tenant_id: UUID, client_id: UUID) -> ClientCard | None: ...

    async def cards(
        self, db: Reader, tenant_id: UUID, ids: list[UUID]
    ) -> dict[UUID, ClientCard]: ...

    async def duplicates(
        self,
        db: Reader,
        tenant_id: UUID,
        entry: IndexEntry,
        *,
        exclude: UUID | None,
        limit: int,
        after: dict[str, Any] | None = None,
    ) -> Slice[DuplicateMatch]: ...

    async def search(
        self,
        db: Reader,
        tenant_id: UUID,
        query: SearchQuery,
        filters: ListFilters,
        limit: int,
        after: dict[str, Any] | None = None,
    ) -> Slice[ClientCard]: ...

    async def listing(
        self,
        db: Reader,
        tenant_id: UUID,
        filters: ListFilters,
        limit: int,
        after: dict[str, Any] | None = None,
    ) -> Slice[ClientCard]: ...

    async def defined_statuses(self, db: Reader, tenant_id: UUID) -> list[Status]: ...

    async def status_rules(self, db: Reader, tenant_id: UUID) -> dict[str, tuple[bool, bool]]: ...

    async def stream(
        self, db: Reader, client_id: UUID, after: int, limit: int
    ) -> list[es.Envelope]: ...
