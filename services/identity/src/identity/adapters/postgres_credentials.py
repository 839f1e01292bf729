"""Credentials: password hashes and failed-login counters, in identity's own table (never in
events or logs)."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

import asyncpg
from ouvrage_events.store.db import Conn

from identity.domain.errors import EmailAlreadyUsedError
from identity.domain.lockout import LoginFailures

_COLUMNS = (
    "user_id, tenant_id, email, password_hash, active, failed_count, "
    "failure_window_started_at, locked_until, must_change_password"
)


@dataclass(frozen=True, repr=False)
class Credential:
    user_id: UUID
    tenant_id: UUID
    email: str
    password_hash: str
    active: bool
    failures: LoginFailures
    must_change_password: bool = False

    def __repr__(self) -> str:  # never show the hash
        return f"Credential(user_id={self.user_id}, active={self.active})"


def _credential(row: asyncpg.Record) -> Credential:
    return Credential(
        user_id=row["user_id"],
        tenant_id=row["tenant_id"],
        email=row["email"],
        password_hash=row["password_hash"],
        active=row["active"],
        failures=LoginFailures(
            row["failed_count"], row["failure_window_started_at"], row["locked_until"]
        ),
        must_change_password=row["must_change_password"],
    )


class PostgresCredentials:
    """Runs on the caller's connection, inside its transaction."""

    async def find_by_email(self, conn: Conn | asyncpg.Pool, email: str) -> Credential | None:
        row = await conn.fetchrow(
            f"SELECT {_COLUMNS} FROM credentials WHERE lower(email) = lower($1)", email
        )
        return None if row is None else _credential(row)

    async def get(self, conn: Conn | asyncpg.Pool, user_id: UUID) -> Credential | None:
        row = await conn.fetchrow(f"SELECT {_COLUMNS} FROM credentials WHERE user_id = $1", user_id)
        return None if row is None else _credential(row)

    async def lock(self, conn: Conn, user_id: UUID) -> None:
        """Serialise logins of one user until the transaction ends.

        An advisory lock, not SELECT FOR UPDATE: a row lock would give the transaction an id
        before its events are appended, which the event store forbids.
        """
        await conn.execute(
            "SELECT pg_advisory_xact_lock(hashtextextended('identity.credential:' || $1, 0))",
            str(user_id),
        )

    async def insert(
        self, conn: Conn, *, user_id: UUID, tenant_id: UUID, email: str, password_hash: str
    ) -> None:
        """``EmailAlreadyUsedError`` when another account took the address meanwhile."""
        try:
            await conn.execute(
                "INSERT INTO credentials (user_id, tenant_id, email, password_hash) "
                "VALUES ($1, $2, $3, $4)",
                user_id,
                tenant_id,
                email,
                password_hash,
            )
        except asyncpg.UniqueViolationError as exc:
            raise EmailAlreadyUsedError() from exc

    async def change_email(self, conn: Conn, user_id: UUID, email: str) -> None:
        """The login address follows the profile; ``EmailAlreadyUsedError`` when another
        account took it meanwhile."""
        try:
            await conn.execute(
                "UPDATE credentials SET email = $2 WHERE user_id = $1", user_id, email
            )
        except asyncpg.UniqueViolationError as exc:
            raise EmailAlreadyUsedError() from exc

    async def set_password(
        self, conn: Conn, user_id: UUID, password_hash: str, *, must_change: bool = False
    ) -> None:
        """Replace the hash; the failure counters start again; ``must_change`` after a reset."""
        await conn.execute(
            "UPDATE credentials SET password_hash = $2, password_changed_at = now(), "
            "failed_count = 0, failure_window_started_at = NULL, locked_until = NULL, "
            "must_change_password = $3 WHERE user_id = $1",
            user_id,
            password_hash,
            must_change,
        )

    async def rehash(self, conn: Conn, user_id: UUID, password_hash: str) -> None:
        """The same password under the current argon2 parameters."""
        await conn.execute(
            "UPDATE credentials SET password_hash = $2 WHERE user_id = $1", user_id, password_hash
        )

    async def save_failures(self, conn: Conn, user_id: UUID, failures: LoginFailures) -> None:
        await conn.execute(
            "UPDATE credentials SET failed_count = $2, failure_window_started_at = $3, "
            "locked_until = $4 WHERE user_id = $1",
            user_id,
            failures.count,
            failures.window_started_at,
            failures.locked_until,
        )

    async def deactivate(self, conn: Conn, user_id: UUID) -> None:
        await conn.execute("UPDATE credentials SET active = false WHERE user_id = $1", user_id)
