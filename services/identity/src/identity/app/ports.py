"""What the application needs from the outside; the adapters implement these."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Protocol
from uuid import UUID

from ouvrage_events.store.db import Conn

from identity.domain.lockout import LoginFailures

if TYPE_CHECKING:
    import asyncpg


class PasswordHasher(Protocol):
    async def hash(self, password: str) -> str: ...

    async def verify(self, password_hash: str, password: str) -> bool: ...

    async def verify_dummy(self, password: str) -> None: ...

    def needs_rehash(self, password_hash: str) -> bool: ...


class AccessTokens(Protocol):
    ttl_seconds: int

    async def access_token(
        self,
        user_id: UUID,
        tenant_id: UUID,
        permissions: Iterable[str],
        *,
        password_change_only: bool = False,
    ) -> str: ...


class CredentialRecord(Protocol):
    @property
    def user_id(self) -> UUID: ...
    @property
    def tenant_id(self) -> UUID: ...
    @property
    def password_hash(self) -> str: ...
    @property
    def active(self) -> bool: ...
    @property
    def failures(self) -> LoginFailures: ...
    @property
    def must_change_password(self) -> bool: ...


class Credentials(Protocol):
    async def find_by_email(
        self, conn: Conn | asyncpg.Pool, email: str
    ) -> CredentialRecord | None: ...

    async def get(self, conn: Conn | asyncpg.Pool, user_id: UUID) -> CredentialRecord | None: ...

    async def lock(self, conn: Conn, user_id: UUID) -> None: ...

    async def insert(
        self, conn: Conn, *, user_id: UUID, tenant_id: UUID, email: str, password_hash: str
    ) -> None: ...

    async def change_email(self, conn: Conn, user_id: UUID, email: str) -> None: ...

    async def set_password(
        self, conn: Conn, user_id: UUID, password_hash: str, *, must_change: bool = False
    ) -> None: ...

    async def rehash(self, conn: Conn, user_id: UUID, password_hash: str) -> None: ...

    async def save_failures(self, conn: Conn, user_id: UUID, failures: LoginFailures) -> None: ...

    async def deactivate(self, conn: Conn, user_id: UUID) -> None: ...


class RefreshGrantRecord(Protocol):
    @property
    def token_digest(self) -> str: ...
    @property
    def family_id(self) -> UUID: ...
    @property
    def user_id(self) -> UUID: ...
    @property
    def expires_at(self) -> datetime: ...
    @property
    def used_at(self) -> datetime | None: ...
    @property
    def revoked_at(self) -> datetime | None: ...


class RefreshTokens(Protocol):
    async def issue(
        self, conn: Conn, *, user_id: UUID, tenant_id: UUID, family_id: UUID | None = None
    ) -> str: ...

    async def take(self, conn: Conn, token: str) -> RefreshGrantRecord | None: ...

    async def mark_used(self, conn: Conn, token_digest: str) -> None: ...

    async def revoke_family(self, conn: Conn, family_id: UUID) -> None: ...

    async def revoke(self, conn: Conn, token: str) -> bool: ...

    async def revoke_user(self, conn: Conn, user_id: UUID) -> None: ...
