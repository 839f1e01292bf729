"""The notifier's own view of companies, users, clients and worksites, from their events.

Who to tell and how: users' addresses, whether they are active and the channels they keep on;
companies' names, time zones and sender addresses; clients' names and owners; worksites' titles.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from uuid import UUID

import ouvrage_events as es
from ouvrage_events.catalog.clients import (
    ClientContactChanged,
    ClientErased,
    ClientOwnerChanged,
    ClientRegistered,
)
from ouvrage_events.catalog.identity import (
    TenantRegistered,
    TenantSenderChanged,
    UserDeactivated,
    UserErased,
    UserPermissionsChanged,
    UserPreferencesChanged,
    UserProfileChanged,
    UserRegistered,
)
from ouvrage_events.catalog.planning import WorksiteOpened
from ouvrage_events.store.db import Conn

from notifier.app.erasure import erase_client, erase_user

directory = es.Projection(
    "directory",
    ddl="""
    CREATE TABLE IF NOT EXISTS tenants (
        tenant_id uuid PRIMARY KEY, name text NOT NULL DEFAULT '',
        timezone text NOT NULL DEFAULT 'Europe/Paris', sender_email text);
    CREATE TABLE IF NOT EXISTS users (
        user_id uuid PRIMARY KEY, tenant_id uuid NOT NULL, email text,
        first_name text NOT NULL DEFAULT '', last_name text NOT NULL DEFAULT '',
        active boolean NOT NULL DEFAULT true, channels jsonb NOT NULL DEFAULT '{}');
    -- Added after the first release: « vos administrateurs » and the signature of the emails
    -- sent on a user's behalf (rebuild the projection to fill them for older users).
    ALTER TABLE users ADD COLUMN IF NOT EXISTS is_admin boolean NOT NULL DEFAULT false;
    ALTER TABLE users ADD COLUMN IF NOT EXISTS email_signature text NOT NULL DEFAULT '';
    CREATE TABLE IF NOT EXISTS clients (
        client_id uuid PRIMARY KEY, tenant_id uuid NOT NULL,
        display_name text NOT NULL DEFAULT '', owner_id uuid);
    CREATE TABLE IF NOT EXISTS worksites (
        worksite_id uuid PRIMARY KEY, tenant_id uuid NOT NULL,
        client_name text NOT NULL DEFAULT '', title text NOT NULL DEFAULT '');
    """,
)


@directory.on(TenantRegistered)
async def _tenant_registered(conn: Conn, e: TenantRegistered, env: es.Envelope) -> None:
    await conn.execute(
        "INSERT INTO tenants (tenant_id, name, timezone, sender_email) VALUES ($1, $2, $3, $4) "
        "ON CONFLICT (tenant_id) DO UPDATE SET name = $2, timezone = $3, "
        "sender_email = coalesce($4, tenants.sender_email)",
        e.tenant_id,
        e.name,
        e.timezone,
        e.sender_email,
    )


@directory.on(TenantSenderChanged)
async def _sender_changed(conn: Conn, e: TenantSenderChanged, env: es.Envelope) -> None:
    await conn.execute(
        "INSERT INTO tenants (tenant_id, sender_email) VALUES ($1, $2) "
        "ON CONFLICT (tenant_id) DO UPDATE SET sender_email = $2",
        e.tenant_id,
        e.sender_email,
    )


@directory.on(UserRegistered)
async def _user_registered(conn: Conn, e: UserRegistered, env: es.Envelope) -> None:
    await conn.execute(
        "INSERT INTO users (user_id, tenant_id, email, first_name, last_name, is_admin) "
        "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (user_id) DO UPDATE "
        "SET email = $3, first_name = $4, last_name = $5, is_admin = $6",
        e.user_id,
        env.tenant_id,
        e.email,
        e.first_name,
        e.last_name,
        e.is_admin,
    )


@directory.on(UserProfileChanged)
async def _profile(conn: Conn, e: UserProfileChanged, env: es.Envelope) -> None:
    await conn.execute(
        "INSERT INTO users (user_id, tenant_id, email, first_name, last_name, email_signature) "
        "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (user_id) DO UPDATE "
        "SET email = $3, first_name = $4, last_name = $5, email_signature = $6",
        e.user_id,
        env.tenant_id,
        e.email,
        e.first_name,
        e.last_name,
        e.email_signature,
    )


@directory.on(UserPermissionsChanged)
async def _permissions(conn: Conn, e: UserPermissionsChanged, env: es.Envelope) -> None:
    await conn.execute(
        "INSERT INTO users (user_id, tenant_id, is_admin) VALUES ($1, $2, $3) "
        "ON CONFLICT (user_id) DO UPDATE SET is_admin = $3",
        e.user_id,
        env.tenant_id,
        e.is_admin,
    )


@directory.on(UserPreferencesChanged)
async def _preferences(conn: Conn, e: UserPreferencesChanged, env: es.Envelope) -> None:
    channels = {kind: list(values) for kind, values in e.notification_channels.items()}
    await conn.execute(
        "INSERT INTO users (user_id, tenant_id, channels) VALUES ($1, $2, $3) "
        "ON CONFLICT (user_id) DO UPDATE SET channels = $3",
        e.user_id,
        env.tenant_id,
        channels,
    )


@directory.on(UserDeactivated)
async def _deactivated(conn: Conn, e: UserDeactivated, env: es.Envelope) -> None:
    await conn.execute(
        "INSERT INTO users (user_id, tenant_id, active) VALUES ($1, $2, false) "
        "ON CONFLICT (user_id) DO UPDATE SET active = false",
        e.user_id,
        env.tenant_id,
    )


@directory.on(ClientRegistered)
async def _client_registered(conn: Conn, e: ClientRegistered, env: es.Envelope) -> None:
    await conn.execute(
        "INSERT INTO clients (client_id, tenant_id, display_name, owner_id) "
        "VALUES ($1, $2, $3, $4) ON CONFLICT (client_id) DO UPDATE "
        "SET display_name = $3, owner_id = $4",
        e.client_id,
        env.tenant_id,
        e.display_name,
        e.owner_id,
    )


@directory.on(ClientContactChanged)
async def _client_contact(conn: Conn, e: ClientContactChanged, env: es.Envelope) -> None:
    await conn.execute(
        "INSERT INTO clients (client_id, tenant_id, display_name) VALUES ($1, $2, $3) "
        "ON CONFLICT (client_id) DO UPDATE SET display_name = $3",
        e.client_id,
        env.tenant_id,
        e.display_name,
    )


@directory.on(ClientOwnerChanged)
async def _client_owner(conn: Conn, e: ClientOwnerChanged, env: es.Envelope) -> None:
    await conn.execute(
        "INSERT INTO clients (client_id, tenant_id, owner_id) VALUES ($1, $2, $3) "
        "ON CONFLICT (client_id) DO UPDATE SET owner_id = $3",
        e.client_id,
        env.tenant_id,
        e.owner_id,
    )


@directory.on(WorksiteOpened)
async def _worksite(conn: Conn, e: WorksiteOpened, env: es.Envelope) -> None:
    await conn.execute(
        "INSERT INTO worksites (worksite_id, tenant_id, client_name, title) "
        "VALUES ($1, $2, $3, $4) ON CONFLICT (worksite_id) DO UPDATE "
        "SET client_name = $3, title = $4",
        e.worksite_id,
        env.tenant_id,
        e.client_name,
        e.title,
    )


@dataclass(frozen=True)
class UserCard:
    user_id: UUID
    email: str | None
    first_name: str
    last_name: str
    active: bool
    channels: dict[str, list[str]] = field(default_factory=dict)
    email_signature: str = ""

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)


@dataclass(frozen=True)
class TenantCard:
    name: str = ""
    timezone: str = "Europe/Paris"
    sender_email: str | None = None


async def user(conn: Conn, tenant_id: UUID, user_id: UUID) -> UserCard | None:
    row = await conn.fetchrow(
        "SELECT user_id, email, first_name, last_name, active, channels, email_signature "
        "FROM users WHERE tenant_id = $1 AND user_id = $2",
        tenant_id,
        user_id,
    )
    return UserCard(**dict(row)) if row else None


async def tenant(conn: Conn, tenant_id: UUID) -> TenantCard:
    """The company as known; defaults when its events have not arrived (yet)."""
    row = await conn.fetchrow(
        "SELECT name, timezone, sender_email FROM tenants WHERE tenant_id = $1", tenant_id
    )
    return TenantCard(**dict(row)) if row else TenantCard()


async def administrators(conn: Conn, tenant_id: UUID) -> list[UUID]:
    """The company's active administrators (« votre administrateur »), in a stable order."""
    rows = await conn.fetch(
        "SELECT user_id FROM users WHERE tenant_id = $1 AND is_admin AND active ORDER BY user_id",
        tenant_id,
    )
    return [row["user_id"] for row in rows]


class DirectoryBehindError(LookupError):
    """The directory does not know the record yet (its consumer is behind): retry later."""


async def client_owner(conn: Conn, tenant_id: UUID, client_id: UUID) -> UUID | None:
    """The client's owner (None when it has none); ``DirectoryBehindError`` if unknown."""
    row = await conn.fetchrow(
        "SELECT owner_id FROM clients WHERE tenant_id = $1 AND client_id = $2",
        tenant_id,
        client_id,
    )
    if row is None:
        # Raised in the consumer: retried with backoff, then parked for replay-parked.
        raise DirectoryBehindError("client")
    owner: UUID | None = row["owner_id"]
    return owner


async def worksite_title(conn: Conn, tenant_id: UUID, worksite_id: UUID) -> str | None:
    row = await conn.fetchrow(
        "SELECT client_name, title FROM worksites WHERE tenant_id = $1 AND worksite_id = $2",
        tenant_id,
        worksite_id,
    )
    if row is None:
        return None
    return " – ".join(p for p in (row["client_name"], row["title"]) if p) or None


directory.on(ClientErased)(erase_client)
directory.on(UserErased)(erase_user)
