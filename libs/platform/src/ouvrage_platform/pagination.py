"""Cursor pagination: `limit` plus an opaque `cursor` (urlsafe base64 of a small JSON object)."""

from typing import Annotated, Any, Generic, TypeVar

from fastapi import Query
from pydantic import BaseModel

from ouvrage_platform import cursors
from ouvrage_platform.cursors import INVALID_CURSOR_DETAIL, encode_cursor
from ouvrage_platform.errors import ProblemError

__all__ = ["INVALID_CURSOR_DETAIL", "decode_cursor", "encode_cursor"]

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


LimitQuery = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Taille de page")]
CursorQuery = Annotated[str | None, Query(description="Curseur opaque de la page suivante")]
