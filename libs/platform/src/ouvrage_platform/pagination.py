"""Cursor pagination: `limit` plus an opaque, signed and versioned `cursor`.

A cursor is ``v1.`` + an itsdangerous URL-safe token: the position (a small JSON object) signed
with HMAC-SHA256 under the service's ``<PREFIX>_CURSOR_SECRET``, salted with the service's name and
the request path. A cursor that was tampered with, truncated, made by another service or for
another list fails the signature check and answers 400 ``invalid_cursor``: its values never reach
SQL. Rotation: list the new secret first, the old ones after (all verify, the first signs).

``create_app`` installs ``CursorMiddleware``, which binds the service's codec and the request path
for the request; ``encode_cursor`` / ``decode_cursor`` use what is bound.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Query
from itsdangerous import BadSignature, URLSafeSerializer
from pydantic import BaseModel
from starlette.types import ASGIApp, Receive, Scope, Send

from ouvrage_platform.errors import ProblemError

T = TypeVar("T")

INVALID_CURSOR_DETAIL = "Le curseur de pagination est invalide."
DEFAULT_LIMIT = 50
MAX_LIMIT = 200
CURSOR_VERSION = "v1"
_MAX_CURSOR_LENGTH = 2048


class Page(BaseModel, Generic[T]):
    """A page of a list; `next_cursor` is null on the last page."""

    items: list[T]
    next_cursor: str | None = None


class _Json:
    """JSON for itsdangerous; values that are not JSON (UUID, datetime) become strings."""

    @staticmethod
    def dumps(obj: Any) -> str:
        return json.dumps(obj, separators=(",", ":"), sort_keys=True, default=str)

    @staticmethod
    def loads(text: str | bytes) -> Any:
        return json.loads(text)


class CursorCodec:
    """Signs positions into cursors and checks cursors back into positions, for one service."""

    def __init__(self, secrets: Sequence[str], *, service: str) -> None:
        if not secrets or not all(secrets):
            raise ValueError("a cursor codec needs at least one non-empty secret")
        # itsdangerous signs with the LAST key and verifies with all of them.
        self._serializer = URLSafeSerializer(
            list(reversed(secrets)),
            salt=f"ouvrage.cursor.{CURSOR_VERSION}.{service}",
            serializer=_Json,
            signer_kwargs={"digest_method": hashlib.sha256},
        )

    def encode(self, position: dict[str, Any], scope: str) -> str:
        """An opaque cursor for ``position``, valid only on ``scope`` (the request path)."""
        token = self._serializer.dumps({"p": position, "s": scope})
        return f"{CURSOR_VERSION}.{token}"

    def decode(self, cursor: str, scope: str) -> dict[str, Any]:
        """The position a cursor names; a 400 problem ``invalid_cursor`` when it is not ours."""
        version, _, token = cursor.partition(".")
        if len(cursor) > _MAX_CURSOR_LENGTH or version != CURSOR_VERSION or not token:
            raise _invalid()
        try:
            payload = self._serializer.loads(token)
        except (BadSignature, ValueError, UnicodeError) as exc:
            raise _invalid() from exc
        if not isinstance(payload, dict) or payload.get("s") != scope:
            raise _invalid()
        position = payload.get("p")
        if not isinstance(position, dict):
            raise _invalid()
        return position


_bound: ContextVar[tuple[CursorCodec, str] | None] = ContextVar("ouvrage_cursor", default=None)


@contextmanager
def bind_cursor_codec(codec: CursorCodec, scope: str) -> Iterator[None]:
    """Make ``codec`` and ``scope`` the ones ``encode_cursor``/``decode_cursor`` use here."""
    token = _bound.set((codec, scope))
    try:
        yield
    finally:
        _bound.reset(token)


def _current() -> tuple[CursorCodec, str]:
    bound = _bound.get()
    if bound is None:
        raise RuntimeError("no cursor codec bound: the app must be built by create_app")
    return bound


def encode_cursor(position: dict[str, Any]) -> str:
    """An opaque, signed cursor for a position of the current request's list."""
    codec, scope = _current()
    return codec.encode(position, scope)


def decode_cursor(cursor: str) -> dict[str, Any]:
    """The position a cursor of the current request's list names; 400 ``invalid_cursor`` else."""
    codec, scope = _current()
    return codec.decode(cursor, scope)


class CursorMiddleware:
    """Binds the service's cursor codec and the request path for each HTTP request."""

    def __init__(self, app: ASGIApp, codec: CursorCodec) -> None:
        self.app = app
        self.codec = codec

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        with bind_cursor_codec(self.codec, str(scope.get("path", ""))):
            await self.app(scope, receive, send)


def _invalid() -> ProblemError:
    return ProblemError(400, "invalid_cursor", INVALID_CURSOR_DETAIL)


LimitQuery = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Taille de page")]
# No max_length here: an over-long cursor is a bad cursor (400 invalid_cursor), like any other.
CursorQuery = Annotated[str | None, Query(description="Curseur opaque de la page suivante")]
