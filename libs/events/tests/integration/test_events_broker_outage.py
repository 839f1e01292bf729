"""The relay through a real broker outage: a broker of this test's own (so that stopping it
disturbs nobody) is killed while events keep being committed, then restarted."""

from __future__ import annotations

import asyncio
import base64
import os
import signal
import socket
import subprocess
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import ouvrage_events as es
import pytest
import pytest_asyncio
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from ouvrage_events.runtime.kafka import client_options

PROPERTIES = """\
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=127.0.0.1:{controller}
listeners=PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{controller}
advertised.listeners=PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{controller}
controller.listener.names=CONTROLLER
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs={data}
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _kafka_libs() -> Path:
    root = Path(os.environ.get("OUVRAGE_LOCAL_DIR", Path(__file__).parents[4] / ".local"))
    libs = root / "kafka" / "libs"
    if not any(libs.glob("kafka_2.13-*.jar")):
        pytest.fail(f"no Kafka jars in {libs}: run `make infra-up` first", pytrace=False)
    return libs


class Broker:
    """A single-node KRaft broker on free ports, in a directory of the test's own."""

    def __init__(self, base: Path) -> None:
        self.libs = _kafka_libs()
        self.port, self.controller = _free_port(), _free_port()
        self.props = base / "server.properties"
        self.props.write_text(
            PROPERTIES.format(port=self.port, controller=self.controller, data=base / "data")
        )
        self.log = base / "broker.out"
        self.process: subprocess.Popen[bytes] | None = None
        cluster = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
        subprocess.run(
            self._java("kafka.tools.StorageTool", "format", "-t", cluster,
                       "-c", str(self.props), "--standalone"),
            check=True, capture_output=True,
        )  # fmt: skip

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    def _java(self, *args: str) -> list[str]:
        return ["java", "-Xmx256m", "-cp", f"{self.libs}/*", *args]

    def start(self) -> None:
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(
                self._java("kafka.Kafka", str(self.props)), stdout=out, stderr=out
            )

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)

    async def ready(self, timeout: float = 90) -> None:
        async with asyncio.timeout(timeout):
            while True:
                admin = AIOKafkaAdminClient(**client_options(self.bootstrap))
                try:
                    await admin.start()
                    await admin.list_topics()
                    return
                except Exception:
                    await asyncio.sleep(0.5)
                finally:
                    await admin.close()


@pytest.fixture
def broker(tmp_path: Path) -> Iterator[Broker]:
    b = Broker(tmp_path)
    b.start()
    yield b
    if b.process and b.process.poll() is None:
        b.kill()


@pytest_asyncio.fixture(loop_scope="session")
async def ready_broker(broker: Broker) -> AsyncIterator[Broker]:
    await broker.ready()
    admin = AIOKafkaAdminClient(**client_options(broker.bootstrap))
    await admin.start()
    try:
        await admin.create_topics([NewTopic("outage", 6, 1)])
    finally:
        await admin.close()
    yield broker


async def test_nothing_is_lost_when_the_broker_dies_and_comes_back(
    kit: Any, ready_broker: Broker
) -> None:
    relay = es.Relay(kit.dsn, ready_broker.bootstrap, service="clients", topic="outage")
    task = asyncio.create_task(relay.run())
    try:
        before = await kit.blocks(50, per_account=5)
        await kit.read_topic(ready_broker.bootstrap, "outage", len(before))
        ready_broker.kill()
        during = await kit.blocks(100, per_account=5)  # commands still succeed
        await asyncio.sleep(1)  # the relay is failing and retrying meanwhile
        assert not task.done()
        ready_broker.start()
        await ready_broker.ready()
        records = await kit.read_topic(
            ready_broker.bootstrap, "outage", len(before) + len(during), timeout=90
        )
    finally:
        relay.stop()
        await asyncio.wait_for(task, 30)
    assert {e.event_id for _, e in records} == {e.event_id for e in before + during}
    streams: dict[Any, list[int]] = {}
    for _, env in records:
        streams.setdefault(env.aggregate_id, []).append(env.sequence)
    for sequences in streams.values():
        # at least once (a batch cut by the outage is sent again whole), and each version first
        # arrives after the one before it, so a consumer deduplicating by event id sees order
        first_seen = list(dict.fromkeys(sequences))
        assert first_seen == list(range(1, max(sequences) + 1))


async def test_a_consumer_started_before_its_broker_waits_for_it(kit: Any, tmp_path: Path) -> None:
    broker = Broker(tmp_path)  # formatted, not started: the service starts first
    consumer = es.Consumer(
        service="test", projection=kit.counter, pool=kit.pool, bootstrap=broker.bootstrap,
        topics=["late"], group_id="late-broker", backoff=0.2,
    )  # fmt: skip
    task = asyncio.create_task(consumer.run())
    try:
        await asyncio.sleep(1.5)
        assert not task.done()  # waiting, not crashed
        broker.start()
        await broker.ready()
        admin = AIOKafkaAdminClient(**client_options(broker.bootstrap))
        await admin.start()
        try:
            await admin.create_topics([NewTopic("late", 6, 1)])
        finally:
            await admin.close()
        relay = es.Relay(kit.dsn, broker.bootstrap, service="clients", topic="late")
        relay_task = asyncio.create_task(relay.run())
        written = await kit.blocks(20, per_account=2)
        async with asyncio.timeout(90):
            while len(await kit.effects()) < len(written):
                await asyncio.sleep(0.1)
        relay.stop()
        await relay_task
    finally:
        consumer.stop()
        await asyncio.wait_for(task, 30)
        if broker.process and broker.process.poll() is None:
            broker.kill()
    assert {r["event_id"] for r in await kit.effects()} == {e.event_id for e in written}
