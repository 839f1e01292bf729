"""The shared command line: parsing and dispatch, with fakes in place of the database, Kafka,
uvicorn and the events library's rebuild and parking functions."""

from __future__ import annotations

import argparse
import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import ouvrage_events as es
import pytest
from fastapi import FastAPI
from ouvrage_events.catalog.clients import ClientRegistered
from ouvrage_events.catalog.identity import TenantRegistered
from ouvrage_events.runtime import parking
from ouvrage_events.runtime import rebuild as rebuilding
from ouvrage_platform import cli
from ouvrage_platform.cli import ServiceCli, Subcommand
from ouvrage_platform.settings import ServiceSettings
from pydantic_settings import SettingsConfigDict


class DemoSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="DEMOCLI_")

    database_url: str = "postgresql://demo@db/demo"
    kafka_bootstrap: str = "kafka:9092"
    http_port: int = 8099


async def _ignore(_conn: Any, _event: Any, _envelope: Any) -> None:
    return None


OWN = es.Projection("demo_view", ddl="SELECT 1")
DIRECTORY = es.Projection("directory", ddl="SELECT 1")
DIRECTORY.on(TenantRegistered)(_ignore)
DIRECTORY.on(ClientRegistered)(_ignore)


@dataclass
class FakePool:
    closed: bool = False

    async def close(self) -> None:
        self.closed = True


@dataclass
class Calls:
    """What the fakes were called with, in order."""

    seen: list[tuple[str, Any]] = field(default_factory=list)
    pools: list[tuple[FakePool, dict[str, Any]]] = field(default_factory=list)

    def named(self, name: str) -> list[Any]:
        return [args for called, args in self.seen if called == name]


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Calls:
    recorded = Calls()

    async def create_pool(dsn: str, **options: Any) -> FakePool:
        pool = FakePool()
        recorded.pools.append((pool, {"dsn": dsn, **options}))
        return pool

    async def from_store(dsn: str, projection: es.Projection, registry: Any, **kw: Any) -> int:
        recorded.seen.append(("store", (dsn, projection, registry, kw)))
        return 7

    async def from_kafka(dsn: str, projection: es.Projection, registry: Any, **kw: Any) -> int:
        recorded.seen.append(("kafka", (dsn, projection, registry, kw)))
        return 5

    async def parked_streams(pool: FakePool, name: str) -> list[dict[str, Any]]:
        recorded.seen.append(("parked", (pool, name)))
        when = datetime(2026, 1, 2, 3, 4, tzinfo=UTC)
        return [{"aggregate_id": uuid.UUID(int=1), "parked_at": when, "messages": 2}]

    async def replay_parked(
        pool: FakePool, projection: es.Projection, aggregate: Any, _r: Any
    ) -> int:
        recorded.seen.append(("replay", (pool, projection, aggregate)))
        return 3

    def configure_logging(service: str, level: str, *, stream: Any = None) -> None:
        recorded.seen.append(("logging", (service, level, stream)))

    monkeypatch.setattr(es, "create_pool", create_pool)
    monkeypatch.setattr(rebuilding, "rebuild_from_store", from_store)
    monkeypatch.setattr(rebuilding, "rebuild_from_kafka", from_kafka)
    monkeypatch.setattr(parking, "parked_streams", parked_streams)
    monkeypatch.setattr(parking, "replay_parked", replay_parked)
    monkeypatch.setattr(cli, "configure_logging", configure_logging)

    async def reachable(_settings: object) -> None:
        return None

    monkeypatch.setattr(cli.preflight, "unreachable", reachable)
    monkeypatch.setattr(
        cli.platform_app, "serve", lambda *a, **kw: recorded.seen.append(("serve", (a, kw)))
    )
    return recorded


def _built_over_pool(calls: Calls) -> cli.ProjectionFactory[DemoSettings]:
    def build(pool: Any, settings: DemoSettings) -> es.Projection:
        calls.seen.append(("built", (pool, settings)))
        projection = es.Projection("reactions", ddl="SELECT 1")
        projection.on(ClientRegistered)(_ignore)
        return projection

    return build


async def _migrate(settings: DemoSettings) -> list[str]:
    return [f"demo/0001_{settings.http_port}.sql"]


def _demo(calls: Calls, **overrides: Any) -> ServiceCli[DemoSettings]:
    async def shout(settings: DemoSettings, args: argparse.Namespace) -> int:
        calls.seen.append(("shout", (settings, args.word, args.times)))
        return 4

    def shout_arguments(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("word")
        parser.add_argument("--times", type=int, default=1)

    options: dict[str, Any] = {
        "service": "demo",
        "settings": DemoSettings,
        "app": lambda settings: FastAPI(title=f"demo on {settings.http_port}"),
        "migrate": _migrate,
        "own": [OWN],
        "consumed": {"directory": DIRECTORY, "reactions": _built_over_pool(calls)},
        "schemas": [OWN.schema, DIRECTORY.schema, "proj_reactions"],
        "commands": [Subcommand("shout", "say it", shout, shout_arguments)],
    }
    return ServiceCli(**{**options, **overrides})


def _json(capsys: pytest.CaptureFixture[str]) -> Any:
    return json.loads(capsys.readouterr().out)


def test_every_service_has_the_common_commands_and_its_own(calls: Calls) -> None:
    parser = _demo(calls).parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))

    assert list(sub.choices) == ["migrate", "serve", "rebuild", "parked", "replay-parked", "shout"]
    assert parser.prog == "ouvrage-demo"


def test_migrate_prints_the_files_applied(calls: Calls, capsys: pytest.CaptureFixture[str]) -> None:
    assert _demo(calls).main(["migrate"]) == 0

    assert _json(capsys) == {"applied": ["demo/0001_8099.sql"]}
    assert calls.named("logging")[0][0] == "demo"  # logs go to stderr, not into the JSON
    assert calls.named("logging")[0][2] is not None


def test_serve_overrides_port_and_host_only_when_given(calls: Calls) -> None:
    demo = _demo(calls)

    assert demo.main(["serve", "--port", "9123", "--host", "0.0.0.0"]) == 0
    assert demo.main(["serve"]) == 0

    (app, settings), options = calls.named("serve")[0]
    assert (settings.http_port, settings.http_host) == (9123, "0.0.0.0")
    assert app.title == "demo on 9123" and options == {"service": "demo"}
    (_, unchanged), _ = calls.named("serve")[1]
    assert (unchanged.http_port, unchanged.http_host) == (8099, "127.0.0.1")
    assert calls.named("logging") == []  # serve configures its own logging


def test_an_own_projection_is_rebuilt_from_the_event_store(
    calls: Calls, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _demo(calls).main(["rebuild", "demo_view"]) == 0

    assert _json(capsys) == {"projection": "demo_view", "events": 7}
    dsn, projection, registry, options = calls.named("store")[0]
    assert (dsn, projection, registry) == ("postgresql://demo@db/demo", OWN, es.registry)
    assert options == {"other_schemas": [DIRECTORY.schema, "proj_reactions"]}
    assert calls.named("kafka") == []
    pool, pool_options = calls.pools[0]
    assert pool.closed
    assert pool_options["search_path"] == [OWN.schema, DIRECTORY.schema, "proj_reactions"]


def test_a_consumed_projection_is_rebuilt_from_its_services_topics(
    calls: Calls, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _demo(calls).main(["rebuild", "directory"]) == 0

    assert _json(capsys) == {"projection": "directory", "events": 5}
    _dsn, projection, _registry, options = calls.named("kafka")[0]
    assert projection is DIRECTORY
    assert options == {
        "bootstrap": "kafka:9092",
        "topics": [es.topic_for("clients"), es.topic_for("identity")],
        "other_schemas": [OWN.schema, "proj_reactions"],
    }


def test_a_projection_built_over_the_pool_uses_the_services_topics_function(
    calls: Calls, capsys: pytest.CaptureFixture[str]
) -> None:
    demo = _demo(calls, topics=lambda settings, p: [f"{p.name}-on-{settings.kafka_bootstrap}"])

    assert demo.main(["rebuild", "reactions"]) == 0

    assert _json(capsys) == {"projection": "reactions", "events": 5}
    pool, settings = calls.named("built")[0]
    assert pool is calls.pools[0][0] and isinstance(settings, DemoSettings)
    assert calls.named("kafka")[0][3]["topics"] == ["reactions-on-kafka:9092"]


def test_parked_lists_the_streams_as_json(calls: Calls, capsys: pytest.CaptureFixture[str]) -> None:
    assert _demo(calls).main(["parked", "directory"]) == 0

    assert _json(capsys) == [
        {
            "aggregate_id": str(uuid.UUID(int=1)),
            "parked_at": "2026-01-02 03:04:00+00:00",
            "messages": 2,
        }
    ]
    assert calls.named("parked") == [(calls.pools[0][0], "directory")]
    assert calls.named("built") == []  # listing needs only the name


def test_replay_parked_applies_a_stream_to_the_built_projection(
    calls: Calls, capsys: pytest.CaptureFixture[str]
) -> None:
    stream = uuid.uuid4()

    assert _demo(calls).main(["replay-parked", "reactions", str(stream)]) == 0

    assert _json(capsys) == {"projection": "reactions", "replayed": 3}
    pool, projection, aggregate = calls.named("replay")[0]
    assert (pool, projection.name, aggregate) == (calls.pools[0][0], "reactions", stream)
    assert pool.closed


@pytest.mark.parametrize(
    "argv",
    [["rebuild", "nope"], ["parked", "nope"], ["replay-parked", "nope", str(uuid.uuid4())]],
)
def test_an_unknown_projection_is_refused_before_anything_runs(
    calls: Calls, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    with pytest.raises(SystemExit) as raised:
        _demo(calls).main(argv)

    assert raised.value.code == 2
    assert "unknown projection 'nope' (known: demo_view, directory, reactions)" in (
        capsys.readouterr().err
    )
    assert calls.seen == [] and calls.pools == []


def test_replay_parked_wants_a_uuid(calls: Calls) -> None:
    with pytest.raises(SystemExit) as raised:
        _demo(calls).main(["replay-parked", "directory", "not-a-uuid"])

    assert raised.value.code == 2
    assert calls.pools == []


def test_a_service_command_gets_its_arguments_and_gives_the_exit_code(calls: Calls) -> None:
    assert _demo(calls).main(["shout", "bonjour", "--times", "3"]) == 4

    settings, word, times = calls.named("shout")[0]
    assert isinstance(settings, DemoSettings) and (word, times) == ("bonjour", 3)


def test_a_projection_wired_under_another_name_is_an_error(calls: Calls) -> None:
    demo = _demo(calls, consumed={"directory": OWN})

    with pytest.raises(RuntimeError, match="wired as 'demo_view'"):
        demo.main(["rebuild", "directory"])
    assert calls.pools[0][0].closed


def test_a_projection_outside_the_schemas_is_an_error(calls: Calls) -> None:
    demo = _demo(calls, schemas=[OWN.schema])

    with pytest.raises(RuntimeError, match="proj_directory"):
        demo.main(["replay-parked", "directory", str(uuid.uuid4())])
