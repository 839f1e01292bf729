"""identity's settings (environment variables prefixed IDENTITY_)."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from ouvrage_platform.audience import ALL_AUDIENCES
from ouvrage_platform.settings import PlaceholderSecretError, ServiceSettings
from pydantic import Field, SecretStr, model_validator
from pydantic_settings import SettingsConfigDict


class IdentitySettings(ServiceSettings):
    """Defaults fit the local system (deploy/local); production overrides them."""

    model_config = SettingsConfigDict(env_prefix="IDENTITY_")
    secret_fields: ClassVar[tuple[str, ...]] = (
        *ServiceSettings.secret_fields,
        "key_encryption_key",
    )

    database_url: str = "postgresql://ouvrage:ouvrage@127.0.0.1:55432/identity"
    http_port: int = 8001

    # Tokens: RS256 access tokens of about 15 minutes, rotating refresh tokens.
    issuer: str = "ouvrage-identity"
    access_token_ttl_seconds: int = 900
    # The services an access token is for (its `aud` claim); each checks its own name.
    token_audience: tuple[str, ...] = tuple(ALL_AUDIENCES)
    refresh_token_ttl_seconds: int = 30 * 24 * 3600
    key_size: int = 2048
    # Browser sessions (refresh_token_delivery "cookie"): the refresh token's HttpOnly, Secure,
    # SameSite=Strict cookie, scoped to identity's token paths as the gateway serves them.
    refresh_cookie_name: str = "__Secure-ouvrage-refresh"
    refresh_cookie_path: str = "/api/identity/auth"
    key_cache_seconds: float = 30.0
    # An RSA private key (PEM) imported as the first signing key instead of generating one.
    signing_key_path: Path | None = None
    # Fernet key(s) encrypting the signing keys in the database, comma-separated: the first
    # encrypts, all decrypt. Required in production; development/test derive a fixed one.
    key_encryption_key: SecretStr | None = None

    # argon2id, RFC 9106 second recommended option: t=3, m=64 MiB, p=4, 16-byte salt, 32-byte tag.
    argon2_time_cost: int = 3
    argon2_memory_cost_kib: int = 65536
    argon2_parallelism: int = 4

    # Attempts at POST /auth/token ("N/second|minute|hour", the `limits` notation): per client
    # address (any grant) and per account (password grant); above them, 429 + Retry-After.
    login_rate_per_address: str = "30/minute"
    login_rate_per_account: str = "10/minute"
    # Concurrent argon2 computations (64 MiB each by default); more callers wait up to
    # argon2_queue_seconds, then get 503 + Retry-After instead of exhausting memory.
    argon2_max_concurrent: int = Field(default=4, ge=1)
    argon2_queue_seconds: float = Field(default=2.0, ge=0)

    # Five failures within 15 minutes lock the account for 15 minutes.
    lockout_threshold: int = 5
    lockout_window_seconds: int = 900
    lockout_duration_seconds: int = 900

    @model_validator(mode="after")
    def _require_key_encryption_key_in_production(self) -> IdentitySettings:
        kek = self.key_encryption_key
        if self.environment == "production" and (kek is None or not kek.get_secret_value().strip()):
            # PlaceholderSecretError, not ValueError: pydantic would wrap the latter.
            raise PlaceholderSecretError(
                "IDENTITY_KEY_ENCRYPTION_KEY is required in production "
                "(a Fernet key encrypting the signing keys in the database)"
            )
        return self
