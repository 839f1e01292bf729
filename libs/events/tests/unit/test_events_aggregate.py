"""Aggregates fold events into state and record new ones through command methods."""

from __future__ import annotations

from uuid import UUID, uuid4

import ouvrage_events as es
import pytest
from ouvrage_events.catalog.clients import ClientBlocked, ClientUnblocked


class BlockError(Exception):
    pass


class Account(es.Aggregate):
    stream_type = "account"

    def __init__(self, aggregate_id: UUID) -> None:
        super().__init__(aggregate_id)
        self.blocked_reason: str | None = None

    def block(self, reason: str) -> None:
        if self.blocked_reason is not None:
            raise BlockError("déjà bloqué")
        self.record(ClientBlocked(client_id=self.id, reason=reason))

    def unblock(self) -> None:
        self.record(ClientUnblocked(client_id=self.id))

    def when_ClientBlocked(self, e: ClientBlocked) -> None:
        self.blocked_reason = e.reason

    def when_ClientUnblocked(self, e: ClientUnblocked) -> None:
        self.blocked_reason = None


def test_fold_replays_history() -> None:
    aid = uuid4()
    acc = Account.fold(
        aid, [ClientBlocked(client_id=aid, reason="a"), ClientUnblocked(client_id=aid)]
    )
    assert acc.version == 2
    assert acc.blocked_reason is None
    assert acc.pending == []


def test_command_records_event_and_changes_state() -> None:
    aid = uuid4()
    acc = Account.fold(
        aid, [ClientBlocked(client_id=aid, reason="a"), ClientUnblocked(client_id=aid)]
    )
    acc.block("impayés")
    assert acc.pending == [ClientBlocked(client_id=aid, reason="impayés")]
    assert acc.version == 3
    assert acc.loaded_version == 2
    acc.mark_saved()
    assert acc.pending == []
    assert acc.loaded_version == 3


def test_invariant_refuses_without_recording() -> None:
    aid = uuid4()
    acc = Account.fold(aid, [ClientBlocked(client_id=aid, reason="a")])
    with pytest.raises(BlockError):
        acc.block("encore")
    assert acc.pending == []
    assert acc.version == 1


def test_an_event_the_aggregate_cannot_apply_is_an_error() -> None:
    from ouvrage_events.catalog.clients import ClientRestored

    with pytest.raises(TypeError):
        Account.fold(uuid4(), [ClientRestored(client_id=uuid4())])
