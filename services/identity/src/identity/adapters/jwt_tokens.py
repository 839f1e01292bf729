"""RS256 access tokens: claims sub, tid, perms, iat, exp (and iss), kid in the header."""

from __future__ import annotations

import time
from collections.abc import Iterable
from uuid import UUID

import jwt

from identity.adapters.signing_keys import KeyRing


class TokenIssuer:
    def __init__(self, keys: KeyRing, *, issuer: str, ttl_seconds: int) -> None:
        self._keys = keys
        self._issuer = issuer
        self.ttl_seconds = ttl_seconds

    async def access_token(self, user_id: UUID, tenant_id: UUID, permissions: Iterable[str]) -> str:
        """A signed access token valid ``ttl_seconds``."""
        key = await self._keys.signing_key()
        now = int(time.time())
        claims = {
            "iss": self._issuer,
            "sub": str(user_id),
            "tid": str(tenant_id),
            "perms": sorted(permissions),
            "iat": now,
            "exp": now + self.ttl_seconds,
        }
        return jwt.encode(claims, key.private_key, algorithm="RS256", headers={"kid": key.kid})
