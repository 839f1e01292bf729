"""The composition root: settings -> pool, unit of work, event runtime, keys, app.

Nothing connects at import time; the lifespan opens and closes everything.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path

import asyncpg
import structlog
from fastapi import FastAPI
from ouvrage_events import (
    EventRuntime,
    Pipeline,
    UnitOfWorkFactory,
    create_pool,
    topic_for,
)
from ouvrage_events.runtime.kafka import ensure_topics
from ouvrage_platform import revocation
from ouvrage_platform.app import create_app as create_service_app
from ouvrage_platform.audience import PASSWORD_CHANGE_AUDIENCE
from ouvrage_platform.auth import TokenVerifier
from ouvrage_platform.health import (
    add_ready_check,
    event_runtime_check,
    kafka_check,
    postgres_check,
)
from ouvrage_platform.idempotency import PostgresIdempotency
from ouvrage_platform.migrations import WITH_IDEMPOTENCY, migrate_database
from ouvrage_platform.openapi import document_errors
from ouvrage_platform.settings import topic_spec

from identity.adapters.argon2_hasher import Argon2Hasher
from identity.adapters.common_passwords import load_common_passwords
from identity.adapters.jwt_tokens import TokenIssuer
from identity.adapters.key_encryption import KeyCipher, development_kek, parse_keks
from identity.adapters.postgres_credentials import PostgresCredentials
from identity.adapters.postgres_refresh_tokens import PostgresRefreshTokens
from identity.adapters.rate_limits import LoginRateLimits
from identity.adapters.signing_keys import KeyRing
from identity.api import auth_routes, erasure_routes, tenant_routes, user_routes
from identity.api.errors import STATUS_AND_CODE, install_identity_errors
from identity.app.bounces import bounces_projection
from identity.app.container import Container
from identity.app.directory_projection import backfill_sort_keys, directory
from identity.domain.lockout import LockoutPolicy
from identity.domain.password_policy import PasswordPolicy
from identity.settings import IdentitySettings

log = structlog.get_logger(__name__)

SERVICE = "identity"
MIGRATIONS = Path(__file__).parent / "adapters" / "sql"
# token_revocations: identity refuses its own revoked tokens like every service (inline here).
PROJECTIONS = (directory, revocation.PROJECTION)
# The notifier's bounces of users' emails (app/bounces.py), consumed from Kafka.
CONSUMED = {bounces_projection.name: bounces_projection}


async def migrate(settings: IdentitySettings) -> list[str]:
    """Event store, identity's tables and the directory's schema (idempotent)."""

    async def backfill(conn: asyncpg.Connection) -> None:
        async with conn.transaction():
            await conn.execute(f'SET LOCAL search_path TO "{directory.schema}", public')
            filled = await backfill_sort_keys(conn)
        if filled:
            log.info("identity.directory_sort_keys_filled", users=filled)

    applied = await migrate_database(
        settings.database_url,
        [*PROJECTIONS, *CONSUMED.values()],
        {**WITH_IDEMPOTENCY, SERVICE: MIGRATIONS},
        backfill,
    )
    try:
        topics = ensure_topics(settings.kafka_bootstrap, [topic_for(SERVICE)], topic_spec(settings))
        await asyncio.wait_for(topics, 20)
    except Exception as exc:  # the relay retries; migrating the database must not depend on it
        log.warning("identity.topic_not_ensured", error=type(exc).__name__)
    return applied


async def open_pool(settings: IdentitySettings) -> asyncpg.Pool:
    return await create_pool(
        settings.database_url,
        min_size=settings.db_pool_min,
        max_size=settings.db_pool_max,
        search_path=[p.schema for p in (*PROJECTIONS, *CONSUMED.values())],
        application_name=SERVICE,
    )


def build_key_cipher(settings: IdentitySettings) -> KeyCipher:
    """The KEK of the settings; outside production, the development KEK (also kept as the last
    decryption key, so a developer's database follows when a real KEK is configured)."""
    if settings.key_encryption_key is None:
        return KeyCipher([development_kek()], development=True)
    keys = parse_keks(settings.key_encryption_key.get_secret_value())
    if settings.environment != "production":
        keys.append(development_kek())
    return KeyCipher(keys)


def build_keyring(settings: IdentitySettings) -> KeyRing:
    # A retired key stays published while tokens it signed (up to a cache period late) live.
    retention = settings.access_token_ttl_seconds + 2 * settings.key_cache_seconds + 60
    return KeyRing(
        cipher=build_key_cipher(settings),
        key_size=settings.key_size,
        retention=timedelta(seconds=retention),
        cache_seconds=settings.key_cache_seconds,
    )


def wire(settings: IdentitySettings, pool: asyncpg.Pool, keyring: KeyRing) -> Container:
    """The handlers' container over one pool."""
    uow = UnitOfWorkFactory(pool, projections=PROJECTIONS)
    return Container(
        pool=pool,
        pipeline=Pipeline(uow, idempotency=PostgresIdempotency()),
        hasher=Argon2Hasher(
            time_cost=settings.argon2_time_cost,
            memory_cost_kib=settings.argon2_memory_cost_kib,
            parallelism=settings.argon2_parallelism,
            max_concurrent=settings.argon2_max_concurrent,
            queue_seconds=settings.argon2_queue_seconds,
        ),
        policy=PasswordPolicy(load_common_passwords()),
        lockout=LockoutPolicy(
            threshold=settings.lockout_threshold,
            window=timedelta(seconds=settings.lockout_window_seconds),
            duration=timedelta(seconds=settings.lockout_duration_seconds),
        ),
        credentials=PostgresCredentials(),
        refresh_tokens=PostgresRefreshTokens(timedelta(seconds=settings.refresh_token_ttl_seconds)),
        tokens=TokenIssuer(
            keyring,
            issuer=settings.issuer,
            ttl_seconds=settings.access_token_ttl_seconds,
            audience=settings.token_audience,
        ),
    )


async def ensure_signing_key(settings: IdentitySettings, keyring: KeyRing) -> str:
    """The first start creates the key (imported from ``signing_key_path`` when it exists)."""
    path = settings.signing_key_path
    pem = path.read_bytes() if path is not None and path.is_file() else None
    return await keyring.ensure_active(pem)


def create_app(
    settings: IdentitySettings,
    *,
    verifier: TokenVerifier | None = None,
    relay_topic: str | None = None,
    relay: bool = True,
    consumed_topics: dict[str, list[str]] | None = None,
) -> FastAPI:
    """identity's app; ``relay_topic`` and ``consumed_topics`` let tests use topics of their
    own."""
    keyring = build_keyring(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        pool = await open_pool(settings)
        runtime = EventRuntime(
            service=SERVICE, dsn=settings.database_url, pool=pool,
            bootstrap=settings.kafka_bootstrap, relay=relay, relay_topic=relay_topic,
            topic_spec=topic_spec(settings), consumed=list(CONSUMED.values()),
            topics=consumed_topics, group_suffix=settings.consumer_group_suffix,
        )  # fmt: skip
        try:
            keyring.attach(pool)
            if keyring.cipher.development:
                log.warning("identity.development_key_encryption_key",
                            environment=settings.environment,
                            hint="set IDENTITY_KEY_ENCRYPTION_KEY")  # fmt: skip
            await ensure_signing_key(settings, keyring)
            app.state.container = wire(settings, pool, keyring)
            revocation.install_revocations(app, pool)
            app.state.runtime = runtime
            add_ready_check(app, "postgres", postgres_check(pool))
            add_ready_check(app, "kafka", kafka_check(settings.kafka_bootstrap))
            add_ready_check(app, "relay", event_runtime_check(runtime))
            await runtime.start()
            log.info("identity.started", port=settings.http_port)
            yield
        finally:
            await runtime.stop()
            keyring.attach(None)
            await pool.close()

    app = create_service_app(
        title="Ouvrage identity",
        settings=settings,
        lifespan=lifespan,
        routers=[
            auth_routes.router,
            user_routes.router,
            tenant_routes.router,
            erasure_routes.router,
        ],
        verifier=verifier
        or TokenVerifier(keyring, issuer=settings.issuer, audience=settings.expected_audience),
    )
    install_identity_errors(app)
    document_errors(app, STATUS_AND_CODE)  # what install_identity_errors answers, for OpenAPI
    app.state.keyring = keyring
    app.state.login_limits = LoginRateLimits(
        per_address=settings.login_rate_per_address, per_account=settings.login_rate_per_account
    )
    # Only the password route accepts it (api/deps.py): tokens given after a manager's reset.
    app.state.password_verifier = TokenVerifier(
        keyring, issuer=settings.issuer, audience=PASSWORD_CHANGE_AUDIENCE
    )
    return app
