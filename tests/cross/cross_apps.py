"""Each service's real app, built from its own bootstrap on a fresh database and unique topics,
for the cross-service tests (one place, so a bootstrap change is followed once)."""

from __future__ import annotations

from dataclasses import dataclass

from clients.bootstrap import RuntimeOptions as ClientsRuntime
from clients.bootstrap import create_app as create_clients_app
from clients.bootstrap import migrate as migrate_clients
from clients.settings import ClientsSettings
from fastapi import FastAPI
from notifier.bootstrap import Overrides
from notifier.bootstrap import create_app as create_notifier_app
from notifier.bootstrap import migrate as migrate_notifier
from notifier.settings import NotifierSettings
from ouvrage_platform.testing import TokenMinter
from ouvrage_testing import DatabaseFactory
from ouvrage_testing.smtp import SmtpSink
from planning.bootstrap import RuntimeOptions as PlanningRuntime
from planning.bootstrap import create_app as create_planning_app
from planning.bootstrap import migrate as migrate_planning
from planning.settings import PlanningSettings


@dataclass(frozen=True)
class Wiring:
    """What every app of one test shares: databases, broker, topics, token keys, groups."""

    fresh_database: DatabaseFactory
    kafka: str
    topics: dict[str, str]
    minter: TokenMinter
    suffix: str
    prefix: str


async def clients_app(w: Wiring) -> FastAPI:
    settings = ClientsSettings(
        database_url=await w.fresh_database(f"{w.prefix}_clients"), kafka_bootstrap=w.kafka
    )
    await migrate_clients(settings)
    return create_clients_app(
        settings,
        verifier=w.minter.verifier(),
        runtime=ClientsRuntime(relay_topic=w.topics["clients"], group_suffix=w.suffix),
    )


async def planning_app(w: Wiring) -> FastAPI:
    settings = PlanningSettings(
        database_url=await w.fresh_database(f"{w.prefix}_planning"), kafka_bootstrap=w.kafka
    )
    await migrate_planning(settings)
    return create_planning_app(
        settings,
        verifier=w.minter.verifier(),
        runtime=PlanningRuntime(
            relay_topic=w.topics["planning"],
            topics={
                "directory": [w.topics["identity"]],
                "catalog_seeding": [w.topics["identity"]],
                "clients_view": [w.topics["clients"]],
            },
            group_suffix=w.suffix,
        ),
    )


async def notifier_app(w: Wiring, smtp_sink: SmtpSink, notified: list[str]) -> FastAPI:
    """The notifier, its notifications consuming the topics of the services in `notified`."""
    settings = NotifierSettings(
        database_url=await w.fresh_database(f"{w.prefix}_notifier"),
        kafka_bootstrap=w.kafka,
        smtp_host=smtp_sink.host,
        smtp_port=smtp_sink.port,
        environment="test",
    )
    await migrate_notifier(settings)
    return create_notifier_app(
        settings,
        verifier=w.minter.verifier(),
        overrides=Overrides(
            topics={
                "directory": [w.topics[s] for s in ("identity", "clients", "planning")],
                "notifications": [w.topics[s] for s in notified],
            },
            relay_topic=w.topics["notifier"],
            group_suffix=w.suffix,
        ),
    )
