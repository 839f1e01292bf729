"""Refresh tokens: random, stored only as SHA-256 digests, rotated on use, revocable by family.

A family is one login's chain of rotated tokens: presenting a token that was already used (a
stolen copy, replayed) revokes the whole family.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from uuid import UUID, uuid4

from ouvrage_events.store.db import Conn


def digest(token: str) -> str:
    """What is stored: tokens have 256 random bits, so a plain SHA-256 is enough."""
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class RefreshGrant:
    token_digest: str
    family_id: UUID
    user_id: UUID
    tenant_id: UUID
    expires_at: datetime
    used_at: datetime | None
    revoked_at: datetime | None


class PostgresRefreshTokens:
    """Runs on the caller's connection, inside its transaction."""

    def __init__(self, ttl: timedelta) -> None:
        self.ttl = ttl

    async def issue(
        self, conn: Conn, *, user_id: UUID, tenant_id: UUID, family_id: UUID | None = None
    ) -> str:
        """A new token (the only time its plain value exists)."""
        token = secrets.token_urlsafe(32)
        await conn.execute(
            "INSERT INTO refresh_tokens (token_digest, family_id, user_id, tenant_id, expires_at)"
            " VALUES ($1, $2, $3, $4, now() + $5::interval)",
            digest(token),
            family_id or uuid4(),
            user_id,
            tenant_id,
            self.ttl,
        )
        return token

    async def take(self, conn: Conn, token: str) -> RefreshGrant | None:
        """The token's row, locked for the rest of the transaction."""
        row = await conn.fetchrow(
            "SELECT token_digest, family_id, user_id, tenant_id, expires_at, used_at, revoked_at "
            "FROM refresh_tokens WHERE token_digest = $1 FOR UPDATE",
            digest(token),
        )
        return None if row is None else RefreshGrant(**dict(row))

    async def mark_used(self, conn: Conn, token_digest: str) -> None:
        await conn.execute(
            "UPDATE refresh_tokens SET used_at = now() WHERE token_digest = $1", token_digest
        )

    async def revoke_family(self, conn: Conn, family_id: UUID) -> None:
        await conn.execute(
            "UPDATE refresh_tokens SET revoked_at = now() "
            "WHERE family_id = $1 AND revoked_at IS NULL",
            family_id,
        )

    async def revoke(self, conn: Conn, token: str) -> bool:
        """Revoke the token's family; False when the token is unknown."""
        status = await conn.execute(
            "UPDATE refresh_tokens SET revoked_at = now() WHERE revoked_at IS NULL AND family_id ="
            " (SELECT family_id FROM refresh_tokens WHERE token_digest = $1)",
            digest(token),
        )
        return status != "UPDATE 0"

    async def revoke_user(self, conn: Conn, user_id: UUID) -> None:
        """Every session of the user ends at its next refresh."""
        await conn.execute(
            "UPDATE refresh_tokens SET revoked_at = now() "
            "WHERE user_id = $1 AND revoked_at IS NULL",
            user_id,
        )

    async def purge(self, conn: Conn) -> int:
        """Forget expired tokens; how many."""
        status = await conn.execute("DELETE FROM refresh_tokens WHERE expires_at < now()")
        return int(status.split()[-1])
