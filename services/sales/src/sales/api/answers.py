"""Shapes the sales routes share: list positions and PDF answers."""

from __future__ import annotations

from typing import Any, Protocol

from fastapi import Response
from ouvrage_platform.pagination import decode_cursor, encode_cursor

PDF = {"content": {"application/pdf": {}}, "description": "Le PDF"}


class _Row(Protocol):
    @property
    def seq(self) -> int: ...


def after(cursor: str | None) -> int | None:
    """The list position a cursor names (rows after it)."""
    return None if cursor is None else int(decode_cursor(cursor).get("seq", 0))


def next_cursor(rows: list[Any], limit: int) -> str | None:
    """The next page's cursor when this page is full."""
    last: _Row | None = rows[-1] if len(rows) == limit else None
    return None if last is None else encode_cursor({"seq": last.seq})


def pdf_answer(pdf: bytes, name: str) -> Response:
    return Response(
        pdf,
        media_type="application/pdf",
        headers={"Content-Disposition": f'inline; filename="{name}"'},
    )
