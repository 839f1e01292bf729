"""Creates that honour ``Idempotency-Key``: the answer is stored with the effect, in one
transaction, and a retry gets it back instead of acting twice."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar
from uuid import UUID

import ouvrage_events as es
from ouvrage_events.store.db import Conn
from ouvrage_platform.idempotency import StoredResponse, claim, remember

from clients.domain.errors import ConcurrentUpdateError, StaleVersionError

R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class Idempotency(Generic[R]):
    """A create's key, the fingerprint of its request, and how its answer is rendered."""

    key: str
    fingerprint: str
    render: Callable[[R], Any]
    status: int = 201


async def answer_once(
    uow: es.UnitOfWork, tenant_id: UUID, idem: Idempotency[Any] | None
) -> StoredResponse | None:
    """The stored answer when the key was used before (the key stays locked until commit)."""
    if idem is None:
        return None
    return await claim(uow.conn, tenant_id, idem.key, idem.fingerprint)


async def commit_describing(
    uow: es.UnitOfWork,
    tenant_id: UUID,
    idem: Idempotency[R] | None,
    describe: Callable[[Conn], Awaitable[R]],
) -> R:
    """Commit; ``describe`` reads the answer in the transaction, which stores it for retries."""
    described: list[R] = []

    async def after_append(conn: Conn, _envelopes: list[es.Envelope]) -> None:
        result = await describe(conn)
        described.append(result)
        if idem is not None:
            body = idem.render(result)
            await remember(conn, tenant_id, idem.key, idem.fingerprint, idem.status, body)

    uow.after_append(after_append)
    await commit(uow, None)
    return described[0]


async def commit(uow: es.UnitOfWork, expected_version: int | None) -> None:
    """Commit, turning a lost race into the error the caller can act on."""
    try:
        await uow.commit()
    except es.ConcurrencyError as exc:
        if expected_version is not None:
            raise StaleVersionError() from exc
        raise ConcurrentUpdateError() from exc
