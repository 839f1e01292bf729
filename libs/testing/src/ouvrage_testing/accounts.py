"""A test aggregate for the event-store and pipeline tests of libs/events (one copy)."""

from __future__ import annotations

from typing import Any, ClassVar
from uuid import UUID

import ouvrage_events as es
from ouvrage_events.catalog.clients import ClientBlocked, ClientUnblocked


class Account(es.Aggregate):
    stream_type = "account"
    snapshot_every: ClassVar[int | None] = None

    def __init__(self, aggregate_id: UUID) -> None:
        super().__init__(aggregate_id)
        self.blocks = 0
        self.reason: str | None = None

    def block(self, reason: str) -> None:
        self.record(ClientBlocked(client_id=self.id, reason=reason))

    def unblock(self) -> None:
        self.record(ClientUnblocked(client_id=self.id))

    def when_ClientBlocked(self, e: ClientBlocked) -> None:
        self.blocks += 1
        self.reason = e.reason

    def when_ClientUnblocked(self, e: ClientUnblocked) -> None:
        self.reason = None

    def snapshot_state(self) -> dict[str, Any]:
        return {"blocks": self.blocks, "reason": self.reason}

    def restore_state(self, state: dict[str, Any]) -> None:
        self.blocks = state["blocks"]
        self.reason = state["reason"]


class SnapshottedAccount(Account):
    snapshot_every = 2
