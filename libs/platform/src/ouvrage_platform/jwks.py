"""Where token verification finds its public keys: a JWKS URL, or a fixed set (tests)."""

import asyncio
import time
from collections.abc import Callable, Mapping
from typing import Any, Protocol

import httpx
import structlog
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey, RSAPublicKey
from jwt.algorithms import RSAAlgorithm

log = structlog.get_logger(__name__)


class KeysUnavailableError(Exception):
    """The key set could not be fetched, so no token can be verified for now."""


class KeySource(Protocol):
    """Gives the RSA public key of a `kid`, or None when there is no such key."""

    async def get(self, kid: str) -> RSAPublicKey | None: ...

    async def aclose(self) -> None: ...


def parse_jwks(jwks: Mapping[str, Any]) -> dict[str, RSAPublicKey]:
    """The RS256 signing keys of a JWKS document, by kid; other keys are ignored."""
    keys: dict[str, RSAPublicKey] = {}
    for jwk in jwks.get("keys", ()):
        if not isinstance(jwk, Mapping) or jwk.get("kty") != "RSA":
            continue
        kid = jwk.get("kid")
        if not isinstance(kid, str) or jwk.get("use", "sig") != "sig":
            continue
        if jwk.get("alg", "RS256") != "RS256":
            continue
        try:
            key = RSAAlgorithm.from_jwk(dict(jwk))
        except Exception:  # a malformed key must not hide the good ones
            log.warning("auth.jwk_ignored", kid=kid)
            continue
        keys[kid] = key.public_key() if isinstance(key, RSAPrivateKey) else key
    return keys


class StaticKeys:
    """A fixed key set, for tests and for a service that holds the keys itself."""

    def __init__(self, keys: Mapping[str, RSAPublicKey]) -> None:
        self._keys = dict(keys)

    @classmethod
    def from_jwks(cls, jwks: Mapping[str, Any]) -> "StaticKeys":
        return cls(parse_jwks(jwks))

    async def get(self, kid: str) -> RSAPublicKey | None:
        return self._keys.get(kid)

    async def aclose(self) -> None:
        return None


def default_jwks_client() -> httpx.AsyncClient:
    return httpx.AsyncClient(timeout=3.0)


class JwksKeys:
    """Keys fetched from a JWKS URL, cached by kid, refetched when an unknown kid shows up.

    Refetches are rate-limited (once per `refetch_interval` per unknown kid, and never closer than
    `min_fetch_gap` overall) so that tokens with made-up kids cannot hammer the key server.
    The set is refetched once older than `max_age` (RFC 7517 gives no lifetime; identity answers
    `Cache-Control: max-age=60`), so a key identity withdrew stops being trusted within that age.
    If that refetch fails, the known keys are kept (identity down is not a key withdrawn).
    """

    _MAX_REMEMBERED_KIDS = 1024

    def __init__(
        self,
        jwks_url: str,
        *,
        client_factory: Callable[[], httpx.AsyncClient] = default_jwks_client,
        refetch_interval: float = 30.0,
        min_fetch_gap: float = 1.0,
        max_age: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._url = jwks_url
        self._client_factory = client_factory
        self._client: httpx.AsyncClient | None = None
        self._refetch_interval = refetch_interval
        self._min_fetch_gap = min_fetch_gap
        self._max_age = max_age
        self._loaded_at: float | None = None
        self._clock = clock
        self._keys: dict[str, RSAPublicKey] = {}
        self._loaded = False
        self._attempts: dict[str, float] = {}
        self._last_fetch: float | None = None
        self._lock = asyncio.Lock()

    async def get(self, kid: str) -> RSAPublicKey | None:
        if self._expired():
            await self._refresh_expired(kid)
        key = self._keys.get(kid)
        if key is not None:
            return key
        async with self._lock:
            key = self._keys.get(kid)  # another request may have fetched it meanwhile
            if key is not None:
                return key
            if self._may_fetch(kid):
                await self._fetch(kid)
            elif not self._loaded:
                raise KeysUnavailableError("no key set loaded yet")
        return self._keys.get(kid)

    def _expired(self) -> bool:
        return self._loaded_at is not None and self._clock() - self._loaded_at >= self._max_age

    async def _refresh_expired(self, kid: str) -> None:
        async with self._lock:
            if not self._expired() or self._too_soon():
                return
            try:
                await self._fetch(kid)
            except KeysUnavailableError:
                log.warning("auth.jwks_stale_kept", url=self._url)

    def _too_soon(self) -> bool:
        now = self._clock()
        return self._last_fetch is not None and now - self._last_fetch < self._min_fetch_gap

    def _may_fetch(self, kid: str) -> bool:
        now = self._clock()
        if self._last_fetch is not None and now - self._last_fetch < self._min_fetch_gap:
            return False
        last_attempt = self._attempts.get(kid)
        return last_attempt is None or now - last_attempt >= self._refetch_interval

    async def _fetch(self, kid: str) -> None:
        now = self._clock()
        self._last_fetch = now
        self._remember_attempt(kid, now)
        if self._client is None:
            self._client = self._client_factory()
        try:
            response = await self._client.get(self._url)
            response.raise_for_status()
            keys = parse_jwks(response.json())
        except (httpx.HTTPError, ValueError) as exc:
            log.warning("auth.jwks_fetch_failed", url=self._url, error=type(exc).__name__)
            raise KeysUnavailableError("key set unavailable") from exc
        self._keys = keys
        self._loaded = True
        self._loaded_at = self._clock()
        log.info("auth.jwks_fetched", url=self._url, kids=sorted(keys))

    def _remember_attempt(self, kid: str, now: float) -> None:
        if len(self._attempts) >= self._MAX_REMEMBERED_KIDS:
            self._attempts = {
                k: t for k, t in self._attempts.items() if now - t < self._refetch_interval
            }
        self._attempts[kid] = now

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None
