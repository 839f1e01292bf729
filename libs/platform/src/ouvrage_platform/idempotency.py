"""`Idempotency-Key` for creates: a retried request gets the first answer, nothing is done twice.

Call `claim` then `remember` inside the transaction that performs the create: the advisory lock
serialises concurrent retries, and the stored answer commits (or rolls back) with the effect.
With an ouvrage_events unit of work, `claim` goes first (it writes nothing, so the append stays the
transaction's first write) and `remember` runs after the append:

    async with uow_factory(metadata) as uow:
        if (stored := await claim(uow.conn, tenant_id, key, fp)) is not None:
            return JSONResponse(stored.body, status_code=stored.status)
        ...  # uow.add(aggregate)
        uow.after_append(remembering(tenant_id, key, fp, 201, body))
        await uow.commit()
"""

import json
import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any, TypeAlias
from uuid import UUID

import asyncpg
import asyncpg.pool
from fastapi import Depends, Header
from fastapi.responses import JSONResponse
from ouvrage_events import errors as es_errors
from ouvrage_events.pipeline import Idempotency, Replay, fingerprint

from ouvrage_platform.errors import ProblemError

MIGRATIONS = Path(__file__).parent / "sql"
"""The idempotency table's migrations, applied by each service's migrate as namespace "platform"."""
IDEMPOTENCY_SCHEMA = (MIGRATIONS / "0001_idempotency.sql").read_text(encoding="utf-8")

__all__ = ["fingerprint"]  # with the names below; kept here for the services that import it
KEY_REUSED_DETAIL = es_errors.KEY_REUSED_DETAIL
INVALID_KEY_DETAIL = (
    "L'en-tête Idempotency-Key est invalide : 1 à 255 caractères ASCII imprimables."
)
_VALID_KEY = re.compile(r"^[\x21-\x7e]{1,255}$")

Connection: TypeAlias = "asyncpg.Connection[Any] | asyncpg.pool.PoolConnectionProxy[Any]"


@dataclass(frozen=True, slots=True)
class StoredResponse:
    """The answer given to the first request that used a key."""

    status: int
    body: Any


class IdempotencyKeyReusedError(ProblemError, es_errors.IdempotencyKeyReusedError):
    """The key was first used for a different request (422)."""

    def __init__(self) -> None:
        ProblemError.__init__(self, 422, "idempotency_key_reused", KEY_REUSED_DETAIL)


async def claim(
    conn: Connection, tenant_id: UUID, key: str, request_fingerprint: str
) -> StoredResponse | None:
    """Lock the key for this transaction; the stored answer if the key was used before."""
    await conn.execute(
        "SELECT pg_advisory_xact_lock(hashtextextended($1::text || '/' || $2, 0))",
        str(tenant_id),
        key,
    )
    row = await conn.fetchrow(
        "SELECT fingerprint, status, body::text AS body FROM idempotency_keys"
        " WHERE tenant_id = $1 AND key = $2",
        tenant_id,
        key,
    )
    if row is None:
        return None
    if row["fingerprint"] != request_fingerprint:
        raise IdempotencyKeyReusedError()
    body = None if row["body"] is None else json.loads(row["body"])
    return StoredResponse(status=row["status"], body=body)


async def remember(
    conn: Connection,
    tenant_id: UUID,
    key: str,
    request_fingerprint: str,
    status: int,
    body: Any,
) -> None:
    """Store the answer to give to retries; commits with the caller's transaction."""
    # Sent as text and cast in SQL, so it works whatever jsonb codec the caller's pool installed.
    await conn.execute(
        "INSERT INTO idempotency_keys (tenant_id, key, fingerprint, status, body)"
        " VALUES ($1, $2, $3, $4, $5::text::jsonb)",
        tenant_id,
        key,
        request_fingerprint,
        status,
        json.dumps(body, default=str),
    )


def remembering(
    tenant_id: UUID, key: str, request_fingerprint: str, status: int, body: Any
) -> Callable[[Connection, Sequence[Any]], Awaitable[None]]:
    """`remember` as a unit-of-work `after_append` callback."""

    async def after_append(conn: Connection, _events: Sequence[Any]) -> None:
        await remember(conn, tenant_id, key, request_fingerprint, status, body)

    return after_append


class PostgresIdempotency:
    """The command pipeline's ``IdempotencyStore`` on the ``idempotency_keys`` table:
    ``es.Pipeline(uow_factory, idempotency=PostgresIdempotency())``."""

    async def claim(
        self, conn: Connection, tenant_id: UUID, key: str, fingerprint: str
    ) -> Replay | None:
        stored = await claim(conn, tenant_id, key, fingerprint)
        return None if stored is None else Replay(stored.status, stored.body)

    async def remember(
        self,
        conn: Connection,
        tenant_id: UUID,
        key: str,
        fingerprint: str,
        status: int,
        body: Any,
    ) -> None:
        await remember(conn, tenant_id, key, fingerprint, status, body)


def idempotency_of(
    key: str | None,
    *request: Any,
    status: int = 201,
    render: Callable[[Any], Any] | None = None,
) -> Idempotency | None:
    """The pipeline's ``Idempotency`` for a request's key (None without a key); ``request`` is
    what identifies it, e.g. ``idempotency_of(key, "POST /clients", body.model_dump())``;
    ``render`` turns the handler's answer into the JSON body kept for retries."""
    if key is None:
        return None
    return Idempotency(key, fingerprint(*request), status, render)


def replayed(replay: Replay, *, location: Callable[[Any], str] | None = None) -> JSONResponse:
    """The stored first answer of a retried create (``Idempotent-Replayed: true``), with the
    ``ETag`` of the version it carries and ``location(body)`` as ``Location`` if given."""
    headers = {"Idempotent-Replayed": "true"}
    body = replay.body
    if isinstance(body, dict) and isinstance(body.get("version"), int):
        headers["ETag"] = f'"{body["version"]}"'
        if location is not None:
            headers["Location"] = location(body)
    return JSONResponse(body, status_code=replay.status, headers=headers)


async def purge(conn: Connection, older_than: timedelta = timedelta(hours=24)) -> int:
    """Forget keys older than `older_than`; how many were removed."""
    result = await conn.execute(
        "DELETE FROM idempotency_keys WHERE created_at < now() - $1::interval", older_than
    )
    return int(result.split()[-1])


async def idempotency_key(
    idempotency_key: Annotated[str | None, Header(alias="Idempotency-Key")] = None,
) -> str | None:
    """Dependency: the request's `Idempotency-Key`, validated (400 problem when malformed)."""
    if idempotency_key is None:
        return None
    if not _VALID_KEY.match(idempotency_key):
        raise ProblemError(400, "invalid_idempotency_key", INVALID_KEY_DETAIL)
    return idempotency_key


IdempotencyKeyDep = Annotated[str | None, Depends(idempotency_key)]


async def forget_answers_quoting(conn: Any, tenant_id: UUID, needle: str) -> None:
    """Drop the stored answers whose body quotes ``needle`` (an erased person's id): they are
    copies of personal data (RGPD erasure)."""
    await conn.execute(
        "DELETE FROM idempotency_keys WHERE tenant_id = $1 AND strpos(body::text, $2) > 0",
        tenant_id,
        needle,
    )
