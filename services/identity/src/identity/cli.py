"""``ouvrage-identity``: migrate, serve, rebuild, replay-parked, create-tenant, rotate-key."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Sequence
from datetime import timedelta
from uuid import UUID

from ouvrage_events import Projection, registry
from ouvrage_events.runtime.parking import replay_parked
from ouvrage_events.runtime.rebuild import rebuild_from_store
from ouvrage_platform.app import serve
from ouvrage_platform.logging import configure_logging

from identity import bootstrap
from identity.adapters.postgres_refresh_tokens import PostgresRefreshTokens
from identity.app.tenants import create_tenant
from identity.domain.commands import CreateTenant
from identity.domain.errors import IdentityError
from identity.settings import IdentitySettings


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ouvrage-identity", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("migrate", help="event store, identity's tables, directory schema")
    serve_cmd = sub.add_parser("serve", help="API and relay in one process")
    serve_cmd.add_argument("--port", type=int, default=None)
    rebuild = sub.add_parser("rebuild", help="rebuild a projection from the event store")
    rebuild.add_argument("projection")
    replay = sub.add_parser("replay-parked", help="replay a parked stream of a projection")
    replay.add_argument("projection")
    replay.add_argument("aggregate_id", type=UUID)
    tenant = sub.add_parser("create-tenant", help="a company and its first administrator")
    tenant.add_argument("--name", required=True)
    tenant.add_argument("--admin-email", required=True)
    tenant.add_argument("--first-name", required=True)
    tenant.add_argument("--last-name", required=True)
    tenant.add_argument("--password-stdin", action="store_true",
                        help="read the administrator's password from standard input")  # fmt: skip
    tenant.add_argument("--sender-email", default=None)
    tenant.add_argument("--timezone", default="Europe/Paris")
    sub.add_parser("rotate-key", help="add a new signing key; the old one stays published")
    sub.add_parser("purge-tokens", help="forget expired refresh tokens")
    return parser


def _projection(name: str) -> Projection:
    for projection in bootstrap.PROJECTIONS:
        if projection.name == name:
            return projection
    known = ", ".join(p.name for p in bootstrap.PROJECTIONS)
    raise SystemExit(f"unknown projection {name!r} (known: {known})")


async def _create_tenant(settings: IdentitySettings, args: argparse.Namespace) -> int:
    password = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else None
    cmd = CreateTenant(
        name=args.name, admin_email=args.admin_email, first_name=args.first_name,
        last_name=args.last_name, password=password, timezone=args.timezone,
        sender_email=args.sender_email,
    )  # fmt: skip
    pool = await bootstrap.open_pool(settings)
    keyring = bootstrap.build_keyring(settings)
    try:
        created = await create_tenant(bootstrap.build_identity(settings, pool, keyring), cmd)
    except IdentityError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    finally:
        await pool.close()
    out: dict[str, str] = {
        "tenant_id": str(created.tenant_id),
        "admin_user_id": str(created.admin_user_id),
    }
    if created.one_time_password is not None:
        out["one_time_password"] = created.one_time_password
        print("Mot de passe à usage unique : il ne sera plus affiché.", file=sys.stderr)
    print(json.dumps(out))
    return 0


async def _with_pool(settings: IdentitySettings, args: argparse.Namespace) -> int:
    pool = await bootstrap.open_pool(settings)
    try:
        if args.command == "rebuild":
            projection = _projection(args.projection)
            count = await rebuild_from_store(settings.database_url, projection, registry)
            print(json.dumps({"projection": args.projection, "applied": count}))
        elif args.command == "replay-parked":
            projection = _projection(args.projection)
            count = await replay_parked(pool, projection, args.aggregate_id, registry)
            print(json.dumps({"projection": args.projection, "replayed": count}))
        elif args.command == "rotate-key":
            keyring = bootstrap.build_keyring(settings)
            keyring.attach(pool)
            await bootstrap.ensure_signing_key(settings, keyring)
            print(json.dumps({"kid": await keyring.rotate()}))
        elif args.command == "purge-tokens":
            async with pool.acquire() as conn:
                count = await PostgresRefreshTokens(timedelta(0)).purge(conn)
            print(json.dumps({"purged": count}))
    finally:
        await pool.close()
    return 0


async def _run(settings: IdentitySettings, args: argparse.Namespace) -> int:
    if args.command == "migrate":
        applied = await bootstrap.migrate_database(settings)
        print(json.dumps({"applied": applied}))
        return 0
    if args.command == "create-tenant":
        return await _create_tenant(settings, args)
    return await _with_pool(settings, args)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    settings = IdentitySettings()
    if args.command == "serve":
        if args.port is not None:
            settings = settings.model_copy(update={"http_port": args.port})
        serve(bootstrap.build_app(settings), settings, service=bootstrap.SERVICE)
        return 0
    configure_logging(bootstrap.SERVICE, settings.log_level, stream=sys.stderr)
    return asyncio.run(_run(settings, args))


if __name__ == "__main__":
    sys.exit(main())
