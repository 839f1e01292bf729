import time
import uuid

import jwt
import pytest
from ouvrage_platform.auth import CurrentUser, InvalidTokenError, TokenVerifier
from ouvrage_platform.jwks import StaticKeys
from ouvrage_platform.testing import TokenMinter

USER = uuid.uuid4()
TENANT = uuid.uuid4()


async def test_valid_token_gives_the_user(minter: TokenMinter) -> None:
    token = minter.mint(USER, TENANT, ["clients.write", "planning.manage"])

    user = await minter.verifier().verify(token)

    assert user == CurrentUser(USER, TENANT, frozenset({"clients.write", "planning.manage"}))
    assert user.has("clients.write")
    assert not user.has("users.manage")


async def test_token_without_perms_has_none(minter: TokenMinter) -> None:
    user = await minter.verifier().verify(minter.mint(USER, TENANT, drop=["perms"]))

    assert user.permissions == frozenset()


async def reason(verifier: TokenVerifier, token: str) -> str:
    with pytest.raises(InvalidTokenError) as raised:
        await verifier.verify(token)
    return raised.value.reason


async def test_expired_token_is_refused(minter: TokenMinter) -> None:
    token = minter.mint(USER, TENANT, ttl=-60)

    assert await reason(minter.verifier(), token) == "expired"


async def test_leeway_tolerates_small_clock_skew(minter: TokenMinter) -> None:
    token = minter.mint(USER, TENANT, ttl=-5)

    assert (await minter.verifier(leeway=10).verify(token)).id == USER


async def test_signature_from_another_key_is_refused(
    minter: TokenMinter, other_minter: TokenMinter
) -> None:
    forged = other_minter.mint(USER, TENANT, ["users.manage"], kid=minter.kid)

    assert await reason(minter.verifier(), forged) == "InvalidSignatureError"


async def test_tampered_payload_is_refused(minter: TokenMinter) -> None:
    head, _, signature = minter.mint(USER, TENANT).split(".")
    other_body = minter.mint(USER, TENANT, ["users.manage"]).split(".")[1]

    assert await reason(minter.verifier(), f"{head}.{other_body}.{signature}") == (
        "InvalidSignatureError"
    )


async def test_unknown_kid_is_refused(minter: TokenMinter) -> None:
    token = minter.mint(USER, TENANT, kid="someone-elses")

    assert await reason(minter.verifier(), token) == "unknown_kid"


async def test_alg_none_is_refused(minter: TokenMinter) -> None:
    token = minter.mint(USER, TENANT, ["users.manage"], alg="none")

    assert await reason(minter.verifier(), token) == "algorithm"


async def test_hs256_keyed_with_the_public_key_is_refused(minter: TokenMinter) -> None:
    token = minter.mint(USER, TENANT, ["users.manage"], alg="HS256")

    assert await reason(minter.verifier(), token) == "algorithm"


async def test_other_asymmetric_algorithms_are_refused(minter: TokenMinter) -> None:
    token = jwt.encode(
        minter.claims(USER, TENANT), minter.private_key, algorithm="PS256", headers={"kid": "k"}
    )

    assert await reason(minter.verifier(), token) == "algorithm"


@pytest.mark.parametrize("claim", ["tid", "sub", "exp"])
async def test_required_claims(minter: TokenMinter, claim: str) -> None:
    token = minter.mint(USER, TENANT, drop=[claim])

    assert await reason(minter.verifier(), token) == f"missing_{claim}"


async def test_missing_kid_is_refused(minter: TokenMinter) -> None:
    token = jwt.encode(minter.claims(USER, TENANT), minter.private_key, algorithm="RS256")

    assert await reason(minter.verifier(), token) == "missing_kid"


async def test_ids_must_be_uuids(minter: TokenMinter) -> None:
    token = minter.mint(USER, TENANT, extra={"tid": "acme"})

    assert await reason(minter.verifier(), token) == "bad_ids"


async def test_perms_must_be_a_list_of_strings(minter: TokenMinter) -> None:
    token = minter.mint(USER, TENANT, extra={"perms": "users.manage"})

    assert await reason(minter.verifier(), token) == "bad_perms"


@pytest.mark.parametrize("token", ["", "garbage", "a.b.c", "x" * 50])
async def test_malformed_tokens_are_refused(minter: TokenMinter, token: str) -> None:
    assert await reason(minter.verifier(), token) == "malformed"


async def test_issuer_and_audience_are_checked_when_configured(minter: TokenMinter) -> None:
    verifier = TokenVerifier(minter.keys(), issuer="ouvrage-identity", audience="ouvrage")
    good = minter.mint(USER, TENANT, extra={"iss": "ouvrage-identity", "aud": "ouvrage"})
    bad = minter.mint(USER, TENANT, extra={"iss": "evil", "aud": "ouvrage"})

    assert (await verifier.verify(good)).id == USER
    assert await reason(verifier, bad) == "InvalidIssuerError"


async def test_not_yet_valid_token_is_refused(minter: TokenMinter) -> None:
    token = minter.mint(USER, TENANT, extra={"nbf": int(time.time()) + 3600})

    assert await reason(minter.verifier(), token) == "ImmatureSignatureError"


def test_static_keys_read_a_jwks_document(minter: TokenMinter) -> None:
    jwks = minter.jwks()
    jwks["keys"].append({"kty": "oct", "kid": "hmac", "k": "c2VjcmV0"})
    jwks["keys"].append({**jwks["keys"][0], "kid": "enc", "use": "enc"})

    keys = StaticKeys.from_jwks(jwks)

    assert set(keys._keys) == {minter.kid}
