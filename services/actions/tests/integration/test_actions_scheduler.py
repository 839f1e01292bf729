"""The due-alert scheduler on the real database (and Kafka for the published events):
``ActionDue`` exactly once per alert time, after downtime, across restarts, with replicas."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID

import ouvrage_events as es
import pytest
import pytest_asyncio
from actions.adapters.directory import PgDirectory
from actions.adapters.scheduler import DueScheduler
from actions.app.action_handlers import ActionHandlers
from actions.app.records import ActionRecord
from actions.bootstrap import migrate, open_pool
from actions.domain.action import Action
from actions.domain.commands import CompleteAction, CreateAction, UpdateAction
from actions.domain.seeds import DEFAULT_TYPES
from actions.settings import ActionsSettings
from aiokafka import AIOKafkaConsumer
from ouvrage_events.catalog.clients import ClientContactChanged, ClientRegistered, Contact
from ouvrage_events.catalog.identity import TenantRegistered, UserRegistered
from ouvrage_events.contract import cloudevents
from ouvrage_events.runtime.kafka import client_options
from ouvrage_testing import TopicFactory

T0 = datetime(2031, 5, 4, 8, 0, tzinfo=UTC)
WAIT = 30.0


class FakeClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@dataclass
class DueWorld:
    settings: ActionsSettings
    uow_factory: es.UnitOfWorkFactory
    handlers: ActionHandlers
    tenant: UUID
    user: UUID
    client: UUID
    type_id: UUID
    clients: es.Projection

    async def create(self, alert_at: datetime, **changes: Any) -> ActionRecord:
        cmd = CreateAction(
            **{
                "client_id": self.client,
                "action_type_id": self.type_id,
                "alert_at": alert_at,
                "assignee_id": self.user,
                **changes,
            }
        )
        result = await self.handlers.create(cmd, self.metadata())
        assert isinstance(result, ActionRecord)
        return result

    def metadata(self) -> es.Metadata:
        return es.Metadata(tenant_id=self.tenant, actor_id=self.user)

    def scheduler(self, clock: Any, **options: Any) -> DueScheduler:
        return DueScheduler(self.uow_factory, clock=clock, **options)

    async def due_counts(self, action_ids: list[UUID]) -> dict[UUID, int]:
        rows = await self.uow_factory.pool.fetch(
            "SELECT stream_id, count(*) AS n FROM es_events WHERE event_type = $1 "
            "AND stream_id = ANY($2::uuid[]) GROUP BY stream_id",
            "ouvrage.actions.ActionDue",
            action_ids,
        )
        counts = {r["stream_id"]: int(r["n"]) for r in rows}
        return {a: counts.get(a, 0) for a in action_ids}

    async def wait_due(self, action_ids: list[UUID]) -> dict[UUID, int]:
        async with asyncio.timeout(WAIT):
            while True:
                counts = await self.due_counts(action_ids)
                if all(counts.values()):
                    return counts
                await asyncio.sleep(0.05)


async def _apply(
    projection: es.Projection, pool: Any, event: es.DomainEvent, aggregate: UUID, tenant: UUID
) -> None:
    """Apply another service's event through the real projection (as its consumer would)."""
    envelope = es.Envelope.wrap(
        event, aggregate_id=aggregate, aggregate_type="x", sequence=1,
        metadata=es.Metadata(tenant_id=tenant),
    )  # fmt: skip
    async with pool.acquire() as conn, conn.transaction():
        await projection.apply_tracked(conn, envelope, es.registry)


@pytest_asyncio.fixture(loop_scope="session", scope="module")
async def due_world(database_dsn: str, kafka_bootstrap: str) -> AsyncIterator[DueWorld]:
    settings = ActionsSettings(database_url=database_dsn, kafka_bootstrap=kafka_bootstrap)
    await migrate(settings)
    uow_factory, consumed = await open_pool(settings)
    tenants, users, clients = consumed[:3]
    tenant, user, client = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    pool = uow_factory.pool
    await _apply(tenants, pool, TenantRegistered(tenant_id=tenant, name="S"), tenant, tenant)
    await _apply(users, pool, UserRegistered(user_id=user, email="u@x.test", first_name="U",
                                             last_name="V"), user, tenant)  # fmt: skip
    contact = Contact(last_name="Paviere", first_name="Robert")
    registered = ClientRegistered(client_id=client, contact=contact, display_name="Paviere Robert")
    await _apply(clients, pool, registered, client, tenant)
    handlers = ActionHandlers(es.Pipeline(uow_factory), PgDirectory, lambda _at: None)
    type_id = DEFAULT_TYPES[2].id_for(tenant)  # « A faire »
    yield DueWorld(settings, uow_factory, handlers, tenant, user, client, type_id, clients)
    await pool.close()


async def test_catches_up_every_past_due_alert_after_downtime(due_world: DueWorld) -> None:
    past = [await due_world.create(T0 - timedelta(days=10, minutes=i)) for i in range(25)]
    future = await due_world.create(T0 + timedelta(hours=2))
    completed = await due_world.create(T0 - timedelta(days=1))
    await due_world.handlers.complete(CompleteAction(completed.id), due_world.metadata())
    clock = FakeClock(T0)
    scheduler = due_world.scheduler(clock, batch_size=10)

    first = await scheduler.run_once()
    second = await scheduler.run_once()

    past_ids = [a.id for a in past]
    counts = await due_world.due_counts([*past_ids, future.id, completed.id])
    assert first == 25
    assert second == 0
    assert [counts[a] for a in past_ids] == [1] * 25
    assert (counts[future.id], counts[completed.id]) == (0, 0)

    clock.now = T0 + timedelta(hours=2)
    assert await scheduler.run_once() == 1
    assert (await due_world.due_counts([future.id]))[future.id] == 1


async def test_due_event_carries_what_the_notifier_needs(due_world: DueWorld) -> None:
    action = await due_world.create(T0 - timedelta(minutes=5), share_with=[due_world.user])

    await due_world.scheduler(FakeClock(T0)).run_once()

    events = await due_world.uow_factory.store.read_stream(due_world.uow_factory.pool, action.id)
    due = events[-1]
    assert due.type == "ouvrage.actions.ActionDue"
    assert due.payload["assignee_id"] == str(due_world.user)
    assert due.payload["shared_with"] == [str(due_world.user)]
    assert due.payload["client_name"] == "Paviere Robert"
    assert due.payload["type_name"] == "A faire"
    assert datetime.fromisoformat(due.payload["alert_at"]) == T0 - timedelta(minutes=5)
    assert due.tenant_id == due_world.tenant


async def test_rescheduling_after_the_alert_makes_it_due_again_once(due_world: DueWorld) -> None:
    action = await due_world.create(T0 - timedelta(minutes=1))
    clock = FakeClock(T0)
    scheduler = due_world.scheduler(clock)
    assert await scheduler.run_once() >= 1

    later = T0 + timedelta(hours=1)
    await due_world.handlers.update(UpdateAction(action.id, alert_at=later), due_world.metadata())
    assert await scheduler.run_once() == 0
    clock.now = later
    assert await scheduler.run_once() == 1
    assert await scheduler.run_once() == 0

    events = await due_world.uow_factory.store.read_stream(due_world.uow_factory.pool, action.id)
    dues = [e.payload["alert_at"] for e in events if e.name == "ActionDue"]
    assert [datetime.fromisoformat(d) for d in dues] == [T0 - timedelta(minutes=1), later]


async def test_exactly_once_across_a_restart(due_world: DueWorld) -> None:
    clock = FakeClock(T0 + timedelta(days=1))
    before = [await due_world.create(clock.now - timedelta(seconds=i)) for i in range(10)]
    first = due_world.scheduler(clock, interval=0.05)
    task = asyncio.create_task(first.run())
    await due_world.wait_due([a.id for a in before])
    first.stop()
    await task

    # Downtime: more alerts come and go while no scheduler runs.
    during = [await due_world.create(clock.now + timedelta(minutes=i)) for i in range(1, 11)]
    clock.now += timedelta(hours=1)
    restarted_factory, _consumed = await open_pool(due_world.settings)  # a new process
    try:
        second = DueScheduler(restarted_factory, clock=clock, interval=0.05)
        task = asyncio.create_task(second.run())
        await due_world.wait_due([a.id for a in during])
        second.stop()
        await task
    finally:
        await restarted_factory.pool.close()

    counts = await due_world.due_counts([a.id for a in (*before, *during)])
    assert set(counts.values()) == {1}
    assert first.recorded == len(before)
    assert second.recorded == len(during)


@pytest.mark.parametrize("advisory_lock", [True, False], ids=["advisory-lock", "no-lock"])
async def test_two_schedulers_at_once_record_each_alert_once(
    due_world: DueWorld, advisory_lock: bool
) -> None:
    clock = FakeClock(T0 + timedelta(days=2 + int(advisory_lock)))
    actions = [await due_world.create(clock.now - timedelta(seconds=i)) for i in range(60)]
    replica, _ = await open_pool(due_world.settings)
    try:
        one = due_world.scheduler(clock, batch_size=7, use_advisory_lock=advisory_lock)
        two = DueScheduler(replica, clock=clock, batch_size=7, use_advisory_lock=advisory_lock)
        await asyncio.gather(one.run_once(), two.run_once(), one.run_once(), two.run_once())
    finally:
        await replica.pool.close()

    counts = await due_world.due_counts([a.id for a in actions])
    assert set(counts.values()) == {1}
    assert one.recorded + two.recorded == 60


async def test_the_store_lets_only_one_of_two_racing_writers_record_the_alert(
    due_world: DueWorld,
) -> None:
    action = await due_world.create(T0 - timedelta(days=3))
    metadata = es.Metadata(tenant_id=due_world.tenant)
    async with due_world.uow_factory(metadata) as first, due_world.uow_factory(metadata) as second:
        mine = await first.load(Action, action.id)
        theirs = await second.load(Action, action.id)
        mine.mark_due(T0)
        theirs.mark_due(T0)
        await first.commit()
        with pytest.raises(es.ConcurrencyError):
            await second.commit()

    assert (await due_world.due_counts([action.id]))[action.id] == 1


async def test_a_new_nearer_alert_wakes_a_sleeping_scheduler(due_world: DueWorld) -> None:
    """Interval of an hour: only the NOTIFY of the new alert can make it record within WAIT."""
    scheduler = DueScheduler(due_world.uow_factory, dsn=due_world.settings.database_url,
                             interval=3600.0)  # fmt: skip
    await scheduler.run_once()  # nothing left from earlier tests
    task = asyncio.create_task(scheduler.run())
    try:
        async with asyncio.timeout(WAIT):
            while scheduler._listener is None:
                await asyncio.sleep(0.01)
        action = await due_world.create(datetime.now(UTC) - timedelta(seconds=1))
        counts = await due_world.wait_due([action.id])
    finally:
        scheduler.stop()
        await task
    assert counts[action.id] == 1


async def test_due_alerts_reach_kafka_as_cloudevents(due_world: DueWorld) -> None:
    topics = TopicFactory(due_world.settings.kafka_bootstrap)
    topic = await topics("actions-due")
    relay = es.Relay(
        due_world.settings.database_url,
        due_world.settings.kafka_bootstrap,
        service="actions",
        topic=topic,
        name=f"test-{uuid.uuid4().hex[:6]}",
    )
    action = await due_world.create(T0 + timedelta(days=30))
    await due_world.scheduler(FakeClock(T0 + timedelta(days=30))).run_once()
    relay_task = asyncio.create_task(relay.run())
    consumer = AIOKafkaConsumer(topic, **client_options(due_world.settings.kafka_bootstrap),
                                auto_offset_reset="earliest", enable_auto_commit=False)  # fmt: skip
    await consumer.start()
    try:
        found: dict[UUID, Any] = {}
        async with asyncio.timeout(WAIT):
            while not found:
                for records in (await consumer.getmany(timeout_ms=200)).values():
                    for record in records:
                        env = cloudevents.decode(record.value, record.headers)
                        if env.aggregate_id == action.id and env.name == "ActionDue":
                            found[env.event_id] = dict(record.headers)
    finally:
        relay.stop()
        await relay_task
        await consumer.stop()
        await topics.close()
    ((event_id, headers),) = found.items()
    assert headers["ce_type"] == b"ouvrage.actions.ActionDue"
    assert headers["ce_subject"] == str(action.id).encode()
    assert headers["ce_tenantid"] == str(due_world.tenant).encode()
    assert event_id is not None


async def _stream(due_world: DueWorld, action_id: UUID) -> list[es.Envelope]:
    return list(
        await due_world.uow_factory.store.read_stream(due_world.uow_factory.pool, action_id)
    )


def _named(events: list[es.Envelope], kind: str) -> list[str]:
    return [e.payload["client_name"] for e in events if e.type == f"ouvrage.actions.{kind}"]


async def test_due_after_a_late_registration_carries_the_client_name(
    due_world: DueWorld,
) -> None:
    client = uuid.uuid4()
    action = await due_world.create(T0 - timedelta(minutes=5), client_id=client)
    assert action.client_pending and action.client_name == ""
    registered = ClientRegistered(
        client_id=client, contact=Contact(last_name="Gaël"), display_name="Gaël Brûlé"
    )

    await _apply(
        due_world.clients, due_world.uow_factory.pool, registered, client, due_world.tenant
    )
    await due_world.scheduler(FakeClock(T0)).run_once()

    events = await _stream(due_world, action.id)
    assert _named(events, "ActionAssigned") == [""]  # a past fact, left alone
    assert _named(events, "ActionClientConfirmed") == ["Gaël Brûlé"]
    assert _named(events, "ActionDue") == ["Gaël Brûlé"]


async def test_due_before_and_after_the_confirmation(due_world: DueWorld) -> None:
    client = uuid.uuid4()
    action = await due_world.create(T0 - timedelta(minutes=5), client_id=client)
    await due_world.scheduler(FakeClock(T0)).run_once()
    registered = ClientRegistered(
        client_id=client, contact=Contact(last_name="Noël"), display_name="Noël Ducœur"
    )
    await _apply(
        due_world.clients, due_world.uow_factory.pool, registered, client, due_world.tenant
    )

    later = T0 + timedelta(hours=1)
    await due_world.handlers.update(UpdateAction(action.id, alert_at=later), due_world.metadata())
    await due_world.scheduler(FakeClock(later)).run_once()

    assert _named(await _stream(due_world, action.id), "ActionDue") == ["", "Noël Ducœur"]


async def test_a_client_first_seen_by_a_contact_change_confirms_its_pending_actions(
    due_world: DueWorld,
) -> None:
    # The registration was never seen here (consumer started after it): the contact change
    # is the first news of the client.
    client = uuid.uuid4()
    action = await due_world.create(T0 - timedelta(minutes=5), client_id=client)
    changed = ClientContactChanged(
        client_id=client, contact=Contact(last_name="Ødegård"), display_name="Ødegård Zoé"
    )

    await _apply(due_world.clients, due_world.uow_factory.pool, changed, client, due_world.tenant)
    await due_world.scheduler(FakeClock(T0)).run_once()

    events = await _stream(due_world, action.id)
    assert _named(events, "ActionClientConfirmed") == ["Ødegård Zoé"]
    assert _named(events, "ActionDue") == ["Ødegård Zoé"]
