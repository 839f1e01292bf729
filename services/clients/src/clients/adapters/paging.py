"""Keyset pagination helpers shared by the list, search and duplicate queries."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from uuid import UUID

from clients.app.ports import InvalidPositionError, ListFilters

FILTERS = (
    "tenant_id = $1 AND trashed = $2 "
    "AND (($3::text[])[1] IS NULL OR status = ($3::text[])[1]) "
    "AND (($3::text[])[2] IS NULL OR kind = ($3::text[])[2]) "
    "AND ($4::uuid IS NULL OR owner_id = $4)"
)
"""The list filters: parameters $1 to $4, from ``filter_args`` ($3 is the pair status, kind:
one parameter, so the statements that follow keep their numbering)."""


def filter_args(tenant_id: UUID, filters: ListFilters) -> list[Any]:
    return [tenant_id, filters.trash, [filters.status, filters.kind], filters.owner_id]


def position(after: dict[str, Any], **kinds: Callable[[Any], Any]) -> list[Any]:
    """The values of a decoded cursor, typed; ``InvalidPositionError`` if it is not ours."""
    try:
        return [kind(after[name]) for name, kind in kinds.items()]
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidPositionError() from exc


def sliced(
    rows: list[Any], limit: int, after_row: Callable[[Any], dict[str, Any]]
) -> tuple[list[Any], dict[str, Any] | None]:
    """The page (``limit`` of the ``limit + 1`` rows fetched) and the position after it."""
    page = rows[:limit]
    return page, (after_row(page[-1]) if len(rows) > limit else None)
