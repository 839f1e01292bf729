"""Signing keys are encrypted at rest: legacy plaintext rows are re-encrypted at start, tokens
survive restarts and a KEK rotation, and production refuses to start without a KEK."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import jwt
import pytest
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from identity.adapters.key_encryption import KeyEncryptionError, development_kek
from identity.adapters.signing_keys import public_jwk
from identity.app.tenant_handlers import create_tenant
from identity.bootstrap import create_app, migrate
from identity.domain.commands import CreateTenant
from identity.settings import IdentitySettings
from ouvrage_platform.settings import PlaceholderSecretError
from pydantic import SecretStr
from structlog.testing import capture_logs

PASSWORD = "Échafaudage-2024!"
CLI = Path(sys.executable).parent / "ouvrage-identity"
PEM_MARKERS = ("BEGIN PRIVATE KEY", "BEGIN RSA PRIVATE KEY", "PRIVATE KEY")


@asynccontextmanager
async def running(settings: IdentitySettings) -> AsyncIterator[tuple[Any, httpx.AsyncClient]]:
    """identity started (lifespan entered) and an HTTP client on it; stopped on exit."""
    app = create_app(settings, relay=False)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://identity") as http:
            yield app, http


def legacy_pem(key: rsa.RSAPrivateKey, fmt: serialization.PrivateFormat) -> str:
    return key.private_bytes(serialization.Encoding.PEM, fmt, serialization.NoEncryption()).decode()


async def insert_legacy_key(dsn: str, key: rsa.RSAPrivateKey, pem: str, retired: bool) -> str:
    """A row as identity wrote it before encryption at rest: the PEM in clear."""
    jwk = public_jwk(key.public_key())
    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute(
            "INSERT INTO signing_keys (kid, private_pem, public_jwk, created_at, retired_at) "
            "VALUES ($1, $2, $3::jsonb, now() - $4::interval, CASE WHEN $5 THEN now() END)",
            jwk["kid"], pem, json.dumps(jwk), timedelta(hours=2 if retired else 1), retired,
        )  # fmt: skip
    finally:
        await conn.close()
    return str(jwk["kid"])


async def stored_keys(dsn: str) -> list[str]:
    conn = await asyncpg.connect(dsn)
    try:
        return [r["private_pem"] for r in await conn.fetch("SELECT private_pem FROM signing_keys")]
    finally:
        await conn.close()


async def test_plaintext_keys_are_encrypted_at_start_and_tokens_survive_restarts(
    fresh_database: Any, kafka_bootstrap: str
) -> None:
    dsn = await fresh_database("identity_kek")
    settings = IdentitySettings(database_url=dsn, kafka_bootstrap=kafka_bootstrap,
                                environment="test")  # fmt: skip
    await migrate(settings)
    active, retired = (rsa.generate_private_key(public_exponent=65537, key_size=2048)
                       for _ in range(2))  # fmt: skip
    active_kid = await insert_legacy_key(
        dsn, active, legacy_pem(active, serialization.PrivateFormat.PKCS8), retired=False
    )
    await insert_legacy_key(
        dsn, retired, legacy_pem(retired, serialization.PrivateFormat.TraditionalOpenSSL),
        retired=True,
    )  # fmt: skip
    assert any("BEGIN RSA PRIVATE KEY" in s for s in await stored_keys(dsn))  # the legacy state
    email = f"admin.{uuid.uuid4().hex[:8]}@example.fr"

    try:
        with capture_logs() as logs:
            async with running(settings) as (app, http):
                created = await create_tenant(app.state.container, CreateTenant(
                    name="Dupont Bâtiment", admin_email=email, first_name="Jeanne",
                    last_name="Admin", password=PASSWORD))  # fmt: skip
                login = await http.post("/auth/token", json={"email": email, "password": PASSWORD})
                assert login.status_code == 200, login.text
                token = login.json()["access_token"]
        # The legacy key keeps signing: nobody was logged out by the upgrade.
        assert jwt.get_unverified_header(token)["kid"] == active_kid
        events = [entry["event"] for entry in logs]
        assert "identity.development_key_encryption_key" in events
        assert events.count("identity.signing_key_reencrypted") == 2
        assert development_kek().decode() not in repr(logs)

        stored = await stored_keys(dsn)
        assert len(stored) == 2
        for value in stored:
            assert not any(marker in value for marker in PEM_MARKERS)
            Fernet(development_kek()).decrypt(value.encode())  # under the development KEK

        async with running(settings) as (_app, http):  # a restart
            me = await http.get(f"/users/{created.admin_user_id}",
                                headers={"Authorization": f"Bearer {token}"})  # fmt: skip
            assert me.status_code == 200, me.text
        assert await stored_keys(dsn) == stored  # nothing to re-encrypt the second time

        # A configured KEK takes over (the development one still decrypts, outside production).
        new_kek = Fernet.generate_key()
        configured = settings.model_copy(update={"key_encryption_key": SecretStr(new_kek.decode())})
        async with running(configured) as (_app, http):
            me = await http.get(f"/users/{created.admin_user_id}",
                                headers={"Authorization": f"Bearer {token}"})  # fmt: skip
            assert me.status_code == 200, me.text
        for value in await stored_keys(dsn):
            assert not any(marker in value for marker in PEM_MARKERS)
            Fernet(new_kek).decrypt(value.encode())

        # A wrong KEK stops the start with a message that names the setting, not a key.
        wrong = Fernet.generate_key()
        misconfigured = settings.model_copy(
            update={"key_encryption_key": SecretStr(wrong.decode())}
        )
        with pytest.raises(KeyEncryptionError) as refused:
            async with running(misconfigured):
                pass
        assert "IDENTITY_KEY_ENCRYPTION_KEY" in str(refused.value)
        for secret in (wrong.decode(), new_kek.decode(), *stored):
            assert secret not in str(refused.value)
    finally:
        await fresh_database.drop(dsn)


PROD_KAFKA: dict[str, Any] = {
    "kafka_bootstrap": "kafka:9093",
    "kafka_security_protocol": "PLAINTEXT",
    # crypto-shredding: the key vault and the platform key (real-looking values)
    "keys_database_url": "postgresql://vault:Pr0d-V4ult-pw@db.internal:5432/ouvrage_keys",
    "platform_key": SecretStr("c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LTMyYg=="),
}


def test_production_without_a_kek_refuses_to_start_without_echoing_secrets() -> None:
    secret_dsn = "postgresql://identity:Pr0d-S3cret-pw@db.internal:5432/identity"
    env = {k: v for k, v in os.environ.items() if not k.startswith("IDENTITY_")}
    env |= {"IDENTITY_ENVIRONMENT": "production", "IDENTITY_DATABASE_URL": secret_dsn,
            "IDENTITY_KAFKA_BOOTSTRAP": "kafka:9093",
            "IDENTITY_KAFKA_SECURITY_PROTOCOL": "PLAINTEXT",
            "IDENTITY_KEYS_DATABASE_URL": "postgresql://vault:Pr0d-V4ult-pw@db.internal:5432/ouvrage_keys",
            "IDENTITY_PLATFORM_KEY": "c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LTMyYg=="}  # fmt: skip
    done = subprocess.run([str(CLI), "migrate"], env=env, capture_output=True, text=True,
                          timeout=120, check=False)  # fmt: skip
    assert done.returncode != 0
    assert "IDENTITY_KEY_ENCRYPTION_KEY is required in production" in done.stderr
    assert "Pr0d-S3cret-pw" not in done.stderr + done.stdout

    with pytest.raises(PlaceholderSecretError) as refused:
        IdentitySettings(environment="production", database_url=secret_dsn, **PROD_KAFKA)
    assert "Pr0d-S3cret-pw" not in str(refused.value)


def test_production_refuses_a_placeholder_kek_and_accepts_a_real_one() -> None:
    secret_dsn = "postgresql://identity:Pr0d-S3cret-pw@db.internal:5432/identity"
    with pytest.raises(PlaceholderSecretError) as refused:
        IdentitySettings(environment="production", database_url=secret_dsn, **PROD_KAFKA,
                         key_encryption_key=SecretStr("changeme-kek"))  # fmt: skip
    assert "key_encryption_key" in str(refused.value)
    assert "changeme-kek" not in str(refused.value)
    kek = Fernet.generate_key().decode()
    settings = IdentitySettings(environment="production", database_url=secret_dsn, **PROD_KAFKA,
                                key_encryption_key=SecretStr(kek))  # fmt: skip
    assert settings.key_encryption_key is not None
    assert kek not in repr(settings)
