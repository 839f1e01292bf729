"""The one command pipeline: tenant-owned load, If-Match, one domain method, idempotent commit.

Every service's command handler goes through it, so the handler holds only its decisions::

    async with pipeline.command(meta, idempotency=idem) as cmd:
        if (replay := await cmd.replay()) is not None:
            return replay                       # a retried Idempotency-Key: the first answer
        client = await cmd.load(Client, client_id, expected_version=if_match)
        client.block(reason)                    # the one domain method
        return await cmd.commit(read=lambda conn: reads.card(conn, meta.tenant_id, client_id))

Errors (mapped to HTTP once, by ``ouvrage_platform.errors``): ``AggregateNotFoundError`` (or the
``missing`` factory's error) for an unknown id or another tenant's, ``StaleVersionError`` when
``If-Match`` is stale, ``ConcurrentUpdateError`` when another writer committed first.

Pure: nothing here imports asyncpg, aiokafka or FastAPI; the store and the idempotency table come
in through the unit-of-work factory and an ``IdempotencyStore``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol, TypeVar
from uuid import UUID

from ouvrage_events.aggregate import Aggregate
from ouvrage_events.contract.base import Envelope, Metadata
from ouvrage_events.errors import (
    AggregateNotFoundError,
    ConcurrencyError,
    ConcurrentUpdateError,
    StaleVersionError,
)

if TYPE_CHECKING:
    from ouvrage_events.uow import UnitOfWork

A = TypeVar("A", bound=Aggregate)
R = TypeVar("R")
Read = Callable[[Any], Awaitable[R]]
"""Reads the answer in the command's transaction, after the read models were updated (its
argument is the transaction's connection)."""


def fingerprint(*parts: Any) -> str:
    """A stable hash of what identifies a request, e.g. ``fingerprint("POST /clients", body)``."""
    canonical = json.dumps(parts, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class Idempotency:
    """A create's ``Idempotency-Key``, the fingerprint of its request, the status it answers
    and how its answer renders as the JSON body kept for retries (default: as it is)."""

    key: str
    fingerprint: str
    status: int = 201
    render: Callable[[Any], Any] | None = None


@dataclass(frozen=True, slots=True)
class Replay:
    """The first answer given to a retried ``Idempotency-Key``."""

    status: int
    body: Any


class IdempotencyStore(Protocol):
    """Where answers to ``Idempotency-Key`` requests are kept, in the command's transaction."""

    async def claim(
        self, conn: Any, tenant_id: UUID, key: str, fingerprint: str
    ) -> Replay | None: ...

    async def remember(
        self, conn: Any, tenant_id: UUID, key: str, fingerprint: str, status: int, body: Any
    ) -> None: ...


def check_version(expected: int | None, current: int) -> None:
    """``If-Match``: raise ``StaleVersionError`` when the caller saw another version."""
    if expected is not None and expected != current:
        raise StaleVersionError(current)


class Command:
    """One command's run: its unit of work, its caller and its idempotency key."""

    def __init__(
        self,
        uow: UnitOfWork,
        idempotency: Idempotency | None,
        store: IdempotencyStore | None,
    ) -> None:
        if idempotency is not None and store is None:
            raise ValueError("this pipeline has no idempotency store")
        self.uow = uow
        self.idempotency = idempotency
        self._store = store
        self._if_match = False

    @property
    def metadata(self) -> Metadata:
        return self.uow.metadata

    @property
    def tenant_id(self) -> UUID:
        return self.uow.metadata.tenant_id

    @property
    def conn(self) -> Any:
        """The transaction's connection (for reads a decision needs)."""
        return self.uow.conn

    async def replay(self) -> Replay | None:
        """The first answer when this ``Idempotency-Key`` was used before (the key stays
        locked until the transaction ends). Call it first, before any load."""
        if self.idempotency is None:
            return None
        assert self._store is not None
        idem = self.idempotency
        return await self._store.claim(self.uow.conn, self.tenant_id, idem.key, idem.fingerprint)

    async def get(self, cls: type[A], aggregate_id: UUID) -> A | None:
        """The caller's tenant's aggregate of this type, or None (unknown, other type or tenant)."""
        if await self.uow.owner(aggregate_id) != (self.tenant_id, cls.stream_type):
            return None
        return await self.uow.get(cls, aggregate_id)

    async def load(
        self,
        cls: type[A],
        aggregate_id: UUID,
        *,
        expected_version: int | None = None,
        missing: Callable[[], Exception] | None = None,
    ) -> A:
        """The caller's tenant's aggregate, at the version ``If-Match`` expects (if given).

        Raises ``missing()`` (default ``AggregateNotFoundError``) for an unknown id, an id of
        another type or another tenant's, ``StaleVersionError`` for a stale ``If-Match``.
        """
        aggregate = await self.get(cls, aggregate_id)
        if aggregate is None:
            raise missing() if missing else AggregateNotFoundError(cls.stream_type, aggregate_id)
        check_version(expected_version, aggregate.version)
        self._if_match = self._if_match or expected_version is not None
        return aggregate

    def add(self, aggregate: Aggregate) -> None:
        """A new aggregate to save at commit."""
        self.uow.add(aggregate)

    def after_append(self, fn: Callable[[Any, list[Envelope]], Awaitable[None]]) -> None:
        """``fn(conn, envelopes)`` writes what goes with the events, in their transaction."""
        self.uow.after_append(fn)

    async def commit(
        self, read: Read[R] | None = None, render: Callable[[R], Any] | None = None
    ) -> R:
        """Append, project and commit; answer ``read(conn)`` (read in the transaction, after the
        read models were updated). With an idempotency key, ``render(answer)`` (or the answer)
        is stored with the effect for retries. A lost race raises ``ConcurrentUpdateError``, or
        ``StaleVersionError`` when the command was loaded with an ``If-Match`` (which the
        winner made stale)."""
        answers: list[Any] = []

        async def finish(conn: Any, _envelopes: list[Envelope]) -> None:
            answer: Any = None if read is None else await read(conn)
            answers.append(answer)
            if self.idempotency is not None:
                assert self._store is not None
                idem = self.idempotency
                render_body = render or idem.render
                body = render_body(answer) if render_body is not None else answer
                await self._store.remember(
                    conn, self.tenant_id, idem.key, idem.fingerprint, idem.status, body
                )

        self.uow.after_append(finish)
        try:
            await self.uow.commit()
        except ConcurrencyError as exc:
            if self._if_match:
                raise StaleVersionError() from exc
            raise ConcurrentUpdateError() from exc
        result: R = answers[0]
        return result

    @property
    def committed(self) -> list[Envelope]:
        """The envelopes the commit appended."""
        return self.uow.committed


class _Run:
    def __init__(self, pipeline: Pipeline, metadata: Metadata, idem: Idempotency | None) -> None:
        self._uow = pipeline.uow(metadata)
        self._command = Command(self._uow, idem, pipeline.idempotency)

    async def __aenter__(self) -> Command:
        await self._uow.__aenter__()
        return self._command

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self._uow.__aexit__(exc_type, exc, tb)


class Pipeline:
    """Made once in a service's bootstrap, from its unit-of-work factory."""

    def __init__(
        self,
        uow: Callable[[Metadata], UnitOfWork],
        *,
        idempotency: IdempotencyStore | None = None,
    ) -> None:
        self.uow = uow
        self.idempotency = idempotency

    def command(self, metadata: Metadata, *, idempotency: Idempotency | None = None) -> _Run:
        """``async with pipeline.command(meta) as cmd``: one command, one transaction."""
        return _Run(self, metadata, idempotency)

    async def update(
        self,
        metadata: Metadata,
        cls: type[A],
        aggregate_id: UUID,
        act: Callable[[A], Any],
        *,
        expected_version: int | None = None,
        missing: Callable[[], Exception] | None = None,
        read: Read[R] | None = None,
    ) -> R:
        """The common case in one call: load the tenant's aggregate, check ``If-Match``, run
        ``act(aggregate)`` (sync or async), commit, answer ``read(conn)``."""
        async with self.command(metadata) as cmd:
            aggregate = await cmd.load(
                cls, aggregate_id, expected_version=expected_version, missing=missing
            )
            done = act(aggregate)
            if isinstance(done, Awaitable):
                await done
            return await cmd.commit(read)
