import asyncio
import uuid
from typing import Any

import httpx
import pytest
from ouvrage_platform.auth import InvalidTokenError, JwksVerifier
from ouvrage_platform.jwks import JwksKeys, KeysUnavailableError
from ouvrage_platform.testing import TokenMinter, serve_jwks

URL = "http://identity.test/.well-known/jwks.json"
USER = uuid.uuid4()
TENANT = uuid.uuid4()


class FakeIdentity:
    """Serves a JWKS document that tests can rotate, and counts fetches."""

    def __init__(self, jwks: dict[str, Any]) -> None:
        self.jwks = jwks
        self.fetches = 0
        self.down = False

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.fetches += 1
        if self.down:
            return httpx.Response(503)
        return httpx.Response(200, json=self.jwks)

    def client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=httpx.MockTransport(self.handler))


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def keys_for(identity: FakeIdentity, clock: Clock) -> JwksKeys:
    return JwksKeys(URL, client_factory=identity.client, clock=clock)


async def test_keys_are_fetched_once_and_cached(minter: TokenMinter) -> None:
    identity = FakeIdentity(minter.jwks())
    keys = keys_for(identity, Clock())

    assert await keys.get(minter.kid) is not None
    assert await keys.get(minter.kid) is not None
    assert identity.fetches == 1
    await keys.aclose()


async def test_unknown_kid_triggers_a_refetch_that_finds_a_rotated_key() -> None:
    old, new = TokenMinter("k-old"), TokenMinter("k-new")
    identity = FakeIdentity(old.jwks())
    clock = Clock()
    keys = keys_for(identity, clock)
    assert await keys.get("k-old") is not None

    identity.jwks = {"keys": old.jwks()["keys"] + new.jwks()["keys"]}
    clock.now += 2

    assert await keys.get("k-new") is not None
    assert identity.fetches == 2
    await keys.aclose()


async def test_unknown_kid_refetch_is_rate_limited(minter: TokenMinter) -> None:
    identity = FakeIdentity(minter.jwks())
    clock = Clock()
    keys = keys_for(identity, clock)
    await keys.get(minter.kid)

    for _ in range(5):
        clock.now += 2
        assert await keys.get("made-up") is None
    assert identity.fetches == 2  # the first load, then one try for "made-up" in 30 s

    clock.now += 30
    assert await keys.get("made-up") is None
    assert identity.fetches == 3
    await keys.aclose()


async def test_distinct_unknown_kids_cannot_flood_the_key_server(minter: TokenMinter) -> None:
    identity = FakeIdentity(minter.jwks())
    keys = keys_for(identity, Clock())
    await keys.get(minter.kid)

    for n in range(20):
        assert await keys.get(f"random-{n}") is None
    assert identity.fetches == 1
    await keys.aclose()


async def test_concurrent_requests_share_one_fetch(minter: TokenMinter) -> None:
    identity = FakeIdentity(minter.jwks())
    keys = keys_for(identity, Clock())

    found = await asyncio.gather(*(keys.get(minter.kid) for _ in range(10)))

    assert all(key is not None for key in found)
    assert identity.fetches == 1
    await keys.aclose()


async def test_unreachable_key_server_is_unavailable_not_invalid(minter: TokenMinter) -> None:
    identity = FakeIdentity(minter.jwks())
    identity.down = True
    keys = keys_for(identity, Clock())

    with pytest.raises(KeysUnavailableError):
        await keys.get(minter.kid)
    with pytest.raises(KeysUnavailableError):  # rate-limited, still nothing loaded
        await keys.get(minter.kid)
    await keys.aclose()


async def test_removed_keys_stop_verifying_after_a_refetch() -> None:
    old, new = TokenMinter("k-old"), TokenMinter("k-new")
    identity = FakeIdentity(old.jwks())
    clock = Clock()
    keys = keys_for(identity, clock)
    await keys.get("k-old")

    identity.jwks = new.jwks()
    clock.now += 2
    await keys.get("k-new")

    assert await keys.get("k-old") is None
    await keys.aclose()


async def test_jwks_verifier_over_real_http(minter: TokenMinter) -> None:
    with serve_jwks(minter.jwks()) as url:
        verifier = JwksVerifier(url)
        try:
            user = await verifier.verify(minter.mint(USER, TENANT, ["clients.block"]))
            with pytest.raises(InvalidTokenError):
                await verifier.verify(minter.mint(USER, TENANT, kid="nope"))
        finally:
            await verifier.aclose()

    assert user.id == USER
    assert user.permissions == frozenset({"clients.block"})


async def test_a_key_withdrawn_from_the_jwks_is_refused_once_the_cache_is_older_than_max_age() -> (
    None
):
    """Before issue 13, a cached kid was trusted forever."""
    old, new = TokenMinter("k-old"), TokenMinter("k-new")
    identity = FakeIdentity(old.jwks())
    clock = Clock()
    keys = JwksKeys(URL, client_factory=identity.client, clock=clock, max_age=60)
    assert await keys.get(old.kid) is not None
    identity.jwks = new.jwks()  # identity withdrew k-old
    clock.now += 59
    assert await keys.get(old.kid) is not None  # still within the max age
    clock.now += 1
    assert await keys.get(old.kid) is None
    assert await keys.get(new.kid) is not None
    await keys.aclose()


async def test_keys_are_kept_when_identity_is_down_at_refresh(minter: TokenMinter) -> None:
    identity = FakeIdentity(minter.jwks())
    clock = Clock()
    keys = JwksKeys(URL, client_factory=identity.client, clock=clock, max_age=60)
    assert await keys.get(minter.kid) is not None
    identity.down = True
    clock.now += 120
    assert await keys.get(minter.kid) is not None
    assert identity.fetches == 2
    await keys.aclose()
