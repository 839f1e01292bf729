"""What every handler works with: the services, the caller, the answer and its transaction."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar
from uuid import UUID, uuid4

import asyncpg
import ouvrage_events as es
from ouvrage_events.store.db import Conn
from ouvrage_platform.idempotency import claim, remember
from pydantic import BaseModel

from planning.adapters.streams import stream_owner
from planning.domain.errors import PlanningError

A = TypeVar("A", bound=es.Aggregate)
SheetRenderer = Callable[[Any], bytes]


@dataclass(frozen=True)
class Services:
    """Built once by the bootstrap."""

    pool: asyncpg.Pool
    uow: es.UnitOfWorkFactory
    default_timezone: str
    render_sheet: SheetRenderer


@dataclass(frozen=True)
class Ctx:
    """The caller of a command or query."""

    tenant_id: UUID
    user_id: UUID
    correlation_id: UUID | None = None

    def metadata(self) -> es.Metadata:
        return es.Metadata(
            tenant_id=self.tenant_id,
            actor_id=self.user_id,
            correlation_id=self.correlation_id or uuid4(),
        )


@dataclass(frozen=True)
class Idempotency:
    """An Idempotency-Key and the fingerprint of the request that carries it."""

    key: str
    fingerprint: str


@dataclass(frozen=True)
class Answer:
    status: int
    body: Any

    @property
    def version(self) -> int | None:
        version = self.body.get("version") if isinstance(self.body, dict) else None
        return version if isinstance(version, int) else None


Build = Callable[[Conn], Awaitable[BaseModel | None]]


async def replay(uow: es.UnitOfWork, ctx: Ctx, idem: Idempotency | None) -> Answer | None:
    """The first answer given to this Idempotency-Key, if it was used before."""
    if idem is None:
        return None
    stored = await claim(uow.conn, ctx.tenant_id, idem.key, idem.fingerprint)
    return None if stored is None else Answer(stored.status, stored.body)


async def commit(
    uow: es.UnitOfWork, ctx: Ctx, status: int, build: Build, idem: Idempotency | None = None
) -> Answer:
    """Commit the unit of work; the answer is read in the same transaction (and remembered)."""
    answers: list[Answer] = []

    async def finish(conn: Conn, _: list[es.Envelope]) -> None:
        model = await build(conn)
        answer = Answer(status, None if model is None else model.model_dump(mode="json"))
        if idem is not None:
            await remember(conn, ctx.tenant_id, idem.key, idem.fingerprint, status, answer.body)
        answers.append(answer)

    uow.after_append(finish)
    await uow.commit()
    return answers[0]


async def load_owned(
    uow: es.UnitOfWork, cls: type[A], aggregate_id: UUID, ctx: Ctx, missing: type[PlanningError]
) -> A:
    """The tenant's aggregate; ``missing`` when it does not exist or belongs to another tenant."""
    owner = await stream_owner(uow.conn, aggregate_id)
    if owner != (ctx.tenant_id, cls.stream_type):
        raise missing()
    return await uow.load(cls, aggregate_id)
