"""The consumer runtime on the real Kafka and PostgreSQL: exactly-once effects, poison
messages, parking and replay, unknown types, graceful shutdown."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any
from uuid import UUID, uuid4

import ouvrage_events as es
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from ouvrage_events.catalog.clients import ClientBlocked
from ouvrage_events.contract import cloudevents
from ouvrage_events.runtime.kafka import client_options
from ouvrage_events.runtime.parking import parked_streams, replay_parked
from prometheus_client import REGISTRY


def _envelope(aggregate_id: UUID, sequence: int, reason: str) -> es.Envelope:
    return es.Envelope.wrap(
        ClientBlocked(client_id=aggregate_id, reason=reason),
        aggregate_id=aggregate_id,
        aggregate_type="account",
        sequence=sequence,
        metadata=es.Metadata(tenant_id=uuid4()),
    )


async def _produce(bootstrap: str, topic: str, records: list[Any]) -> None:
    producer = AIOKafkaProducer(**client_options(bootstrap), enable_idempotence=True)
    await producer.start()
    try:
        for record in records:
            if isinstance(record, es.Envelope):
                key, value, headers = cloudevents.encode(record)
            else:
                key, value, headers = record
            await producer.send_and_wait(topic, value=value, key=key, headers=headers)
    finally:
        await producer.stop()


@contextlib.asynccontextmanager
async def consuming(kit: Any, bootstrap: str, topic: str, group: str | None = None) -> Any:
    consumer = es.Consumer(
        service="test", projection=kit.counter, pool=kit.pool, bootstrap=bootstrap,
        topics=[topic], group_id=group or f"g-{uuid4()}", backoff=0.01, max_backoff=0.05,
    )  # fmt: skip
    task = asyncio.create_task(consumer.run())
    await asyncio.wait_for(consumer.assigned.wait(), 30)
    try:
        yield consumer
    finally:
        consumer.stop()
        await asyncio.wait_for(task, 15)


async def _until(predicate: Any, timeout: float = 30) -> None:
    async with asyncio.timeout(timeout):
        while not await predicate():
            await asyncio.sleep(0.05)


async def test_a_redelivered_event_has_no_second_effect(
    kit: Any, kafka_bootstrap: str, topic: str
) -> None:
    aid = uuid4()
    first, second = _envelope(aid, 1, "a"), _envelope(aid, 2, "b")
    await _produce(kafka_bootstrap, topic, [first, first, second, first])
    async with consuming(kit, kafka_bootstrap, topic):
        await _until(lambda: _count(kit, 2))
    effects = await kit.effects()
    assert [(r["sequence"], r["times"]) for r in effects] == [(1, 1), (2, 1)]


async def _count(kit: Any, n: int) -> bool:
    return len(await kit.effects()) >= n


async def test_unknown_types_and_foreign_records_are_skipped(
    kit: Any, kafka_bootstrap: str, topic: str
) -> None:
    aid = uuid4()
    unknown = _envelope(aid, 1, "x").model_copy(update={"type": "ouvrage.clients.ClientTeleported"})
    known = _envelope(aid, 2, "known")
    await _produce(kafka_bootstrap, topic, [unknown, known])
    async with consuming(kit, kafka_bootstrap, topic):
        await _until(lambda: _count(kit, 1))
    assert [r["reason"] for r in await kit.effects()] == ["known"]


async def test_a_poison_message_is_dead_lettered_and_its_stream_parked_until_replayed(
    kit: Any, kafka_bootstrap: str, topic: str
) -> None:
    bad, good = uuid4(), uuid4()
    kit.poison.add(bad)
    records = [
        _envelope(bad, 1, "bad-1"),
        _envelope(good, 1, "good-1"),
        _envelope(bad, 2, "bad-2"),
        _envelope(good, 2, "good-2"),
    ]
    # one partition, so that "later events of the same aggregate" really come later
    single = f"{topic}-single"
    admin_topic = await _single_partition(kafka_bootstrap, single)
    await _produce(kafka_bootstrap, admin_topic, records)
    group = f"g-{uuid4()}"
    async with consuming(kit, kafka_bootstrap, admin_topic, group) as consumer:
        await _until(lambda: _count(kit, 2))
        await _until(lambda: _parked_count(kit, bad, 2))
        dlq = consumer.dlq_topic
    assert [r["reason"] for r in await kit.effects()] == ["good-1", "good-2"]
    [parked] = await parked_streams(kit.pool, "counter")
    assert parked["aggregate_id"] == bad
    assert parked["messages"] == 2
    dead = await _read_all(kafka_bootstrap, dlq)
    assert len(dead) == 1
    headers = dict(dead[0].headers)
    assert headers["x-error-type"] == b"RuntimeError"
    assert headers["x-error"].startswith(b"RuntimeError at conftest.py:")
    assert b"poisoned aggregate" not in headers["x-error"]  # messages may quote personal data
    assert headers["ce_id"] == str(records[0].event_id).encode()
    assert headers["x-original-topic"] == admin_topic.encode()
    # counted for the alerts (deploy/observability): one dead letter, one parked stream
    assert REGISTRY.get_sample_value("ouvrage_consumer_dead_letters_total", {"group": group}) == 1
    parked_gauge = {"projection": "counter"}
    assert REGISTRY.get_sample_value("ouvrage_consumer_parked_streams", parked_gauge) == 1
    lag = {"group": group, "topic": admin_topic, "partition": "0"}
    assert REGISTRY.get_sample_value("ouvrage_consumer_lag_messages", lag) == 0

    kit.poison.clear()  # the bug is fixed; an operator replays the stream
    assert await replay_parked(kit.pool, kit.counter, bad, es.registry) == 2
    reasons = [r["reason"] for r in await kit.effects()]
    assert reasons == ["good-1", "good-2", "bad-1", "bad-2"]
    assert await parked_streams(kit.pool, "counter") == []


async def test_a_payload_this_version_cannot_read_is_parked_not_fatal(
    kit: Any, kafka_bootstrap: str, topic: str
) -> None:
    unreadable, good = uuid4(), uuid4()
    broken = _envelope(unreadable, 1, "x")
    broken = broken.model_copy(update={"payload": {**broken.payload, "reason": {"pd1": "..."}}})
    await _produce(kafka_bootstrap, topic, [broken, _envelope(good, 1, "after")])
    async with consuming(kit, kafka_bootstrap, topic):
        await _until(lambda: _count(kit, 1))
        await _until(lambda: _parked_count(kit, unreadable, 1))
    assert [r["reason"] for r in await kit.effects()] == ["after"]


async def _parked_count(kit: Any, aggregate_id: UUID, n: int) -> bool:
    count = await kit.pool.fetchval(
        "SELECT count(*) FROM es_parked_messages WHERE aggregate_id = $1", aggregate_id
    )
    return bool(count >= n)


async def _single_partition(bootstrap: str, name: str) -> str:
    from aiokafka.admin import AIOKafkaAdminClient, NewTopic

    admin = AIOKafkaAdminClient(**client_options(bootstrap))
    await admin.start()
    try:
        await admin.create_topics([NewTopic(name, 1, 1)])
    finally:
        await admin.close()
    return name


async def _read_all(bootstrap: str, topic: str) -> list[Any]:
    consumer = AIOKafkaConsumer(topic, **client_options(bootstrap), auto_offset_reset="earliest")
    await consumer.start()
    try:
        batch = await consumer.getmany(timeout_ms=3000)
        return [r for recs in batch.values() for r in recs]
    finally:
        await consumer.stop()


async def test_graceful_stop_commits_offsets_and_a_restart_resumes(
    kit: Any, kafka_bootstrap: str, topic: str
) -> None:
    group = f"g-{uuid4()}"
    aid = uuid4()
    await _produce(kafka_bootstrap, topic, [_envelope(aid, i, f"r{i}") for i in (1, 2, 3)])
    async with consuming(kit, kafka_bootstrap, topic, group):
        await _until(lambda: _count(kit, 3))
    # Offsets were committed on stop: a restart of the group skips what it handled.
    await kit.pool.execute(f'TRUNCATE "{kit.counter.schema}".es_processed')
    await _produce(kafka_bootstrap, topic, [_envelope(aid, 4, "r4")])
    async with consuming(kit, kafka_bootstrap, topic, group):
        await _until(lambda: _count(kit, 4))
        await asyncio.sleep(0.5)
    effects = await kit.effects()
    assert [(r["reason"], r["times"]) for r in effects] == [
        ("r1", 1), ("r2", 1), ("r3", 1), ("r4", 1),
    ]  # fmt: skip


async def test_a_reaction_that_records_events_applies_each_once_in_order(
    kit: Any, kafka_bootstrap: str, topic: str
) -> None:
    """Handlers that append cannot share a batch transaction: the runtime falls back."""
    reaction = es.Projection("reaction", ddl="SELECT 1;")
    factory = es.UnitOfWorkFactory(kit.pool)

    @reaction.on(ClientBlocked)
    async def _unblock_mirror(conn: Any, event: ClientBlocked, env: es.Envelope) -> None:
        uow = factory.joining(conn, es.Metadata(tenant_id=env.tenant_id).caused_by(env))
        mirror = await uow.get(kit.Account, env.aggregate_id)
        if mirror is None:
            mirror = kit.Account(env.aggregate_id)
            uow.add(mirror)
        mirror.block(f"mirror of {event.reason}")
        await uow.flush()

    conn = await es.connect(kit.dsn)
    await reaction.ensure_schema(conn)
    await conn.close()
    sources = [uuid4() for _ in range(4)]
    await _produce(
        kafka_bootstrap, topic, [_envelope(a, i, f"{a}-{i}") for i in (1, 2) for a in sources]
    )
    consumer = es.Consumer(
        service="test", projection=reaction, pool=kit.pool, bootstrap=kafka_bootstrap,
        topics=[topic], group_id=f"g-{uuid4()}",
    )  # fmt: skip
    task = asyncio.create_task(consumer.run())
    try:
        await _until(lambda: _events(kit, 8))
    finally:
        consumer.stop()
        await task
    for aid in sources:
        stream = await es.EventStore().read_stream(kit.pool, aid)
        assert [e.payload["reason"] for e in stream] == [f"mirror of {aid}-1", f"mirror of {aid}-2"]
        assert all(e.causation_id is not None for e in stream)


async def _events(kit: Any, n: int) -> bool:
    return bool(await kit.pool.fetchval("SELECT count(*) FROM es_events") >= n)


async def test_records_lying_about_their_origin_are_dead_lettered_not_applied(
    kit: Any, kafka_bootstrap: str, topic: str
) -> None:
    """A service may write its own topic only; what it writes must not pass for another's
    events (ce_type vs ce_source) nor reach into another company (payload vs ce_tenantid)."""
    aid = uuid4()
    posing = _envelope(aid, 1, "posing").model_copy(update={"source": "/ouvrage/actions"})
    other_tenant = _envelope(aid, 2, "other-tenant")
    other_tenant = other_tenant.model_copy(
        update={"payload": {**other_tenant.payload, "tenant_id": str(uuid4())}}
    )
    good = _envelope(aid, 3, "good")
    group = f"g-{uuid4()}"
    await _produce(kafka_bootstrap, topic, [posing, other_tenant, good])
    async with consuming(kit, kafka_bootstrap, topic, group) as consumer:
        await _until(lambda: _count(kit, 1))
        dlq = consumer.dlq_topic
    assert [r["reason"] for r in await kit.effects()] == ["good"]
    async with asyncio.timeout(30):
        while len(dead := await _read_all(kafka_bootstrap, dlq)) < 2:
            await asyncio.sleep(0.2)
    assert {dict(d.headers)["x-error-type"] for d in dead} == {b"OriginError"}
    assert {dict(d.headers)["ce_id"] for d in dead} == {
        str(posing.event_id).encode(),
        str(other_tenant.event_id).encode(),
    }


async def test_a_payload_its_schema_refuses_is_dead_lettered_and_the_consumer_goes_on(
    kit: Any, kafka_bootstrap: str, topic: str
) -> None:
    """Before: the consumer task died on it, for every later event (a denial of service by
    whoever may write the topic)."""
    aid = uuid4()
    malformed = _envelope(aid, 1, "x").model_copy(update={"payload": {"client_id": "pas-un-uuid"}})
    good = _envelope(uuid4(), 1, "after")  # another stream: (the malformed one's is parked)
    group = f"g-{uuid4()}"
    await _produce(kafka_bootstrap, topic, [malformed, good])
    async with consuming(kit, kafka_bootstrap, topic, group) as consumer:
        await _until(lambda: _count(kit, 1))
        dlq = consumer.dlq_topic
    assert [r["reason"] for r in await kit.effects()] == ["after"]
    async with asyncio.timeout(30):
        while not (dead := await _read_all(kafka_bootstrap, dlq)):
            await asyncio.sleep(0.2)
    assert dict(dead[0].headers)["x-error-type"] == b"ValidationError"
