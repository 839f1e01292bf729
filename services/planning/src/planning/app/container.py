"""What the bootstrap wires once and the handlers use (the same name in every service)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeAlias

import ouvrage_events as es
from ouvrage_events.store.db import Conn
from pydantic import BaseModel

if TYPE_CHECKING:
    import asyncpg

SheetRenderer = Callable[[Any], bytes]
Read = Callable[[Conn], Awaitable[BaseModel]]
"""Reads a command's answer in its transaction, once the read models were updated."""
Outcome: TypeAlias = BaseModel | es.Replay
"""A command's answer: the read model written, or the first answer to a retried key."""


@dataclass(frozen=True)
class Container:
    """Built once by the bootstrap."""

    pool: asyncpg.Pool
    pipeline: es.Pipeline
    default_timezone: str
    render_sheet: SheetRenderer
