"""identity's RS256 signing keys, kept in its database.

The newest unretired key signs; a rotation adds a key and retires the previous one, which stays
in the JWKS until every token it signed has expired, so nobody is logged out. The same ring is
the key source identity's own API verifies tokens with. The private keys are stored encrypted
with the key-encryption key (``KeyCipher``); ``ensure_active`` re-encrypts, at each start, rows
stored in plaintext (before encryption existed) or under a KEK that is no longer the first.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import asyncpg
import structlog
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey, RSAPublicKey
from jwt.algorithms import RSAAlgorithm
from ouvrage_events.store.db import Conn

from identity.adapters.key_encryption import KeyCipher

log = structlog.get_logger(__name__)

_LOCK = "identity.signing_keys"
_MIN_RELOAD_GAP = 1.0


@dataclass(frozen=True, repr=False)
class SigningKey:
    kid: str
    private_key: RSAPrivateKey


def public_jwk(public_key: RSAPublicKey) -> dict[str, Any]:
    """The public JWK of a key, its kid being the RFC 7638 thumbprint."""
    jwk: dict[str, Any] = json.loads(RSAAlgorithm.to_jwk(public_key))
    canonical = json.dumps(
        {"e": jwk["e"], "kty": "RSA", "n": jwk["n"]}, separators=(",", ":"), sort_keys=True
    )
    kid = base64.urlsafe_b64encode(hashlib.sha256(canonical.encode()).digest()).rstrip(b"=")
    return {"kty": "RSA", "n": jwk["n"], "e": jwk["e"], "kid": kid.decode(), "use": "sig",
            "alg": "RS256"}  # fmt: skip


def _private_pem(key: RSAPrivateKey) -> str:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()


def load_private_key(pem: bytes) -> RSAPrivateKey:
    key = serialization.load_pem_private_key(pem, password=None)
    if not isinstance(key, RSAPrivateKey):
        raise ValueError("the signing key must be an RSA private key")
    return key


class KeyRing:
    def __init__(
        self,
        *,
        cipher: KeyCipher,
        key_size: int = 2048,
        retention: timedelta = timedelta(minutes=17),
        cache_seconds: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.cipher = cipher
        self._key_size = key_size
        self._retention = retention
        self._cache_seconds = cache_seconds
        self._clock = clock
        self._pool: asyncpg.Pool | None = None
        self._active: SigningKey | None = None
        self._public: dict[str, RSAPublicKey] = {}
        self._jwks: dict[str, Any] = {"keys": []}
        self._loaded_at: float | None = None
        self._lock = asyncio.Lock()

    def attach(self, pool: asyncpg.Pool | None) -> None:
        """Use ``pool`` from now on (the lifespan attaches it, then detaches it on shutdown)."""
        self._pool = pool
        self._loaded_at = None

    @property
    def pool(self) -> asyncpg.Pool:
        if self._pool is None:
            raise RuntimeError("the key ring has no database pool (app not started)")
        return self._pool

    async def ensure_active(self, pem: bytes | None = None) -> str:
        """The active key's kid, creating the first key (from ``pem`` if given) when none is."""
        async with self.pool.acquire() as conn, conn.transaction():
            await conn.execute("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", _LOCK)
            kid: str | None = await conn.fetchval(
                "SELECT kid FROM signing_keys WHERE retired_at IS NULL "
                "ORDER BY created_at DESC LIMIT 1"
            )
            await self._reencrypt(conn)
            if kid is None:
                key = load_private_key(pem) if pem else await self._generate()
                kid = await self._insert(conn, key)
                log.info("identity.signing_key_created", kid=kid, imported=pem is not None)
        self._loaded_at = None
        return kid

    async def rotate(self) -> str:
        """Add a new active key; the previous ones are retired (kept in the JWKS a while)."""
        key = await self._generate()
        async with self.pool.acquire() as conn, conn.transaction():
            await conn.execute("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", _LOCK)
            await conn.execute(
                "UPDATE signing_keys SET retired_at = clock_timestamp() WHERE retired_at IS NULL"
            )
            kid = await self._insert(conn, key)
        log.info("identity.signing_key_rotated", kid=kid)
        self._loaded_at = None
        return kid

    async def signing_key(self) -> SigningKey:
        await self._refresh(force=False)
        if self._active is None:
            raise RuntimeError("no active signing key: run `ouvrage-identity migrate` and start")
        return self._active

    async def jwks(self) -> dict[str, Any]:
        await self._refresh(force=False)
        return self._jwks

    async def get(self, kid: str) -> RSAPublicKey | None:
        """KeySource: the public key of ``kid`` if it is published."""
        await self._refresh(force=kid not in self._public)
        return self._public.get(kid)

    async def aclose(self) -> None:
        return None

    async def _generate(self) -> RSAPrivateKey:
        return await asyncio.to_thread(
            rsa.generate_private_key, public_exponent=65537, key_size=self._key_size
        )

    async def _reencrypt(self, conn: Conn) -> None:
        """Encrypt under the first KEK the rows in plaintext or under an older KEK."""
        rows = await conn.fetch("SELECT kid, private_pem FROM signing_keys")
        for row in rows:
            if self.cipher.needs_rewrite(row["private_pem"]):
                await conn.execute(
                    "UPDATE signing_keys SET private_pem = $2 WHERE kid = $1",
                    row["kid"],
                    self.cipher.rewrite(row["private_pem"]),
                )
                log.info("identity.signing_key_reencrypted", kid=row["kid"])

    async def _insert(self, conn: Conn, key: RSAPrivateKey) -> str:
        jwk = public_jwk(key.public_key())
        await conn.execute(
            "INSERT INTO signing_keys (kid, private_pem, public_jwk) "
            "VALUES ($1, $2, $3::text::jsonb) ON CONFLICT (kid) DO UPDATE SET retired_at = NULL",
            jwk["kid"],
            self.cipher.encrypt(_private_pem(key)),
            json.dumps(jwk),
        )
        return str(jwk["kid"])

    async def _refresh(self, *, force: bool) -> None:
        now = self._clock()
        age = None if self._loaded_at is None else now - self._loaded_at
        if age is not None and age < (_MIN_RELOAD_GAP if force else self._cache_seconds):
            return
        async with self._lock:
            if self._loaded_at is not None and self._loaded_at > now:
                return  # another task reloaded meanwhile
            await self._load()
            self._loaded_at = self._clock()

    async def _load(self) -> None:
        rows = await self.pool.fetch(
            "SELECT kid, private_pem, public_jwk::text AS jwk, retired_at IS NULL AS active "
            "FROM signing_keys WHERE retired_at IS NULL OR retired_at > now() - $1::interval "
            "ORDER BY created_at DESC",
            self._retention,
        )
        jwks = [json.loads(r["jwk"]) for r in rows]
        self._public = {
            jwk["kid"]: RSAAlgorithm.from_jwk(jwk)  # type: ignore[misc]
            for jwk in jwks
        }
        active = next((r for r in rows if r["active"]), None)
        if active is not None and (self._active is None or self._active.kid != active["kid"]):
            key = load_private_key(self.cipher.decrypt(active["private_pem"]).encode())
            self._active = SigningKey(active["kid"], key)
        self._jwks = {"keys": jwks}
