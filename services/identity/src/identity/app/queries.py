"""Reads of the directory, always confined to one company (another company's id is not found)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeAlias
from uuid import UUID

from ouvrage_events.store.db import Conn

from identity.domain.errors import TenantNotFoundError, UserNotFoundError
from identity.domain.permissions import Grant
from identity.domain.preferences import Preferences

if TYPE_CHECKING:
    import asyncpg

    Db: TypeAlias = Conn | asyncpg.Pool
else:
    Db = Any

_USER_COLUMNS = (
    "id, tenant_id, email, first_name, last_name, is_admin, permissions, is_operator, active, "
    "preferences, version, phone, email_signature"
)


@dataclass(frozen=True)
class UserRow:
    id: UUID
    tenant_id: UUID
    email: str
    first_name: str
    last_name: str
    grant: Grant
    is_operator: bool
    active: bool
    preferences: Preferences
    version: int
    phone: str = ""
    email_signature: str = ""

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class TenantRow:
    id: UUID
    name: str
    timezone: str
    sender_email: str | None
    version: int


def _preferences(stored: Mapping[str, Any] | None) -> Preferences:
    if not stored:
        return Preferences()
    return Preferences.from_event(
        show_archived_sav=bool(stored.get("show_archived_sav", False)),
        sav_observations_as_tooltips=bool(stored.get("sav_observations_as_tooltips", True)),
        notification_channels=stored.get("notification_channels") or {},
    )


def _user(row: asyncpg.Record) -> UserRow:
    return UserRow(
        id=row["id"],
        tenant_id=row["tenant_id"],
        email=row["email"],
        first_name=row["first_name"],
        last_name=row["last_name"],
        grant=Grant(row["is_admin"], frozenset(row["permissions"])),
        is_operator=row["is_operator"],
        active=row["active"],
        preferences=_preferences(row["preferences"]),
        version=row["version"],
        phone=row["phone"],
        email_signature=row["email_signature"],
    )


async def get_user(db: Db, tenant_id: UUID, user_id: UUID) -> UserRow:
    """The user if they belong to ``tenant_id``; ``UserNotFoundError`` otherwise."""
    row = await db.fetchrow(
        f"SELECT {_USER_COLUMNS} FROM directory_users WHERE id = $1 AND tenant_id = $2",
        user_id,
        tenant_id,
    )
    if row is None:
        raise UserNotFoundError()
    return _user(row)


@dataclass(frozen=True)
class UserPosition:
    """Where a page of the directory (ordered by ``sort_key``, then id) stops."""

    sort_key: str
    id: UUID


async def list_users(
    db: Db,
    tenant_id: UUID,
    *,
    limit: int,
    after: UserPosition | None = None,
    active: bool | None = None,
) -> tuple[list[UserRow], UserPosition | None]:
    """A page of the company's users in French name order (accents and case ignored) and the
    position of the next page (None at the end)."""
    rows = await db.fetch(
        f"SELECT {_USER_COLUMNS}, sort_key "
        "FROM directory_users WHERE tenant_id = $1 AND ($2::boolean IS NULL OR active = $2) "
        'AND ($3::text IS NULL OR (sort_key, id) > ($3 COLLATE "C", $4)) '
        "ORDER BY sort_key, id LIMIT $5",
        tenant_id,
        active,
        after.sort_key if after else None,
        after.id if after else None,
        limit + 1,
    )
    users = [_user(r) for r in rows[:limit]]
    if len(rows) <= limit:
        return users, None
    last = rows[limit - 1]
    return users, UserPosition(last["sort_key"], last["id"])


async def other_active_administrators(db: Db, tenant_id: UUID, user_id: UUID) -> int:
    return int(
        await db.fetchval(
            "SELECT count(*) FROM directory_users "
            "WHERE tenant_id = $1 AND id <> $2 AND is_admin AND active",
            tenant_id,
            user_id,
        )
    )


async def get_tenant(db: Db, tenant_id: UUID) -> TenantRow:
    row = await db.fetchrow(
        "SELECT id, name, timezone, sender_email, version FROM directory_tenants WHERE id = $1",
        tenant_id,
    )
    if row is None:
        raise TenantNotFoundError()
    return TenantRow(**dict(row))
