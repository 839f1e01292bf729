"""``ouvrage-notifier``: migrate, serve, rebuild, replay-parked, check-domain, resend."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Sequence
from uuid import UUID

import asyncpg
import ouvrage_events as es
from ouvrage_events.runtime.parking import replay_parked
from ouvrage_events.runtime.rebuild import rebuild_from_kafka, rebuild_from_store
from ouvrage_platform.app import serve as serve_app
from ouvrage_platform.logging import configure_logging

from notifier import bootstrap
from notifier.adapters.postgres_outbox import PostgresOutbox
from notifier.app.alerts import alerts_view
from notifier.app.directory import directory
from notifier.app.notify import notifications_projection
from notifier.domain import spf
from notifier.domain.sender_domain import domain_of, valid_domain
from notifier.domain.spf_advice import advise
from notifier.settings import NotifierSettings

PROJECTIONS = ("alerts", "directory", "notifications")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ouvrage-notifier", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("migrate", help="event store, outbox and projection schemas")
    serve = sub.add_parser("serve", help="API, relay, consumers and sender workers")
    serve.add_argument("--port", type=int, default=None)
    rebuild = sub.add_parser("rebuild", help="rebuild a projection while the service runs")
    rebuild.add_argument("projection", choices=PROJECTIONS)
    replay = sub.add_parser("replay-parked", help="apply a parked stream's messages")
    replay.add_argument("projection", choices=PROJECTIONS[1:])
    replay.add_argument("aggregate_id", type=UUID)
    check = sub.add_parser("check-domain", help="SPF diagnosis of a sender domain")
    check.add_argument("domain")
    resend = sub.add_parser("resend", help="queue a failed or unconfirmed email again")
    resend.add_argument("email_id", type=UUID)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    settings = NotifierSettings()
    if args.command == "serve":
        if args.port is not None:
            settings = settings.model_copy(update={"http_port": args.port})
        serve_app(bootstrap.create_app(settings), settings, service=bootstrap.SERVICE)
        return 0
    configure_logging(bootstrap.SERVICE, settings.log_level, stream=sys.stderr)
    return asyncio.run(_run(args, settings))


async def _run(args: argparse.Namespace, settings: NotifierSettings) -> int:
    if args.command == "migrate":
        applied = await bootstrap.migrate(settings)
        print(json.dumps({"applied": applied}))
        return 0
    if args.command == "check-domain":
        return await _check_domain(args.domain, settings)
    pool = await bootstrap.create_pool(settings)
    try:
        if args.command == "rebuild":
            count = await _rebuild(args.projection, pool, settings)
            print(json.dumps({"projection": args.projection, "events": count}))
        elif args.command == "replay-parked":
            projection = _consumed(args.projection, pool, settings)
            count = await replay_parked(pool, projection, args.aggregate_id, es.registry)
            print(json.dumps({"projection": args.projection, "applied": count}))
        elif args.command == "resend":
            async with pool.acquire() as conn:
                queued = await PostgresOutbox().requeue(conn, args.email_id, None)
            print(json.dumps({"email_id": str(args.email_id), "queued": queued}))
            return 0 if queued else 1
    finally:
        await pool.close()
    return 0


def _consumed(name: str, pool: asyncpg.Pool, settings: NotifierSettings) -> es.Projection:
    if name == "directory":
        return directory
    uow_factory = es.UnitOfWorkFactory(pool, projections=[alerts_view])
    return notifications_projection(
        uow_factory, PostgresOutbox(), domain_of(settings.platform_sender)
    )


async def _rebuild(name: str, pool: asyncpg.Pool, settings: NotifierSettings) -> int:
    """Alerts from the notifier's own store; the others from the services' topics (safe for
    ``notifications``: alert and email ids are deterministic, nothing is raised or sent twice)."""
    others = list(bootstrap.SCHEMAS)
    if name == "alerts":
        others.remove(alerts_view.schema)
        return await rebuild_from_store(
            settings.database_url, alerts_view, es.registry, other_schemas=others
        )
    projection = _consumed(name, pool, settings)
    others.remove(projection.schema)
    topics = sorted(es.topic_for(service) for service in projection.services())
    return await rebuild_from_kafka(
        settings.database_url,
        projection,
        es.registry,
        bootstrap=settings.kafka_bootstrap,
        topics=topics,
        other_schemas=others,
    )


async def _check_domain(domain: str, settings: NotifierSettings) -> int:
    resolver = bootstrap.dns_resolver(settings)
    check = await asyncio.to_thread(
        spf.check, valid_domain(domain), settings.platform_spf_domain, resolver
    )
    advice = advise(check, settings.platform_spf_domain)
    print(
        json.dumps(
            {
                "domain": check.domain,
                "verdict": check.verdict.value,
                "reason": check.reason,
                "record": check.record,
                "lookups": check.lookups,
                "summary": advice.summary,
                "fix": advice.fix,
                "suggested_record": advice.suggested_record,
            },
            ensure_ascii=False,
            indent=2,
        )
    )
    return 0 if check.authorised else 2


if __name__ == "__main__":
    raise SystemExit(main())
