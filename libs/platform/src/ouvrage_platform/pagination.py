"""Cursor pagination: `limit` plus an opaque `cursor` (urlsafe base64 of a small JSON object)."""

import base64
import binascii
import json
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Query
from pydantic import BaseModel

from ouvrage_platform.errors import ProblemError

T = TypeVar("T")

INVALID_CURSOR_DETAIL = "Le curseur de pagination est invalide."
DEFAULT_LIMIT = 50
MAX_LIMIT = 200
_MAX_CURSOR_LENGTH = 2048


class Page(BaseModel, Generic[T]):
    """A page of a list; `next_cursor` is null on the last page."""

    items: list[T]
    next_cursor: str | None = None


def encode_cursor(position: dict[str, Any]) -> str:
    """An opaque cursor for a position (values that are not JSON become strings)."""
    raw = json.dumps(position, separators=(",", ":"), sort_keys=True, default=str)
    return base64.urlsafe_b64encode(raw.encode()).rstrip(b"=").decode("ascii")


def decode_cursor(cursor: str) -> dict[str, Any]:
    """The position a cursor names; a 400 problem `invalid_cursor` when it was not ours."""
    if len(cursor) > _MAX_CURSOR_LENGTH:
        raise _invalid()
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        position = json.loads(raw)
    except (binascii.Error, ValueError) as exc:
        raise _invalid() from exc
    if not isinstance(position, dict):
        raise _invalid()
    return position


def _invalid() -> ProblemError:
    return ProblemError(400, "invalid_cursor", INVALID_CURSOR_DETAIL)


LimitQuery = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Taille de page")]
CursorQuery = Annotated[str | None, Query(description="Curseur opaque de la page suivante")]
