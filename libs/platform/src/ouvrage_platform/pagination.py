"""Cursor pagination: `limit` plus an opaque, signed and versioned `cursor` (``cursors``).

``create_app`` installs ``CursorMiddleware``, which binds the service's codec and the request path
for each request; ``encode_cursor`` / ``decode_cursor`` use what is bound.
"""

from typing import Annotated, Any, Generic, TypeVar

from fastapi import Query
from pydantic import BaseModel
from starlette.types import ASGIApp, Receive, Scope, Send

from ouvrage_platform import cursors
from ouvrage_platform.cursors import (
    INVALID_CURSOR_DETAIL,
    CursorCodec,
    bind_cursor_codec,
    encode_cursor,
)
from ouvrage_platform.errors import ProblemError

__all__ = [
    "INVALID_CURSOR_DETAIL",
    "CursorCodec",
    "bind_cursor_codec",
    "decode_cursor",
    "encode_cursor",
]

T = TypeVar("T")

DEFAULT_LIMIT = 50
MAX_LIMIT = 200


class Page(BaseModel, Generic[T]):
    """A page of a list; `next_cursor` is null on the last page."""

    items: list[T]
    next_cursor: str | None = None


def decode_cursor(cursor: str) -> dict[str, Any]:
    """The position a cursor names; a 400 problem `invalid_cursor` when it was not ours."""
    try:
        return cursors.decode_cursor(cursor)
    except cursors.InvalidCursorError as exc:
        raise ProblemError(400, "invalid_cursor", INVALID_CURSOR_DETAIL) from exc


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


LimitQuery = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Taille de page")]
# No max_length here: an over-long cursor is a bad cursor (400 invalid_cursor), like any other.
CursorQuery = Annotated[str | None, Query(description="Curseur opaque de la page suivante")]
