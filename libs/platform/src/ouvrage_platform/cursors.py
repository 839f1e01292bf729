"""Opaque cursors, signed and versioned, without any web framework: app layers page through read
models with them; ``ouvrage_platform.pagination`` binds the codec per request and turns a bad
cursor into 400.

A cursor is ``v1.`` + an itsdangerous URL-safe token: the position (a small JSON object) signed
with HMAC-SHA256 under the service's ``<PREFIX>_CURSOR_SECRET``, salted with the service's name and
the request path. A cursor that was tampered with, truncated, made by another service or for
another list fails the check (``InvalidCursorError``, answered 400 ``invalid_cursor``): its values
never reach SQL. Rotation: list the new secret first, the old ones after (all verify, the first
signs).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from itsdangerous import BadSignature, URLSafeSerializer

INVALID_CURSOR_DETAIL = "Le curseur de pagination est invalide."
CURSOR_VERSION = "v1"
_MAX_CURSOR_LENGTH = 2048


class InvalidCursorError(ValueError):
    """A cursor no page of ours produced (answered 400 ``invalid_cursor``)."""

    def __init__(self) -> None:
        super().__init__(INVALID_CURSOR_DETAIL)


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
        """The position a cursor names; ``InvalidCursorError`` when it is not ours."""
        version, _, token = cursor.partition(".")
        if len(cursor) > _MAX_CURSOR_LENGTH or version != CURSOR_VERSION or not token:
            raise InvalidCursorError()
        try:
            payload = self._serializer.loads(token)
        except (BadSignature, ValueError, UnicodeError) as exc:
            raise InvalidCursorError() from exc
        if not isinstance(payload, dict) or payload.get("s") != scope:
            raise InvalidCursorError()
        position = payload.get("p")
        if not isinstance(position, dict):
            raise InvalidCursorError()
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
    """The position a cursor of the current request's list names; ``InvalidCursorError`` else."""
    codec, scope = _current()
    return codec.decode(cursor, scope)
