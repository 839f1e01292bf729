"""The notifier's alert handler on the in-memory store: given an alert, when marked read
through the pipeline, then AlertMarkedRead or the error (no PostgreSQL, no Kafka)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any
from uuid import UUID, uuid4

import ouvrage_events as es
import pytest
from notifier.app import alert_handlers, alert_queries
from notifier.domain.alert import Alert
from notifier.domain.errors import AlertNotFoundError
from ouvrage_testing.memory import InMemory, caller, in_memory

TENANT, PAUL = uuid4(), uuid4()


@pytest.fixture
def world(monkeypatch: pytest.MonkeyPatch) -> InMemory:
    world = in_memory()

    async def get(conn: Any, tenant_id: UUID, user_id: UUID, alert_id: UUID) -> Any:
        stream = await world.store.read_stream(conn, alert_id)
        if not stream or stream[0].tenant_id != tenant_id:
            return None
        if stream[0].payload["recipient_id"] != str(user_id):
            return None
        return SimpleNamespace(alert_id=alert_id, version=stream[-1].sequence)

    monkeypatch.setattr(alert_queries, "get", get)
    return world


async def an_alert(world: InMemory, recipient: UUID = PAUL) -> UUID:
    alert = Alert.raise_for(uuid4(), recipient_id=recipient, kind="action_assigned",
                            title="Action", body="À faire", link=None, source_event_id=uuid4())  # fmt: skip
    await world.given(caller(TENANT), alert)
    return alert.id


async def test_mark_read_records_it_once(world: InMemory) -> None:
    alert_id = await an_alert(world)
    await alert_handlers.mark_read(world.pipeline, caller(TENANT, PAUL), alert_id, 1)
    await alert_handlers.mark_read(world.pipeline, caller(TENANT, PAUL), alert_id, None)
    assert world.recorded(alert_id) == ["AlertRaised", "AlertMarkedRead"]


async def test_someone_elses_alert_is_not_found(world: InMemory) -> None:
    alert_id = await an_alert(world)
    with pytest.raises(AlertNotFoundError):
        await alert_handlers.mark_read(world.pipeline, caller(TENANT, uuid4()), alert_id, None)


async def test_a_stale_if_match_gives_the_current_version(world: InMemory) -> None:
    alert_id = await an_alert(world)
    with pytest.raises(es.StaleVersionError) as raised:
        await alert_handlers.mark_read(world.pipeline, caller(TENANT, PAUL), alert_id, 9)
    assert raised.value.current_version == 1
