"""Helpers shared by the command handlers: idempotent creates, reading back what was written."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar
from uuid import UUID

import ouvrage_events as es
from ouvrage_events.store.db import Conn
from ouvrage_platform.idempotency import claim, remember

from actions.domain.errors import ConcurrentChangeError

R = TypeVar("R")


@dataclass(frozen=True)
class Idempotency:
    """An ``Idempotency-Key`` create: the key, the request's fingerprint, and how the answer
    renders as the JSON body stored for retries."""

    key: str
    fingerprint: str
    render: Callable[[Any], Any]


@dataclass(frozen=True)
class Replay:
    """The first answer to a retried create."""

    status: int
    body: Any


async def replay_of(uow: es.UnitOfWork, idem: Idempotency | None) -> Replay | None:
    """The stored answer if this key was used before (claiming the key for this transaction)."""
    if idem is None:
        return None
    stored = await claim(uow.conn, uow.metadata.tenant_id, idem.key, idem.fingerprint)
    return None if stored is None else Replay(stored.status, stored.body)


class ReadBack(Generic[R]):
    """Reads the written record back inside the transaction, after the read models were
    updated, and stores the idempotent answer there too."""

    def __init__(
        self,
        uow: es.UnitOfWork,
        read: Callable[[Conn], Awaitable[R | None]],
        idem: Idempotency | None = None,
        status: int = 201,
    ) -> None:
        self._read = read
        self._idem = idem
        self._status = status
        self._uow = uow
        self.record: R | None = None
        uow.after_append(self._capture)

    async def _capture(self, conn: Conn, _envelopes: Sequence[es.Envelope]) -> None:
        record = await self._read(conn)
        assert record is not None, "the read model lost a record written in this transaction"
        self.record = record
        if self._idem is not None:
            tenant_id: UUID = self._uow.metadata.tenant_id
            body = self._idem.render(record)
            await remember(
                conn, tenant_id, self._idem.key, self._idem.fingerprint, self._status, body
            )

    async def commit(self) -> R:
        try:
            await self._uow.commit()
        except es.ConcurrencyError as exc:
            raise ConcurrentChangeError() from exc
        assert self.record is not None
        return self.record
