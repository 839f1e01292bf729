"""RS256 access tokens: claims sub, tid, perms, aud, iat, exp (and iss), kid in the header."""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from uuid import UUID

import jwt
from ouvrage_platform.audience import ALL_AUDIENCES, PASSWORD_CHANGE_AUDIENCE

from identity.adapters.signing_keys import KeyRing


class TokenIssuer:
    def __init__(
        self, keys: KeyRing, *, issuer: str, ttl_seconds: int, audience: Sequence[str] = ()
    ) -> None:
        self._keys = keys
        self._issuer = issuer
        self.ttl_seconds = ttl_seconds
        self._audience = list(audience or ALL_AUDIENCES)

    async def access_token(
        self,
        user_id: UUID,
        tenant_id: UUID,
        permissions: Iterable[str],
        *,
        password_change_only: bool = False,
    ) -> str:
        """A signed access token valid ``ttl_seconds``; ``password_change_only``: no permission,
        and an audience only identity's password route accepts."""
        key = await self._keys.signing_key()
        # iat to the millisecond: a token issued just after a revocation (same second) is valid.
        now = round(time.time(), 3)
        claims = {
            "iss": self._issuer,
            "sub": str(user_id),
            "tid": str(tenant_id),
            "perms": [] if password_change_only else sorted(permissions),
            "aud": [PASSWORD_CHANGE_AUDIENCE] if password_change_only else self._audience,
            "iat": now,
            "exp": int(now) + self.ttl_seconds,
        }
        return jwt.encode(claims, key.private_key, algorithm="RS256", headers={"kid": key.kid})
