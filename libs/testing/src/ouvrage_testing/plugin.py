"""pytest plugin: fixtures on the real infrastructure that `make infra-up` starts.

Environment variables point them elsewhere: OUVRAGE_TEST_PG_DSN, OUVRAGE_TEST_KAFKA_BOOTSTRAP
(and the broker's security, OUVRAGE_TEST_KAFKA_*: see ouvrage_testing.kafka_access),
OUVRAGE_TEST_SMTP_HOST, OUVRAGE_TEST_SMTP_PORT, OUVRAGE_TEST_SMTP_API. Nothing is skipped: an
unreachable component fails the tests that need it, saying how to start it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING

import pytest
import pytest_asyncio
from ouvrage_events.runtime.kafka import register_security

from ouvrage_testing import containers, settings
from ouvrage_testing.kafka import TopicFactory
from ouvrage_testing.kafka_access import KafkaAccess, kafka_access
from ouvrage_testing.postgres import DatabaseFactory
from ouvrage_testing.smtp import SmtpSink

if TYPE_CHECKING:
    from ouvrage_testing.dns import DnsServerHandle


def pytest_report_header() -> str:
    host, port, api = settings.smtp()
    return (
        f"ouvrage infra: pg={settings.redact(settings.pg_dsn().value)} "
        f"kafka={_described_kafka()} smtp={host}:{port} ({api})"
    )


def _described_kafka() -> str:
    try:
        return kafka_access().describe()
    except RuntimeError as error:  # no credentials yet: the Kafka tests fail saying so
        return f"{settings.kafka_bootstrap().value} ({error})"


def _resolve(
    what: str,
    endpoint: settings.Endpoint,
    reachable: Callable[[str], bool],
    start_container: Callable[[], tuple[str, containers.Stop]],
    variable: str,
) -> Iterator[str]:
    if reachable(endpoint.value):
        yield endpoint.value
        return
    if not endpoint.configured and settings.docker_available():
        value, stop = start_container()
        try:
            yield value
        finally:
            stop()
        return
    shown = settings.redact(endpoint.value)
    pytest.fail(
        f"{what} is not reachable at {shown}: {settings.START_HINT}, or set {variable}",
        pytrace=False,
    )


@pytest.fixture(scope="session")
def pg_admin_dsn() -> Iterator[str]:
    """DSN of a superuser on the test PostgreSQL server (database `postgres`)."""
    yield from _resolve(
        "PostgreSQL",
        settings.pg_dsn(),
        settings.dsn_reachable,
        containers.start_postgres,
        "OUVRAGE_TEST_PG_DSN",
    )


@pytest_asyncio.fixture(loop_scope="session", scope="session")
async def fresh_database(pg_admin_dsn: str) -> AsyncIterator[DatabaseFactory]:
    """Factory: `await fresh_database("prefix")` -> DSN of a new empty database."""
    factory = DatabaseFactory(pg_admin_dsn)
    await factory.sweep_stale()
    yield factory
    await factory.drop_all()


@pytest_asyncio.fixture(loop_scope="session", scope="module")
async def database_dsn(
    fresh_database: DatabaseFactory, request: pytest.FixtureRequest
) -> AsyncIterator[str]:
    """DSN of a new empty database shared by the tests of one module."""
    module = request.module.__name__.rsplit(".", 1)[-1].removeprefix("test_")
    dsn = await fresh_database(module)
    yield dsn
    await fresh_database.drop(dsn)


@pytest.fixture(scope="session")
def kafka_access_settings() -> KafkaAccess:
    """The test broker's address, the administrator's security, the services' credentials."""
    try:
        return kafka_access()
    except RuntimeError as error:
        pytest.fail(str(error), pytrace=False)


@pytest.fixture(scope="session")
def kafka_bootstrap(kafka_access_settings: KafkaAccess) -> Iterator[str]:
    """bootstrap.servers of the test Kafka cluster; every client of it made with the runtime's
    ``client_options`` authenticates as the tests' administrator."""
    for bootstrap in _resolve(
        "Kafka",
        settings.kafka_bootstrap(),
        settings.bootstrap_reachable,
        containers.start_kafka,
        "OUVRAGE_TEST_KAFKA_BOOTSTRAP",
    ):
        register_security(bootstrap, kafka_access_settings.security)
        yield bootstrap


@pytest_asyncio.fixture(loop_scope="session", scope="session")
async def _ouvrage_topics(kafka_bootstrap: str) -> AsyncIterator[TopicFactory]:
    factory = TopicFactory(kafka_bootstrap)
    yield factory
    await factory.close()


@pytest_asyncio.fixture(loop_scope="session")
async def topic_factory(_ouvrage_topics: TopicFactory) -> TopicFactory:
    """Factory: `await topic_factory("clients", partitions=6)` -> name of a new topic."""
    return _ouvrage_topics


@pytest.fixture(scope="session")
def smtp_sink() -> SmtpSink:
    """The SMTP sink: `.host`, `.port`, `await .messages()`, `await .wait_for(pred)`."""
    host, port, api = settings.smtp()
    if not settings.tcp_reachable(host, port):
        pytest.fail(
            f"the SMTP sink is not reachable at {host}:{port}: {settings.START_HINT}, "
            "or set OUVRAGE_TEST_SMTP_HOST/OUVRAGE_TEST_SMTP_PORT/OUVRAGE_TEST_SMTP_API",
            pytrace=False,
        )
    return SmtpSink(host, port, api)


@pytest.fixture(scope="session")
def dns_server() -> Iterator[DnsServerHandle]:
    """A real DNS server (UDP, 127.0.0.1, free port): `.address`, `.zone.spf(domain, record)`."""
    from ouvrage_testing.dns import running_dns_server  # dnslib: only for the tests that use it

    with running_dns_server() as handle:
        yield handle
