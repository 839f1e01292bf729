"""Tokens from the real /auth/token, checked by identity's API and by the JWKS path every other
service uses: expired, forged, wrong-key, alg=none and HS256 tokens are refused."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import httpx
import jwt
import pytest
import pytest_asyncio
from cryptography.hazmat.primitives import serialization
from ouvrage_platform.auth import InvalidTokenError, TokenVerifier
from ouvrage_platform.jwks import JwksKeys
from ouvrage_platform.testing import TokenMinter

if TYPE_CHECKING:
    from conftest import Company, IdentityHarness


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@pytest_asyncio.fixture(loop_scope="session", scope="module")
async def security_company(identity_harness: IdentityHarness) -> Company:
    return await identity_harness.company()


@pytest_asyncio.fixture(loop_scope="session")
async def jwks_verifier(identity_harness: IdentityHarness) -> AsyncIterator[TokenVerifier]:
    """What another service runs: keys fetched from identity's JWKS over HTTP."""
    app = identity_harness.app

    def client() -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://id")

    keys = JwksKeys("http://id/.well-known/jwks.json", client_factory=client, min_fetch_gap=0)
    verifier = TokenVerifier(keys)
    yield verifier
    await verifier.aclose()


async def real_private_key(h: IdentityHarness, kid: str) -> Any:
    stored = await h.identity.pool.fetchval(
        "SELECT private_pem FROM signing_keys WHERE kid = $1", kid
    )
    pem = h.app.state.keyring.cipher.decrypt(stored)  # encrypted at rest
    return serialization.load_pem_private_key(pem.encode(), password=None)


async def attacks(h: IdentityHarness, company: Company) -> dict[str, str]:
    """Tokens an attacker could present, derived from a real one."""
    real = company.admin_token
    kid = jwt.get_unverified_header(real)["kid"]
    claims = jwt.decode(real, options={"verify_signature": False})
    head, body, signature = real.split(".")
    escalated = {**claims, "tid": "00000000-0000-0000-0000-000000000001"}
    minter = TokenMinter(kid=kid)
    now = int(time.time())
    expired_claims = {**claims, "iat": now - 3600, "exp": now - 1800}
    return {
        "expired": jwt.encode(expired_claims, await real_private_key(h, kid), algorithm="RS256",
                              headers={"kid": kid}),
        "forged_payload": f"{head}.{_b64(json.dumps(escalated).encode())}.{signature}",
        "wrong_key_same_kid": jwt.encode(claims, minter.private_key, algorithm="RS256",
                                         headers={"kid": kid}),
        "unknown_kid": TokenMinter(kid="not-identity").mint(company.admin_id, company.tenant_id),
        "alg_none": minter.mint(company.admin_id, company.tenant_id, alg="none", kid=kid,
                                extra={"iss": claims["iss"]}),
        "hs256_with_public_key": await hs256_with_identity_public_key(h, real, kid),
        "truncated_signature": f"{head}.{body}.{signature[:-6]}",
    }  # fmt: skip


async def hs256_with_identity_public_key(h: IdentityHarness, real: str, kid: str) -> str:
    """The algorithm-confusion attack: HMAC-SHA256 keyed with identity's public key PEM."""
    key = (await real_private_key(h, kid)).public_key()
    secret = key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    body = real.split(".")[1]
    forged_head = _b64(json.dumps({"alg": "HS256", "kid": kid, "typ": "JWT"}).encode())
    signature = hmac.new(secret, f"{forged_head}.{body}".encode(), hashlib.sha256).digest()
    return f"{forged_head}.{body}.{_b64(signature)}"


async def test_the_real_token_is_accepted_by_identity_and_by_the_jwks_path(
    identity_harness: IdentityHarness, security_company: Company, jwks_verifier: TokenVerifier
) -> None:
    h, company = identity_harness, security_company
    r = await h.http.get(f"/users/{company.admin_id}", headers=h.auth(company.admin_token))
    assert r.status_code == 200
    user = await jwks_verifier.verify(company.admin_token)
    assert user.id == company.admin_id and user.tenant_id == company.tenant_id
    assert user.has("users.manage")


@pytest.mark.parametrize(
    "attack",
    ["expired", "forged_payload", "wrong_key_same_kid", "unknown_kid", "alg_none",
     "hs256_with_public_key", "truncated_signature"],
)  # fmt: skip
async def test_attack_tokens_are_refused(
    identity_harness: IdentityHarness,
    security_company: Company,
    jwks_verifier: TokenVerifier,
    attack: str,
) -> None:
    h, company = identity_harness, security_company
    token = (await attacks(h, company))[attack]
    r = await h.http.get(f"/users/{company.admin_id}", headers=h.auth(token))
    assert r.status_code == 401, attack
    assert r.json()["code"] == "unauthenticated"
    assert r.headers["content-type"] == "application/problem+json"
    with pytest.raises(InvalidTokenError):
        await jwks_verifier.verify(token)
