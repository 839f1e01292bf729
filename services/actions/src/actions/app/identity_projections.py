"""Projections of identity's events (consumed from Kafka): companies and users, with the
reactions they trigger.

Reactions record this service's events inside the consumer's transaction: the append comes
first (``uow.flush``), then the projection's own writes, then the runtime's tracking record.
"""

from __future__ import annotations

from uuid import UUID

import ouvrage_events as es
import structlog
from ouvrage_events.catalog.identity import (
    TenantProfileChanged,
    TenantRegistered,
    UserDeactivated,
    UserRegistered,
)
from ouvrage_events.store.db import Conn

from actions.adapters.locks import lock_entities
from actions.domain.action import Action
from actions.domain.action_type import ActionType
from actions.domain.errors import UnknownTimezoneError
from actions.domain.seeds import DEFAULT_TYPES
from actions.domain.times import DEFAULT_TIMEZONE, zone

log = structlog.get_logger(__name__)

TENANTS_DDL = """
CREATE TABLE IF NOT EXISTS tenants (
    id uuid PRIMARY KEY,
    timezone text NOT NULL
);
"""

USERS_DDL = """
CREATE TABLE IF NOT EXISTS directory_users (
    id uuid PRIMARY KEY,
    tenant_id uuid NOT NULL,
    active boolean NOT NULL DEFAULT true
);
"""


def reaction_metadata(env: es.Envelope, tenant_id: UUID | None = None) -> es.Metadata:
    """Metadata of events recorded in reaction to ``env`` (same correlation, caused by it)."""
    metadata = es.Metadata(tenant_id=env.tenant_id).caused_by(env)
    if tenant_id is not None and tenant_id != metadata.tenant_id:
        metadata = metadata.model_copy(update={"tenant_id": tenant_id})
    return metadata


def _known_zone(name: str, tenant_id: UUID) -> str:
    """``name`` if it is an IANA zone, else the default (a bad zone must not block alerts)."""
    try:
        zone(name)
    except UnknownTimezoneError:
        log.warning("tenant.unknown_timezone", tenant_id=str(tenant_id))
        return DEFAULT_TIMEZONE
    return name


_UPSERT_TENANT = (
    "INSERT INTO tenants (id, timezone) VALUES ($1, $2) "
    "ON CONFLICT (id) DO UPDATE SET timezone = EXCLUDED.timezone"
)


def tenants_projection(uow_factory: es.UnitOfWorkFactory) -> es.Projection:
    """Companies: their time zone; each new one gets the default action types."""
    projection = es.Projection("tenants", ddl=TENANTS_DDL)

    @projection.on(TenantRegistered)
    async def _registered(conn: Conn, e: TenantRegistered, env: es.Envelope) -> None:
        uow = uow_factory.joining(conn, reaction_metadata(env, e.tenant_id))
        for seed in DEFAULT_TYPES:
            type_id = seed.id_for(e.tenant_id)
            if await uow.get(ActionType, type_id) is None:
                uow.add(ActionType.define(type_id, seed.name, list(seed.responses)))
        seeded = await uow.flush()
        await conn.execute(_UPSERT_TENANT, e.tenant_id, _known_zone(e.timezone, e.tenant_id))
        log.info("tenant.seeded", tenant_id=str(e.tenant_id), types=len(seeded))

    @projection.on(TenantProfileChanged)
    async def _profile_changed(conn: Conn, e: TenantProfileChanged, env: es.Envelope) -> None:
        await conn.execute(_UPSERT_TENANT, e.tenant_id, _known_zone(e.timezone, e.tenant_id))

    return projection


def users_projection(uow_factory: es.UnitOfWorkFactory) -> es.Projection:
    """Users: active or not, and their company; a deactivation flags their open actions."""
    projection = es.Projection("users", ddl=USERS_DDL)

    @projection.on(UserRegistered)
    async def _registered(conn: Conn, e: UserRegistered, env: es.Envelope) -> None:
        await conn.execute(
            "INSERT INTO directory_users (id, tenant_id) VALUES ($1, $2) "
            "ON CONFLICT (id) DO NOTHING",
            e.user_id,
            env.tenant_id,
        )

    @projection.on(UserDeactivated)
    async def _deactivated(conn: Conn, e: UserDeactivated, env: es.Envelope) -> None:
        await lock_entities(conn, e.user_id)
        rows = await conn.fetch(
            "SELECT id FROM actions WHERE tenant_id = $1 AND assignee_id = $2 "
            "AND status = 'open' AND NOT needs_reassignment ORDER BY id",
            env.tenant_id,
            e.user_id,
        )
        uow = uow_factory.joining(conn, reaction_metadata(env))
        for action_id in (r["id"] for r in rows):
            (await uow.load(Action, action_id)).flag_for_reassignment(e.user_id)
        flagged = await uow.flush()
        await conn.execute(
            "INSERT INTO directory_users (id, tenant_id, active) VALUES ($1, $2, false) "
            "ON CONFLICT (id) DO UPDATE SET active = false",
            e.user_id,
            env.tenant_id,
        )
        log.info("user.deactivated", user_id=str(e.user_id), flagged=len(flagged))

    return projection
