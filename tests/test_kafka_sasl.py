"""The authenticated broker (issue 13, part 3): SASL/SCRAM-SHA-512 with one principal per service
and ACLs, on a broker of this test session (deploy/local/infra_kafka_sasl.py, its own data dir
and ports; the shared PLAINTEXT broker is not touched). Each attack is performed and refused."""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.errors import (
    GroupAuthorizationFailedError,
    KafkaConnectionError,
    SaslAuthenticationFailed,
    TopicAuthorizationFailedError,
)
from ouvrage_events.runtime.kafka import (
    KafkaSecurity,
    TopicSpec,
    client_options,
    ensure_topics,
    idempotent_producer,
    register_security,
)

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "deploy" / "local"))

from infra_common import SERVICES, local_dir  # noqa: E402
from infra_kafka_sasl import READS, SaslKafka  # noqa: E402

# Inside the session's own port range (OUVRAGE_E2E_PORT_BASE .. +99), away from the e2e services.
PORT_BASE = int(os.environ.get("OUVRAGE_E2E_PORT_BASE", "22000"))
PORT = int(os.environ.get("OUVRAGE_TEST_SASL_KAFKA_PORT", str(PORT_BASE + 89)))


class Broker:
    def __init__(self, kafka: SaslKafka) -> None:
        self.kafka = kafka
        self.bootstrap = kafka.bootstrap
        self.passwords = kafka.credentials()

    def security(self, user: str, password: str | None = None) -> KafkaSecurity:
        return KafkaSecurity("SASL_PLAINTEXT", username=user,
                             password=password or self.passwords[user])  # fmt: skip

    def options(self, user: str) -> dict[str, Any]:
        return {"bootstrap_servers": self.bootstrap, **self.security(user).options()}


@pytest.fixture(scope="session")
def sasl_broker() -> Iterator[Broker]:
    """A SASL broker with the services' ACLs, started once per session, stopped after."""
    local = Path(tempfile.mkdtemp(prefix="ouvrage-sasl-kafka-"))
    kafka = SaslKafka(local, port=PORT, controller_port=PORT + 1,
                      libs=local_dir() / "kafka" / "libs")  # fmt: skip
    try:
        kafka.up()
        yield Broker(kafka)
    finally:
        kafka.down()
        shutil.rmtree(local, ignore_errors=True)


async def _produce(options: dict[str, Any], topic: str) -> None:
    producer = AIOKafkaProducer(**options, request_timeout_ms=10000)
    await producer.start()
    try:
        await asyncio.wait_for(producer.send_and_wait(topic, b"{}", key=b"k"), 20)
    finally:
        await producer.stop()


async def _consume_one(options: dict[str, Any], topic: str, group: str) -> bytes | None:
    consumer = AIOKafkaConsumer(topic, **options, group_id=group, auto_offset_reset="earliest")
    try:
        await consumer.start()
        record = await asyncio.wait_for(consumer.getone(), 20)
        value: bytes | None = record.value
        return value
    finally:
        await consumer.stop()


def test_every_service_reads_only_what_its_projections_consume() -> None:
    """The ACL table of the launcher follows the services' code."""
    from actions import bootstrap as actions
    from clients import bootstrap as clients
    from notifier.app.directory_projection import directory
    from notifier.app.rules import RULES
    from planning import bootstrap as planning
    from sales import bootstrap as sales

    def services(projections: Any) -> tuple[str, ...]:
        return tuple(sorted({s for p in projections for s in p.services()}))

    consumed = {
        "identity": (),
        "clients": services(clients.CONSUMED_PROJECTIONS.values()),
        "actions": services(actions.consumed_projections(None)),  # type: ignore[arg-type]
        "planning": services(planning.CONSUMED),
        "sales": services(sales.CONSUMED_PROJECTIONS.values()),
        # the directory, and the rules' events: EmailFailed and SenderDomainMisconfigured are
        # the notifier's own, read back to alert people (FAQ « not delivery »)
        "notifier": tuple(sorted({e.service for e in RULES} | set(directory.services()))),
    }
    for service, reads in consumed.items():
        assert tuple(sorted(READS[service])) == reads, service
    assert set(READS) == set(SERVICES)


async def test_an_authorised_produce_and_consume_work(sasl_broker: Broker) -> None:
    await _produce(sasl_broker.options("clients"), "ouvrage.clients.events")
    got = await _consume_one(sasl_broker.options("actions"), "ouvrage.clients.events",
                             f"actions.acl-test.{uuid.uuid4().hex[:6]}")  # fmt: skip
    assert got == b"{}"


async def test_the_runtime_clients_authenticate_from_the_registered_settings(
    sasl_broker: Broker,
) -> None:
    register_security(sasl_broker.bootstrap, sasl_broker.security("planning"))
    assert client_options(sasl_broker.bootstrap)["sasl_plain_username"] == "planning"
    dlq = f"ouvrage.planning.acl-test-{uuid.uuid4().hex[:6]}.dlq"
    await ensure_topics(sasl_broker.bootstrap, [dlq], TopicSpec(partitions=1))  # its DLQ: allowed
    producer = idempotent_producer(sasl_broker.bootstrap, client_id="planning-relay")
    await producer.start()
    try:
        await producer.send_and_wait("ouvrage.planning.events", b"{}", key=b"k")
        await producer.send_and_wait(dlq, b"{}", key=b"k")
        with pytest.raises(TopicAuthorizationFailedError):
            await producer.send_and_wait("ouvrage.clients.events", b"{}", key=b"k")
    finally:
        await producer.stop()


async def test_a_service_cannot_write_another_services_topic(sasl_broker: Broker) -> None:
    for topic in ("ouvrage.identity.events", "ouvrage.actions.planning_directory.dlq"):
        with pytest.raises(TopicAuthorizationFailedError):
            await _produce(sasl_broker.options("clients"), topic)


async def test_a_service_cannot_read_a_topic_it_does_not_consume(sasl_broker: Broker) -> None:
    with pytest.raises(TopicAuthorizationFailedError):
        await _consume_one(sasl_broker.options("clients"), "ouvrage.actions.events",
                           f"clients.acl-test.{uuid.uuid4().hex[:6]}")  # fmt: skip


async def test_a_service_cannot_use_another_services_group(sasl_broker: Broker) -> None:
    """clients may read identity's topic, but not as (or over the offsets of) an actions group."""
    with pytest.raises(GroupAuthorizationFailedError):
        await _consume_one(sasl_broker.options("clients"), "ouvrage.identity.events",
                           "actions.token_revocations")  # fmt: skip


async def test_anonymous_and_wrong_password_clients_are_refused(sasl_broker: Broker) -> None:
    with pytest.raises(KafkaConnectionError):
        await _produce({"bootstrap_servers": sasl_broker.bootstrap}, "ouvrage.clients.events")
    wrong = {"bootstrap_servers": sasl_broker.bootstrap,
             **sasl_broker.security("clients", "pas-le-bon").options()}  # fmt: skip
    # aiokafka reports the broker's SASL refusal as a failed bootstrap.
    with pytest.raises((SaslAuthenticationFailed, KafkaConnectionError)):
        await _produce(wrong, "ouvrage.clients.events")
