"""Identity's companies and users as planning needs them: names, activity, preferences."""

from __future__ import annotations

import ouvrage_events as es
from ouvrage_events import privacy
from ouvrage_events.catalog.identity import (
    TenantProfileChanged,
    TenantRegistered,
    UserDeactivated,
    UserErased,
    UserOperatorChanged,
    UserPermissionsChanged,
    UserPreferencesChanged,
    UserProfileChanged,
    UserRegistered,
)
from ouvrage_events.store.db import Conn

directory_view = es.Projection(
    "directory",
    ddl="""
    CREATE TABLE IF NOT EXISTS directory_tenants (
        tenant_id uuid PRIMARY KEY,
        name text NOT NULL,
        timezone text NOT NULL
    );
    CREATE TABLE IF NOT EXISTS directory_users (
        user_id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        first_name text NOT NULL DEFAULT '',
        last_name text NOT NULL DEFAULT '',
        active boolean NOT NULL DEFAULT true,
        is_operator boolean NOT NULL DEFAULT false,
        is_admin boolean NOT NULL DEFAULT false,
        permissions text[] NOT NULL DEFAULT '{}',
        show_archived_sav boolean NOT NULL DEFAULT false,
        sav_observations_as_tooltips boolean NOT NULL DEFAULT true
    );
    CREATE INDEX IF NOT EXISTS directory_users_tenant ON directory_users (tenant_id);
    """,
)


async def _ensure_user(conn: Conn, env: es.Envelope) -> None:
    await conn.execute(
        "INSERT INTO directory_users (user_id, tenant_id) VALUES ($1, $2) "
        "ON CONFLICT (user_id) DO NOTHING",
        env.aggregate_id,
        env.tenant_id,
    )


@directory_view.on(TenantRegistered)
async def _tenant(conn: Conn, e: TenantRegistered, env: es.Envelope) -> None:
    await conn.execute(
        """INSERT INTO directory_tenants (tenant_id, name, timezone) VALUES ($1, $2, $3)
           ON CONFLICT (tenant_id) DO UPDATE SET name = $2, timezone = $3""",
        env.tenant_id,
        e.name,
        e.timezone,
    )


@directory_view.on(TenantProfileChanged)
async def _tenant_profile(conn: Conn, e: TenantProfileChanged, env: es.Envelope) -> None:
    await conn.execute(
        """INSERT INTO directory_tenants (tenant_id, name, timezone) VALUES ($1, $2, $3)
           ON CONFLICT (tenant_id) DO UPDATE SET name = $2, timezone = $3""",
        env.tenant_id,
        e.name,
        e.timezone,
    )


@directory_view.on(UserRegistered)
async def _user(conn: Conn, e: UserRegistered, env: es.Envelope) -> None:
    await conn.execute(
        """INSERT INTO directory_users (user_id, tenant_id, first_name, last_name, is_operator,
               is_admin, permissions)
           VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (user_id) DO UPDATE SET first_name = $3, last_name = $4,
               is_operator = $5, is_admin = $6, permissions = $7""",
        e.user_id,
        env.tenant_id,
        e.first_name,
        e.last_name,
        e.is_operator,
        e.is_admin,
        e.permissions,
    )


@directory_view.on(UserProfileChanged)
async def _profile(conn: Conn, e: UserProfileChanged, env: es.Envelope) -> None:
    """A renamed operator shows under the new name on the planning and the agendas."""
    await _ensure_user(conn, env)
    await conn.execute(
        "UPDATE directory_users SET first_name = $2, last_name = $3 WHERE user_id = $1",
        e.user_id,
        e.first_name,
        e.last_name,
    )


@directory_view.on(UserPermissionsChanged)
async def _permissions(conn: Conn, e: UserPermissionsChanged, env: es.Envelope) -> None:
    await _ensure_user(conn, env)
    await conn.execute(
        "UPDATE directory_users SET is_admin = $2, permissions = $3 WHERE user_id = $1",
        e.user_id,
        e.is_admin,
        e.permissions,
    )


@directory_view.on(UserOperatorChanged)
async def _operator(conn: Conn, e: UserOperatorChanged, env: es.Envelope) -> None:
    await _ensure_user(conn, env)
    await conn.execute(
        "UPDATE directory_users SET is_operator = $2 WHERE user_id = $1", e.user_id, e.is_operator
    )


@directory_view.on(UserPreferencesChanged)
async def _preferences(conn: Conn, e: UserPreferencesChanged, env: es.Envelope) -> None:
    await _ensure_user(conn, env)
    await conn.execute(
        """UPDATE directory_users SET show_archived_sav = $2, sav_observations_as_tooltips = $3
           WHERE user_id = $1""",
        e.user_id,
        e.show_archived_sav,
        e.sav_observations_as_tooltips,
    )


@directory_view.on(UserDeactivated)
async def _deactivated(conn: Conn, e: UserDeactivated, env: es.Envelope) -> None:
    await _ensure_user(conn, env)
    await conn.execute("UPDATE directory_users SET active = false WHERE user_id = $1", e.user_id)


@directory_view.on(UserErased)
async def _erased(conn: Conn, e: UserErased, env: es.Envelope) -> None:
    """Their interventions stay, booked on « Utilisateur effacé »."""
    await _ensure_user(conn, env)
    await conn.execute(
        "UPDATE directory_users SET first_name = '', last_name = $2, active = false "
        "WHERE user_id = $1",
        e.user_id,
        privacy.ERASED_USER,
    )
    privacy.keystore().forget([("user", e.user_id)])
