"""The store's plain values (pure: shared by the PostgreSQL and the in-memory stores)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from ouvrage_events.contract.base import Envelope


@dataclass(frozen=True, order=True)
class Position:
    """A point in the store's publication order."""

    txid: int
    position: int


@dataclass(frozen=True)
class Snapshot:
    stream_id: UUID
    version: int
    schema_version: int
    state: dict[str, Any]


def check_consecutive(envelopes: Sequence[Envelope], expected_version: int) -> None:
    """An append takes one stream's versions following ``expected_version``, in order."""
    first = envelopes[0]
    for offset, env in enumerate(envelopes, start=1):
        if env.aggregate_id != first.aggregate_id or env.sequence != expected_version + offset:
            raise ValueError("envelopes must be one stream's consecutive versions")
