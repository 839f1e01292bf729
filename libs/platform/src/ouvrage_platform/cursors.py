"""Opaque cursors (urlsafe base64 of a small JSON object), without any web framework: app layers
page through read models with them; ``ouvrage_platform.pagination`` turns a bad one into 400."""

import base64
import binascii
import json
from typing import Any

INVALID_CURSOR_DETAIL = "Le curseur de pagination est invalide."
_MAX_CURSOR_LENGTH = 2048


class InvalidCursorError(ValueError):
    """A cursor no page of ours produced (answered 400 ``invalid_cursor``)."""

    def __init__(self) -> None:
        super().__init__(INVALID_CURSOR_DETAIL)


def encode_cursor(position: dict[str, Any]) -> str:
    """An opaque cursor for a position (values that are not JSON become strings)."""
    raw = json.dumps(position, separators=(",", ":"), sort_keys=True, default=str)
    return base64.urlsafe_b64encode(raw.encode()).rstrip(b"=").decode("ascii")


def decode_cursor(cursor: str) -> dict[str, Any]:
    """The position a cursor names; ``InvalidCursorError`` when it was not ours."""
    if len(cursor) > _MAX_CURSOR_LENGTH:
        raise InvalidCursorError()
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        position = json.loads(raw)
    except (binascii.Error, ValueError) as exc:
        raise InvalidCursorError() from exc
    if not isinstance(position, dict):
        raise InvalidCursorError()
    return position
