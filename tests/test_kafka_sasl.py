"""The authenticated broker (issue 13, part 3): SASL/SCRAM-SHA-512 with one principal per service
and ACLs. Each attack is performed and refused.

They run against the broker of `make test` itself (the launcher's default is this SASL broker,
deploy/local/infra_kafka_sasl.py) when the tests' broker is authenticated and its credentials
name every service; on a PLAINTEXT test broker (chosen explicitly) they start a SASL broker of
their own (own data dir and ports). Nothing is written to a real ``ouvrage.<service>.events``
topic: the allowed writes go to throw-away ``ouvrage.<service>.acl-test-*.dlq`` topics."""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
import tempfile
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient
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
from ouvrage_testing.kafka_access import KafkaAccess

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "deploy" / "local"))

from infra_common import SERVICES, local_dir  # noqa: E402
from infra_kafka_sasl import READS, SaslKafka  # noqa: E402

# Inside the session's own port range (OUVRAGE_E2E_PORT_BASE .. +99), away from the e2e services.
PORT_BASE = int(os.environ.get("OUVRAGE_E2E_PORT_BASE", "22000"))
PORT = int(os.environ.get("OUVRAGE_TEST_SASL_KAFKA_PORT", str(PORT_BASE + 89)))


class Broker:
    def __init__(self, bootstrap: str, passwords: dict[str, str], default: bool) -> None:
        self.bootstrap = bootstrap
        self.passwords = passwords
        self.default = default  # the broker of `make test` (the tests' own broker)

    def security(self, user: str, password: str | None = None) -> KafkaSecurity:
        return KafkaSecurity("SASL_PLAINTEXT", username=user,
                             password=password or self.passwords[user])  # fmt: skip

    def options(self, user: str) -> dict[str, Any]:
        return {"bootstrap_servers": self.bootstrap, **self.security(user).options()}


def _default_broker(access: KafkaAccess) -> Broker | None:
    """The tests' broker, if it is authenticated and we hold every service's password."""
    if access.security.protocol != "SASL_PLAINTEXT":
        return None
    passwords = access.passwords()
    if not {"admin", *SERVICES} <= set(passwords):
        return None
    return Broker(access.bootstrap, passwords, default=True)


@pytest.fixture(scope="session")
def sasl_broker(kafka_access_settings: KafkaAccess) -> Iterator[Broker]:
    """The default broker of `make test`, else a SASL broker of this session (stopped after)."""
    if (default := _default_broker(kafka_access_settings)) is not None:
        yield default
        return
    local = Path(tempfile.mkdtemp(prefix="ouvrage-sasl-kafka-"))
    kafka = SaslKafka(local, port=PORT, controller_port=PORT + 1,
                      libs=local_dir() / "kafka" / "libs")  # fmt: skip
    try:
        kafka.up()
        yield Broker(kafka.bootstrap, kafka.credentials(), default=False)
    finally:
        kafka.down()
        shutil.rmtree(local, ignore_errors=True)


@pytest_asyncio.fixture(loop_scope="session")
async def made_topics(sasl_broker: Broker) -> AsyncIterator[list[str]]:
    """Topics a test made (``ouvrage.<service>.acl-test-*.dlq``), deleted by the administrator."""
    made: list[str] = []
    yield made
    if made:
        admin = AIOKafkaAdminClient(**sasl_broker.options("admin"))
        await admin.start()
        try:
            await admin.delete_topics(made)
        finally:
            await admin.close()


def _dlq(service: str) -> str:
    return f"ouvrage.{service}.acl-test-{uuid.uuid4().hex[:8]}.dlq"


async def _produce(options: dict[str, Any], topic: str) -> None:
    producer = AIOKafkaProducer(**options, request_timeout_ms=10000)
    await producer.start()
    try:
        await asyncio.wait_for(producer.send_and_wait(topic, b"{}", key=b"k"), 20)
    finally:
        await producer.stop()


async def _join(options: dict[str, Any], topic: str, group: str) -> int:
    """Join ``group`` on ``topic`` and fetch once (nothing is committed): the partitions got."""
    consumer = AIOKafkaConsumer(topic, **options, group_id=group, auto_offset_reset="latest",
                                enable_auto_commit=False)  # fmt: skip
    try:
        await consumer.start()
        await asyncio.wait_for(consumer.getmany(timeout_ms=1500), 20)
        while not consumer.assignment():
            await asyncio.wait_for(consumer.getmany(timeout_ms=500), 20)
        return len(consumer.assignment())
    finally:
        await consumer.stop()


def test_every_service_reads_only_what_its_projections_consume() -> None:
    """The ACL table of the launcher follows the services' code."""
    from actions import bootstrap as actions
    from clients import bootstrap as clients
    from identity import bootstrap as identity
    from notifier.app.notification_reaction import notifications_schema
    from planning import bootstrap as planning
    from sales import bootstrap as sales

    def services(projections: Any) -> tuple[str, ...]:
        return tuple(sorted({s for p in projections for s in p.services()}))

    consumed = {
        "identity": services(identity.CONSUMED.values()),
        "clients": services(clients.CONSUMED_PROJECTIONS.values()),
        "actions": services(actions.consumed_projections(None)),  # type: ignore[arg-type]
        "planning": services(planning.CONSUMED),
        "sales": services(sales.CONSUMED_PROJECTIONS.values()),
    }
    for service, reads in consumed.items():
        assert tuple(sorted(READS[service])) == reads, service
    assert set(READS) == set(SERVICES)
    assert "notifier" not in READS["notifier"]
    assert notifications_schema().name  # the notifier reads the four others' topics


async def test_an_authorised_produce_and_consume_work(
    sasl_broker: Broker, made_topics: list[str]
) -> None:
    dlq = _dlq("clients")
    register_security(sasl_broker.bootstrap, sasl_broker.security("clients"))
    try:  # clients creates and writes its own dead-letter topic
        await ensure_topics(sasl_broker.bootstrap, [dlq], TopicSpec(partitions=1))
    finally:
        register_security(sasl_broker.bootstrap, sasl_broker.security("admin"))
    made_topics.append(dlq)
    await _produce(sasl_broker.options("clients"), dlq)
    # actions reads clients' topic, in a group of its own prefix
    group = f"actions.acl-test.{uuid.uuid4().hex[:6]}"
    assert await _join(sasl_broker.options("actions"), "ouvrage.clients.events", group) == 6


async def test_the_runtime_clients_authenticate_from_the_registered_settings(
    sasl_broker: Broker, made_topics: list[str]
) -> None:
    dlq = _dlq("planning")
    register_security(sasl_broker.bootstrap, sasl_broker.security("planning"))
    try:
        assert client_options(sasl_broker.bootstrap)["sasl_plain_username"] == "planning"
        await ensure_topics(sasl_broker.bootstrap, [dlq], TopicSpec(partitions=1))
        made_topics.append(dlq)
        producer = idempotent_producer(sasl_broker.bootstrap, client_id="planning-relay")
        await producer.start()
        try:
            await producer.send_and_wait(dlq, b"{}", key=b"k")
            with pytest.raises(TopicAuthorizationFailedError):
                await producer.send_and_wait("ouvrage.clients.events", b"{}", key=b"k")
        finally:
            await producer.stop()
    finally:  # the other tests' clients of this broker are the administrator again
        register_security(sasl_broker.bootstrap, sasl_broker.security("admin"))


async def test_a_service_cannot_write_another_services_topic(sasl_broker: Broker) -> None:
    for topic in ("ouvrage.identity.events", "ouvrage.actions.planning_directory.dlq"):
        with pytest.raises(TopicAuthorizationFailedError):
            await _produce(sasl_broker.options("clients"), topic)


async def test_a_service_cannot_read_a_topic_it_does_not_consume(sasl_broker: Broker) -> None:
    with pytest.raises(TopicAuthorizationFailedError):
        await _join(sasl_broker.options("clients"), "ouvrage.actions.events",
                    f"clients.acl-test.{uuid.uuid4().hex[:6]}")  # fmt: skip


async def test_a_service_cannot_use_another_services_group(sasl_broker: Broker) -> None:
    """clients may read identity's topic, but not as (or over the offsets of) an actions group."""
    with pytest.raises(GroupAuthorizationFailedError):
        await _join(sasl_broker.options("clients"), "ouvrage.identity.events",
                    "actions.token_revocations")  # fmt: skip


async def test_anonymous_and_wrong_password_clients_are_refused(sasl_broker: Broker) -> None:
    with pytest.raises(KafkaConnectionError):
        await _produce({"bootstrap_servers": sasl_broker.bootstrap}, "ouvrage.clients.events")
    wrong = {"bootstrap_servers": sasl_broker.bootstrap,
             **sasl_broker.security("clients", "pas-le-bon").options()}  # fmt: skip
    # aiokafka reports the broker's SASL refusal as a failed bootstrap.
    with pytest.raises((SaslAuthenticationFailed, KafkaConnectionError)):
        await _produce(wrong, "ouvrage.clients.events")


def test_the_default_broker_of_make_test_is_the_authenticated_one(
    kafka_access_settings: KafkaAccess, sasl_broker: Broker
) -> None:
    """Unless a PLAINTEXT broker was chosen explicitly, the attacks above ran on the tests' own
    broker, the one `make test` and CI start."""
    if not kafka_access_settings.authenticated:  # kafka_access: PLAINTEXT only when chosen
        pytest.skip(f"a PLAINTEXT test broker was chosen: {kafka_access_settings.describe()}")
    assert sasl_broker.default and sasl_broker.bootstrap == kafka_access_settings.bootstrap
