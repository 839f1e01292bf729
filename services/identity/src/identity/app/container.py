"""What every handler receives: the wired container, and who asks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from uuid import UUID, uuid4

import ouvrage_events as es
from ouvrage_events import Metadata
from ouvrage_events.store.db import Conn

from identity.app.ports import AccessTokens, Credentials, PasswordHasher, RefreshTokens
from identity.domain.lockout import LockoutPolicy
from identity.domain.password_policy import PasswordPolicy

if TYPE_CHECKING:
    import asyncpg


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Trace:
    """The request's correlation id and W3C traceparent, carried to the events."""

    correlation_id: UUID = field(default_factory=uuid4)
    traceparent: str | None = None

    def metadata(self, tenant_id: UUID, actor_id: UUID | None) -> Metadata:
        return Metadata(
            tenant_id=tenant_id,
            actor_id=actor_id,
            correlation_id=self.correlation_id,
            traceparent=self.traceparent,
        )


@dataclass(frozen=True)
class Actor:
    """The authenticated caller."""

    id: UUID
    tenant_id: UUID
    permissions: frozenset[str]
    trace: Trace = field(default_factory=Trace)

    def can(self, permission: str) -> bool:
        return permission in self.permissions

    def metadata(self) -> Metadata:
        return self.trace.metadata(self.tenant_id, self.id)


@dataclass(frozen=True)
class Container:
    """identity's services, wired once by bootstrap (the same name in every service)."""

    pool: asyncpg.Pool
    pipeline: es.Pipeline
    hasher: PasswordHasher
    policy: PasswordPolicy
    lockout: LockoutPolicy
    credentials: Credentials
    refresh_tokens: RefreshTokens
    tokens: AccessTokens
    clock: Callable[[], datetime] = utc_now


async def lock_administrators(conn: Conn, tenant_id: UUID) -> None:
    """Serialise the changes that could leave a company without an administrator."""
    await conn.execute(
        "SELECT pg_advisory_xact_lock(hashtextextended('identity.admins:' || $1, 0))",
        str(tenant_id),
    )
