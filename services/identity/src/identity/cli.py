"""``ouvrage-identity``: migrate, serve, rebuild, parked, replay-parked, create-tenant,
rotate-key, purge-tokens."""

from __future__ import annotations

import argparse
import sys
from datetime import timedelta

from ouvrage_platform.cli import ServiceCli, Subcommand, print_json

from identity import bootstrap
from identity.adapters.postgres_refresh_tokens import PostgresRefreshTokens
from identity.app.tenant_handlers import create_tenant
from identity.domain.commands import CreateTenant
from identity.domain.errors import IdentityError
from identity.settings import IdentitySettings


def _tenant_arguments(tenant: argparse.ArgumentParser) -> None:
    tenant.add_argument("--name", required=True)
    tenant.add_argument("--admin-email", required=True)
    tenant.add_argument("--first-name", required=True)
    tenant.add_argument("--last-name", required=True)
    tenant.add_argument("--password-stdin", action="store_true",
                        help="read the administrator's password from standard input")  # fmt: skip
    tenant.add_argument("--sender-email", default=None)
    tenant.add_argument("--timezone", default="Europe/Paris")


async def _create_tenant(settings: IdentitySettings, args: argparse.Namespace) -> int:
    """One JSON line (ids, and the one-time password when none was typed); a refusal exits 2
    with the French reason on stderr."""
    password = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else None
    cmd = CreateTenant(
        name=args.name, admin_email=args.admin_email, first_name=args.first_name,
        last_name=args.last_name, password=password, timezone=args.timezone,
        sender_email=args.sender_email,
    )  # fmt: skip
    pool = await bootstrap.open_pool(settings)
    keyring = bootstrap.build_keyring(settings)
    try:
        created = await create_tenant(bootstrap.wire(settings, pool, keyring), cmd)
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
    print_json(out)
    return 0


async def _rotate_key(settings: IdentitySettings, _args: argparse.Namespace) -> int:
    """A new signing key; the old one stays published."""
    pool = await bootstrap.open_pool(settings)
    try:
        keyring = bootstrap.build_keyring(settings)
        keyring.attach(pool)
        await bootstrap.ensure_signing_key(settings, keyring)
        print_json({"kid": await keyring.rotate()})
    finally:
        await pool.close()
    return 0


async def _purge_tokens(settings: IdentitySettings, _args: argparse.Namespace) -> int:
    """Forget expired refresh tokens."""
    pool = await bootstrap.open_pool(settings)
    try:
        async with pool.acquire() as conn:
            print_json({"purged": await PostgresRefreshTokens(timedelta(0)).purge(conn)})
    finally:
        await pool.close()
    return 0


CLI = ServiceCli(
    service=bootstrap.SERVICE,
    description=__doc__,
    settings=IdentitySettings,
    app=bootstrap.create_app,
    migrate=bootstrap.migrate,
    own=bootstrap.PROJECTIONS,
    consumed=bootstrap.CONSUMED,
    schemas=[p.schema for p in (*bootstrap.PROJECTIONS, *bootstrap.CONSUMED.values())],
    migrate_help="event store, identity's tables, directory schema",
    serve_help="API and relay in one process",
    commands=[
        Subcommand(
            "create-tenant",
            "a company and its first administrator",
            _create_tenant,
            _tenant_arguments,
        ),
        Subcommand("rotate-key", "add a new signing key; the old one stays published", _rotate_key),
        Subcommand("purge-tokens", "forget expired refresh tokens", _purge_tokens),
    ],
)
main = CLI.main

if __name__ == "__main__":
    sys.exit(main())
