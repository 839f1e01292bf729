"""The read model of identity's own events: companies and their user directory.

Applied inline, in the append transaction, so the API reads its own writes. Every event moves
the row's ``version`` to the event's sequence (the aggregate version behind ETag / If-Match);
the ``version <`` guards make each handler idempotent. ``sort_key`` orders the directory in
French (see ``domain/sorting.py``); rows older than that column get it from ``backfill_sort_keys``
at migrate time.
"""

from __future__ import annotations

from ouvrage_events import Envelope, Projection
from ouvrage_events.catalog.identity import (
    PasswordChanged,
    TenantProfileChanged,
    TenantRegistered,
    TenantSenderChanged,
    UserDeactivated,
    UserErased,
    UserLockedOut,
    UserOperatorChanged,
    UserPermissionsChanged,
    UserPreferencesChanged,
    UserProfileChanged,
    UserRegistered,
)
from ouvrage_events.privacy import ERASED_USER
from ouvrage_events.store.db import Conn

from identity.domain.sorting import directory_sort_key

directory = Projection(
    "identity_directory",
    ddl="""
    CREATE TABLE IF NOT EXISTS directory_tenants (
        id           uuid PRIMARY KEY,
        name         text NOT NULL,
        timezone     text NOT NULL,
        sender_email text,
        version      integer NOT NULL
    );
    CREATE TABLE IF NOT EXISTS directory_users (
        id           uuid PRIMARY KEY,
        tenant_id    uuid NOT NULL,
        email        text NOT NULL,
        first_name   text NOT NULL,
        last_name    text NOT NULL,
        is_admin     boolean NOT NULL,
        permissions  text[] NOT NULL,
        is_operator  boolean NOT NULL,
        active       boolean NOT NULL DEFAULT true,
        preferences  jsonb,
        locked_until timestamptz,
        version      integer NOT NULL
    );
    DROP INDEX IF EXISTS directory_users_by_name;
    ALTER TABLE directory_users ADD COLUMN IF NOT EXISTS sort_key text COLLATE "C";
    CREATE INDEX IF NOT EXISTS directory_users_by_sort_key
        ON directory_users (tenant_id, sort_key, id);
    ALTER TABLE directory_users ADD COLUMN IF NOT EXISTS phone text NOT NULL DEFAULT '';
    ALTER TABLE directory_users ADD COLUMN IF NOT EXISTS email_signature text NOT NULL DEFAULT '';
    """,
)


@directory.on(TenantRegistered)
async def _tenant_registered(conn: Conn, e: TenantRegistered, env: Envelope) -> None:
    await conn.execute(
        "INSERT INTO directory_tenants (id, name, timezone, sender_email, version) "
        "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING",
        e.tenant_id,
        e.name,
        e.timezone,
        e.sender_email,
        env.sequence,
    )


@directory.on(TenantProfileChanged)
async def _tenant_profile(conn: Conn, e: TenantProfileChanged, env: Envelope) -> None:
    await conn.execute(
        "UPDATE directory_tenants SET name = $2, timezone = $3, version = $4 "
        "WHERE id = $1 AND version < $4",
        env.aggregate_id,
        e.name,
        e.timezone,
        env.sequence,
    )


@directory.on(TenantSenderChanged)
async def _tenant_sender(conn: Conn, e: TenantSenderChanged, env: Envelope) -> None:
    await conn.execute(
        "UPDATE directory_tenants SET sender_email = $2, version = $3 "
        "WHERE id = $1 AND version < $3",
        env.aggregate_id,
        e.sender_email,
        env.sequence,
    )


@directory.on(UserRegistered)
async def _user_registered(conn: Conn, e: UserRegistered, env: Envelope) -> None:
    await conn.execute(
        "INSERT INTO directory_users (id, tenant_id, email, first_name, last_name, is_admin, "
        "permissions, is_operator, version, sort_key) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (id) DO NOTHING",
        e.user_id,
        env.tenant_id,
        e.email,
        e.first_name,
        e.last_name,
        e.is_admin,
        list(e.permissions),
        e.is_operator,
        env.sequence,
        directory_sort_key(e.last_name, e.first_name),
    )


async def backfill_sort_keys(conn: Conn) -> int:
    """Give ``sort_key`` to the rows written before it existed; returns how many."""
    rows = await conn.fetch(
        "SELECT id, last_name, first_name FROM directory_users WHERE sort_key IS NULL"
    )
    await conn.executemany(
        "UPDATE directory_users SET sort_key = $2 WHERE id = $1",
        [(r["id"], directory_sort_key(r["last_name"], r["first_name"])) for r in rows],
    )
    return len(rows)


async def _set(conn: Conn, env: Envelope, assignments: str, *values: object) -> None:
    """Update the user row of ``env`` if it has not seen this event yet."""
    await conn.execute(
        f"UPDATE directory_users SET {assignments}, version = $2 WHERE id = $1 AND version < $2",
        env.aggregate_id,
        env.sequence,
        *values,
    )


@directory.on(UserPermissionsChanged)
async def _permissions(conn: Conn, e: UserPermissionsChanged, env: Envelope) -> None:
    await _set(conn, env, "is_admin = $3, permissions = $4", e.is_admin, list(e.permissions))


@directory.on(UserProfileChanged)
async def _profile(conn: Conn, e: UserProfileChanged, env: Envelope) -> None:
    await _set(
        conn, env,
        "email = $3, first_name = $4, last_name = $5, phone = $6, email_signature = $7, "
        "sort_key = $8",
        e.email, e.first_name, e.last_name, e.phone, e.email_signature,
        directory_sort_key(e.last_name, e.first_name),
    )  # fmt: skip


@directory.on(UserOperatorChanged)
async def _operator(conn: Conn, e: UserOperatorChanged, env: Envelope) -> None:
    await _set(conn, env, "is_operator = $3", e.is_operator)


@directory.on(PasswordChanged)
async def _password(conn: Conn, e: PasswordChanged, env: Envelope) -> None:
    await _set(conn, env, "locked_until = NULL")


@directory.on(UserPreferencesChanged)
async def _preferences(conn: Conn, e: UserPreferencesChanged, env: Envelope) -> None:
    prefs = e.model_dump(mode="json", exclude={"user_id"})
    await _set(conn, env, "preferences = $3::jsonb", prefs)


@directory.on(UserDeactivated)
async def _deactivated(conn: Conn, e: UserDeactivated, env: Envelope) -> None:
    await _set(conn, env, "active = false")


@directory.on(UserLockedOut)
async def _locked(conn: Conn, e: UserLockedOut, env: Envelope) -> None:
    await _set(conn, env, "locked_until = $3", e.until)


@directory.on(UserErased)
async def _erased(conn: Conn, e: UserErased, env: Envelope) -> None:
    """The row stays (ids in other records resolve), as « Utilisateur effacé »; the address
    becomes unique and unusable so the email can be registered again."""
    await _set(
        conn,
        env,
        "email = $3, first_name = '', last_name = $4, active = false, preferences = NULL, "
        "phone = '', email_signature = ''",
        f"efface-{e.user_id}@invalid",
        ERASED_USER,
    )
