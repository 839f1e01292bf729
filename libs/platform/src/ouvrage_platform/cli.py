"""The command line every service shares: ``migrate``, ``serve``, ``rebuild``, ``parked`` and
``replay-parked``, plus the subcommands a service adds. A service's ``cli.py`` is its wiring:

    CLI = ServiceCli(
        service="clients", settings=ClientsSettings, app=bootstrap.create_clients_app,
        migrate=bootstrap.migrate, own=[clients_view], schemas=[clients_view.schema],
        commands=[Subcommand("purge-idempotency-keys", "...", _purge, _purge_arguments)],
    )
    main = CLI.main

Every command but ``serve`` logs to stderr and prints its result as JSON on stdout.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any, Generic, TypeAlias, TypeVar
from uuid import UUID

import asyncpg
import ouvrage_events as es
from fastapi import FastAPI
from ouvrage_events import privacy
from ouvrage_events.runtime import parking
from ouvrage_events.runtime import rebuild as rebuilding
from ouvrage_events.runtime.kafka import register_security

from ouvrage_platform import app as platform_app
from ouvrage_platform import preflight
from ouvrage_platform.logging import configure_logging
from ouvrage_platform.settings import ServiceSettings

S = TypeVar("S", bound=ServiceSettings)

# A consumed projection built over the command's pool (e.g. one that reacts through a unit of
# work); a projection of the service's own events is always a plain ``Projection``.
ProjectionFactory: TypeAlias = Callable[[asyncpg.Pool, S], es.Projection]
Handler: TypeAlias = Callable[[S, argparse.Namespace], Coroutine[Any, Any, int]]


def _no_arguments(_parser: argparse.ArgumentParser) -> None:
    return None


def topics_of(_settings: ServiceSettings, projection: es.Projection) -> list[str]:
    """The topics of the services whose events ``projection`` handles."""
    return sorted(es.topic_for(service) for service in projection.services())


@dataclass(frozen=True)
class Subcommand(Generic[S]):
    """A service's own subcommand: ``run(settings, args)`` returns the exit code."""

    name: str
    help: str
    run: Handler[S]
    arguments: Callable[[argparse.ArgumentParser], None] = _no_arguments


@dataclass(frozen=True)
class ServiceCli(Generic[S]):
    """One service's console script (``ouvrage-<service>``)."""

    service: str
    settings: Callable[[], S]
    app: Callable[[S], FastAPI]
    migrate: Callable[[S], Awaitable[list[str]]]
    # Projections of the service's own events (rebuilt from its event store)...
    own: Sequence[es.Projection] = ()
    # ...and of the other services' events, by name (rebuilt from their Kafka topics).
    consumed: Mapping[str, es.Projection | ProjectionFactory[S]] = field(default_factory=dict)
    # Every projection's schema, in the order the pool's search_path lists them.
    schemas: Sequence[str] = ()
    topics: Callable[[S, es.Projection], Sequence[str]] = topics_of
    commands: Sequence[Subcommand[S]] = ()
    description: str | None = None
    migrate_help: str = "event store, service migrations and projection schemas"
    serve_help: str = "API, relay and consumers in one process"

    def main(self, argv: Sequence[str] | None = None) -> int:
        """Parse ``argv``, run the command; the exit code."""
        args = self.parser().parse_args(argv)
        try:
            settings = self.settings()
        except preflight.SETTINGS_ERRORS as exc:
            prefix = f"{self.service.upper()}_"
            return preflight.fail(self.service, preflight.describe_settings_error(exc, prefix))
        register_security(settings.kafka_bootstrap, settings.kafka_security())
        if args.command == "serve":
            overrides = {"http_port": args.port, "http_host": args.host}
            settings = settings.model_copy(
                update={k: v for k, v in overrides.items() if v is not None}
            )
            if problem := asyncio.run(preflight.unreachable(settings)):
                return preflight.fail(self.service, problem)
            platform_app.serve(self.app(settings), settings, service=self.service)
            return 0
        configure_logging(self.service, settings.log_level, stream=sys.stderr)
        # rebuilds and replays open sealed personal fields with the service's key vault
        privacy.configure(
            settings.keys_database_url,
            settings.platform_key.get_secret_value(),
            cache_seconds=settings.privacy_key_cache_seconds,
        )
        handler: Handler[S] = args.handler
        try:
            return asyncio.run(handler(settings, args))
        except preflight.UNREACHABLE as exc:
            return preflight.fail(self.service, f"{args.command}: {preflight.why(exc)}")

    def parser(self) -> argparse.ArgumentParser:
        parser = argparse.ArgumentParser(
            prog=f"ouvrage-{self.service}", description=self.description
        )
        sub = parser.add_subparsers(dest="command", required=True)
        sub.add_parser("migrate", help=self.migrate_help).set_defaults(handler=self._migrate)
        serve = sub.add_parser("serve", help=self.serve_help)
        serve.add_argument("--port", type=int, default=None)
        serve.add_argument("--host", default=None)
        rebuild = sub.add_parser("rebuild", help="rebuild a projection while the service runs")
        self._projection_argument(rebuild).set_defaults(handler=self._rebuild)
        parked = sub.add_parser("parked", help="list the parked streams of a projection")
        self._projection_argument(parked).set_defaults(handler=self._parked)
        replay = sub.add_parser("replay-parked", help="apply a parked stream's messages")
        self._projection_argument(replay).add_argument("aggregate_id", type=UUID)
        replay.set_defaults(handler=self._replay)
        for command in self.commands:
            own = sub.add_parser(command.name, help=command.help)
            command.arguments(own)
            own.set_defaults(handler=command.run)
        return parser

    @property
    def projection_names(self) -> list[str]:
        return [*(p.name for p in self.own), *self.consumed]

    def _projection_argument(self, parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
        names = self.projection_names

        def known(name: str) -> str:
            if name not in names:
                listed = ", ".join(names) or "none"
                raise argparse.ArgumentTypeError(f"unknown projection {name!r} (known: {listed})")
            return name

        parser.add_argument("projection", type=known, help=" | ".join(names))
        return parser

    @asynccontextmanager
    async def pool(self, settings: S) -> AsyncIterator[asyncpg.Pool]:
        """A small pool whose search_path sees every projection's tables."""
        pool = await es.create_pool(
            settings.database_url,
            min_size=1,
            max_size=2,
            search_path=self.schemas,
            application_name=f"ouvrage-{self.service}-cli",
        )
        try:
            yield pool
        finally:
            await pool.close()

    def projection(self, name: str, pool: asyncpg.Pool, settings: S) -> es.Projection:
        """The projection called ``name``, built over ``pool`` when it needs one."""
        own = {p.name: p for p in self.own}
        source = own[name] if name in own else self.consumed[name]
        projection = source if isinstance(source, es.Projection) else source(pool, settings)
        if projection.name != name or projection.schema not in self.schemas:
            wired = f"{projection.name!r} in schema {projection.schema!r}"
            raise RuntimeError(f"projection {name!r} is wired as {wired}, not in {self.schemas}")
        return projection

    async def rebuild(self, settings: S, name: str) -> int:
        """Rebuild a projection while the service keeps answering: the service's own events
        from its event store, the other services' from their topics; the events applied."""
        async with self.pool(settings) as pool:
            projection = self.projection(name, pool, settings)
            others = [s for s in self.schemas if s != projection.schema]
            if any(p is projection for p in self.own):
                return await rebuilding.rebuild_from_store(
                    settings.database_url, projection, es.registry, other_schemas=others
                )
            return await rebuilding.rebuild_from_kafka(
                settings.database_url,
                projection,
                es.registry,
                bootstrap=settings.kafka_bootstrap,
                topics=self.topics(settings, projection),
                other_schemas=others,
            )

    async def parked(self, settings: S, name: str) -> list[dict[str, Any]]:
        """The parked streams of a projection."""
        async with self.pool(settings) as pool:
            return await parking.parked_streams(pool, name)

    async def replay(self, settings: S, name: str, aggregate_id: UUID) -> int:
        """Apply a parked stream's messages, then unpark it; the messages applied."""
        async with self.pool(settings) as pool:
            projection = self.projection(name, pool, settings)
            return await parking.replay_parked(pool, projection, aggregate_id, es.registry)

    async def _migrate(self, settings: S, _args: argparse.Namespace) -> int:
        print_json({"applied": await self.migrate(settings)})
        return 0

    async def _rebuild(self, settings: S, args: argparse.Namespace) -> int:
        events = await self.rebuild(settings, args.projection)
        print_json({"projection": args.projection, "events": events})
        return 0

    async def _parked(self, settings: S, args: argparse.Namespace) -> int:
        print_json(await self.parked(settings, args.projection))
        return 0

    async def _replay(self, settings: S, args: argparse.Namespace) -> int:
        replayed = await self.replay(settings, args.projection, args.aggregate_id)
        print_json({"projection": args.projection, "replayed": replayed})
        return 0


def print_json(value: Any) -> None:
    """One JSON line on stdout (ids and dates as strings)."""
    print(json.dumps(value, default=str), flush=True)
