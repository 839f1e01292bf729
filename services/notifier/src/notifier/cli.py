"""``ouvrage-notifier``: migrate, serve, rebuild, parked, replay-parked, check-domain, resend."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from uuid import UUID

import asyncpg
import ouvrage_events as es
from ouvrage_platform.cli import ServiceCli, Subcommand, print_json

from notifier import bootstrap
from notifier.adapters.postgres_outbox import PostgresOutbox
from notifier.app.alert_projection import alerts_view
from notifier.app.directory_projection import directory
from notifier.app.notification_reaction import NOTIFICATIONS, notifications_reaction
from notifier.domain import spf
from notifier.domain.sender_domain import domain_of, valid_domain
from notifier.domain.spf_advice import advise
from notifier.settings import NotifierSettings


def _notifications(pool: asyncpg.Pool, settings: NotifierSettings) -> es.Reaction:
    """Rebuilt from the services' topics: alert and email ids are deterministic, so nothing is
    raised or sent twice."""
    uow_factory = es.UnitOfWorkFactory(pool, projections=[alerts_view])
    return notifications_reaction(
        uow_factory, PostgresOutbox(), domain_of(settings.platform_sender)
    )


def _domain_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("domain")


async def _check_domain(settings: NotifierSettings, args: argparse.Namespace) -> int:
    """The SPF diagnosis of a sender domain; exit 2 when it does not authorise the platform."""
    resolver = bootstrap.dns_resolver(settings)
    check = await asyncio.to_thread(
        spf.check, valid_domain(args.domain), settings.platform_spf_domain, resolver
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


def _email_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("email_id", type=UUID)


async def _resend(settings: NotifierSettings, args: argparse.Namespace) -> int:
    """Queue a failed or unconfirmed email again; exit 1 when there is none to queue."""
    pool = await bootstrap.create_pool(settings)
    try:
        async with pool.acquire() as conn:
            queued = await PostgresOutbox().requeue(conn, args.email_id, None)
    finally:
        await pool.close()
    print_json({"email_id": str(args.email_id), "queued": queued})
    return 0 if queued else 1


CLI = ServiceCli(
    service=bootstrap.SERVICE,
    description=__doc__,
    settings=NotifierSettings,
    app=bootstrap.create_app,
    migrate=bootstrap.migrate,
    own=[alerts_view],
    consumed={directory.name: directory, NOTIFICATIONS: _notifications},
    schemas=bootstrap.SCHEMAS,
    migrate_help="event store, outbox and projection schemas",
    serve_help="API, relay, consumers and sender workers",
    commands=[
        Subcommand(
            "check-domain", "SPF diagnosis of a sender domain", _check_domain, _domain_argument
        ),
        Subcommand("resend", "queue a failed or unconfirmed email again", _resend, _email_argument),
    ],
)
main = CLI.main

if __name__ == "__main__":
    sys.exit(main())
