"""The relay on the real PostgreSQL and Kafka: order, late commits, crashes, failover."""

from __future__ import annotations

import asyncio
import contextlib
from collections import defaultdict
from typing import Any
from uuid import uuid4

import ouvrage_events as es


def _relay(kit: Any, bootstrap: str, topic: str, **kw: Any) -> es.Relay:
    return es.Relay(kit.dsn, bootstrap, service="clients", topic=topic, **kw)


@contextlib.asynccontextmanager
async def running(relay: es.Relay) -> Any:
    task = asyncio.create_task(relay.run())
    try:
        yield task
    finally:
        relay.stop()
        await asyncio.wait_for(task, 15)


def _by_stream(records: list[tuple[bytes, es.Envelope]]) -> dict[Any, list[int]]:
    streams: dict[Any, list[int]] = defaultdict(list)
    for key, env in records:
        assert key == str(env.aggregate_id).encode()
        streams[env.aggregate_id].append(env.sequence)
    return streams


async def test_events_are_published_as_cloudevents_in_stream_order(
    kit: Any, kafka_bootstrap: str, topic: str
) -> None:
    written = await kit.blocks(60, per_account=6)
    async with running(_relay(kit, kafka_bootstrap, topic)):
        records = await kit.read_topic(kafka_bootstrap, topic, len(written))
    assert {e.event_id for _, e in records} == {e.event_id for e in written}
    assert [e for _, e in records if e.event_id == written[0].event_id] == [written[0]]
    for sequences in _by_stream(records).values():
        assert sequences == sorted(sequences)
        assert len(sequences) == 6


async def test_a_late_commit_is_never_skipped_and_order_is_kept(
    kit: Any, kafka_bootstrap: str, topic: str
) -> None:
    [x1] = await kit.blocks(1)
    x = x1.aggregate_id
    async with running(_relay(kit, kafka_bootstrap, topic, poll_interval=0.05)):
        slow = kit.uow()
        await slow.__aenter__()
        try:
            y = kit.Account(uuid4())
            slow.add(y)
            y.block("slow")
            await slow.flush()  # the lower transaction id, still running
            async with kit.uow() as fast:  # a higher transaction id, committed first
                (await fast.load(kit.Account, x)).block("fast")
                await fast.commit()
            await asyncio.sleep(0.5)  # the relay runs meanwhile and must hold "fast" back
            so_far = await kit.read_topic(kafka_bootstrap, topic, 1)
            assert [e.payload["reason"] for _, e in so_far] == ["raison 0"]
            await slow.commit()
        finally:
            await slow.__aexit__(None, None, None)
        async with kit.uow() as third:
            (await third.load(kit.Account, x)).unblock()
            await third.commit()
        records = await kit.read_topic(kafka_bootstrap, topic, 4)
    streams = _by_stream(records)
    assert streams[x] == [1, 2, 3]
    assert streams[y.id] == [1]


async def test_a_relay_killed_mid_batch_loses_nothing_and_effects_apply_once(
    kit: Any, kafka_bootstrap: str, topic: str
) -> None:
    written = await kit.blocks(400, per_account=4)
    relay = _relay(kit, kafka_bootstrap, topic, batch_size=25)
    task = asyncio.create_task(relay.run())
    while await kit.pool.fetchval("SELECT count(*) FROM es_relay_checkpoints") == 0:
        await asyncio.sleep(0.005)
    task.cancel()  # a crash: no graceful stop, the batch in hand is abandoned
    with contextlib.suppress(asyncio.CancelledError):
        await task
    checkpoint = await kit.pool.fetchval("SELECT position FROM es_relay_checkpoints")
    assert checkpoint < max(await kit.pool.fetch("SELECT position FROM es_events"))[0]
    async with running(_relay(kit, kafka_bootstrap, topic)):
        records = await kit.read_topic(kafka_bootstrap, topic, len(written))
    assert {e.event_id for _, e in records} == {e.event_id for e in written}
    for sequences in _by_stream(records).values():
        assert sorted(set(sequences)) == [1, 2, 3, 4]
    consumer = es.Consumer(
        service="test", projection=kit.counter, pool=kit.pool, bootstrap=kafka_bootstrap,
        topics=[topic], group_id=f"relay-crash-{uuid4()}",
    )  # fmt: skip
    task = asyncio.create_task(consumer.run())
    try:
        async with asyncio.timeout(60):
            while len(await kit.effects()) < len(written):
                await asyncio.sleep(0.1)
    finally:
        consumer.stop()
        await task
    effects = await kit.effects()
    assert len(effects) == len(written)
    assert {r["times"] for r in effects} == {1}


async def test_a_standby_takes_over_when_the_leader_dies(
    kit: Any, kafka_bootstrap: str, topic: str
) -> None:
    leader = _relay(kit, kafka_bootstrap, topic, standby_interval=0.1)
    standby = _relay(kit, kafka_bootstrap, topic, standby_interval=0.1)
    leader_task = asyncio.create_task(leader.run())
    while not leader.is_leader:
        await asyncio.sleep(0.01)
    async with running(standby):
        await asyncio.sleep(0.3)
        assert not standby.is_leader
        first = await kit.blocks(5)
        await kit.read_topic(kafka_bootstrap, topic, 5)
        leader_task.cancel()  # the leader's process dies: its session lock goes with it
        with contextlib.suppress(asyncio.CancelledError):
            await leader_task
        second = await kit.blocks(5)
        records = await kit.read_topic(kafka_bootstrap, topic, 10)
        assert standby.is_leader
    assert {e.event_id for _, e in records} >= {e.event_id for e in first + second}


async def test_the_relay_producer_is_idempotent_on_this_broker(
    kafka_bootstrap: str, topic: str
) -> None:
    """aiokafka 0.14 against Kafka 4.x: the broker grants a producer id, so retried batches are
    deduplicated by (producer id, sequence) instead of written twice."""
    from ouvrage_events.runtime.kafka import idempotent_producer

    producer = idempotent_producer(kafka_bootstrap, client_id="idempotence-check")
    await producer.start()
    try:
        metadata = await producer.send_and_wait(topic, value=b"{}", key=b"k")
        manager = producer._txn_manager  # aiokafka exposes no public accessor
        assert manager is not None
        assert manager.producer_id >= 0
        assert manager.producer_epoch >= 0
        assert metadata.offset >= 0
    finally:
        await producer.stop()


async def test_the_lag_is_the_age_of_the_oldest_unpublished_event_and_grows_while_stuck(
    kit: Any, topic: str
) -> None:
    from prometheus_client import REGISTRY

    await kit.blocks(2)
    # Nothing listens on this port (the test's own range): the relay leads, cannot publish.
    stuck = es.Relay(kit.dsn, "127.0.0.1:26099", service="lagcheck", topic=topic)
    async with running(stuck):
        async with asyncio.timeout(15):
            while stuck.oldest_pending is None:
                await asyncio.sleep(0.05)
        first = REGISTRY.get_sample_value("ouvrage_relay_lag_seconds", {"service": "lagcheck"})
        await asyncio.sleep(1.0)
        later = REGISTRY.get_sample_value("ouvrage_relay_lag_seconds", {"service": "lagcheck"})
    assert first is not None and later is not None
    assert later >= first + 0.9  # it moves although nothing is published


async def test_the_lag_is_zero_once_everything_is_published(
    kit: Any, kafka_bootstrap: str, topic: str
) -> None:
    written = await kit.blocks(3)
    relay = _relay(kit, kafka_bootstrap, topic, poll_interval=0.05)
    async with running(relay):
        await kit.read_topic(kafka_bootstrap, topic, len(written))
        async with asyncio.timeout(15):
            while relay.lag_seconds() != 0.0:
                await asyncio.sleep(0.05)
    assert relay.oldest_pending is None
