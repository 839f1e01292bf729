"""Rotating the signing key logs nobody out: old tokens verify until they expire."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from identity.adapters.signing_keys import public_jwk
from identity.bootstrap import build_keyring, ensure_signing_key, migrate, open_pool
from identity.settings import IdentitySettings
from ouvrage_platform.auth import TokenVerifier
from ouvrage_platform.jwks import JwksKeys

if TYPE_CHECKING:
    from conftest import IdentityHarness


async def test_rotate_key_keeps_old_tokens_valid_and_signs_new_ones_with_the_new_key(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    company = await h.company()
    old_token = company.admin_token
    old_kid = jwt.get_unverified_header(old_token)["kid"]

    def client() -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=httpx.ASGITransport(app=h.app), base_url="http://id")

    other_service = TokenVerifier(
        JwksKeys("http://id/.well-known/jwks.json", client_factory=client, min_fetch_gap=0)
    )
    assert (await other_service.verify(old_token)).id == company.admin_id  # caches the JWKS

    done = h.cli("rotate-key")
    assert done.returncode == 0, done.stderr
    new_kid = json.loads(done.stdout)["kid"]
    assert new_kid != old_kid
    h.app.state.keyring.attach(h.identity.pool)  # drop the server's key cache (30 s otherwise)

    kids = [k["kid"] for k in (await h.http.get("/.well-known/jwks.json")).json()["keys"]]
    assert kids[0] == new_kid and old_kid in kids
    new_token = await h.token(company.admin_email, h.admin_password)
    assert jwt.get_unverified_header(new_token)["kid"] == new_kid

    for token in (old_token, new_token):
        r = await h.http.get(f"/users/{company.admin_id}", headers=h.auth(token))
        assert r.status_code == 200
        # The other service meets an unknown kid for the new token and refetches the JWKS.
        assert (await other_service.verify(token)).id == company.admin_id
    await other_service.aclose()

    # Long after the old key retired (beyond every token it signed), it leaves the JWKS.
    await h.identity.pool.execute(
        "UPDATE signing_keys SET retired_at = now() - interval '1 day' WHERE kid = $1", old_kid
    )
    h.app.state.keyring.attach(h.identity.pool)
    kids = [k["kid"] for k in (await h.http.get("/.well-known/jwks.json")).json()["keys"]]
    assert kids == [new_kid]
    r = await h.http.get(f"/users/{company.admin_id}", headers=h.auth(old_token))
    assert r.status_code == 401


async def test_the_first_key_is_imported_from_a_pem_file_when_one_is_given(
    fresh_database: Any, kafka_bootstrap: str, tmp_path: Path
) -> None:
    """What the local launcher does with IDENTITY_SIGNING_KEY_PATH."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = tmp_path / "signing-key.pem"
    pem.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                      serialization.PrivateFormat.TraditionalOpenSSL,
                                      serialization.NoEncryption()))  # fmt: skip
    dsn = await fresh_database("identity_keyimport")
    settings = IdentitySettings(database_url=dsn, kafka_bootstrap=kafka_bootstrap,
                                signing_key_path=pem)  # fmt: skip
    await migrate(settings)
    pool = await open_pool(settings)
    try:
        keyring = build_keyring(settings)
        keyring.attach(pool)
        kid = await ensure_signing_key(settings, keyring)
        assert kid == public_jwk(key.public_key())["kid"]
        assert await ensure_signing_key(settings, keyring) == kid  # once only
        assert [k["kid"] for k in (await keyring.jwks())["keys"]] == [kid]
    finally:
        await pool.close()
        await fresh_database.drop(dsn)
