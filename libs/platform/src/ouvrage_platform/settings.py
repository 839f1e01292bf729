"""Base settings every service subclasses (one env prefix per service)."""

from typing import Any, ClassVar, Literal

from ouvrage_events.runtime.kafka import TopicSpec
from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

Environment = Literal["development", "test", "production"]

# Values shipped in the local launch scripts and examples: fine on a laptop, never in production.
PLACEHOLDER_MARKERS: tuple[str, ...] = (
    "changeme",
    "change-me",
    "change_me",
    "ouvrage:ouvrage@",
    "insecure",
    "dev-secret",
)


# Signs cursors outside production only (create_app refuses to start without a real key there).
DEVELOPMENT_CURSOR_SECRET = "ouvrage-development-cursor-key"  # noqa: S105


class PlaceholderSecretError(RuntimeError):
    """A setting still holds a placeholder value where a real secret is required.

    Not a ValueError on purpose: pydantic would wrap it in a ValidationError that echoes the input.
    """


class ServiceSettings(BaseSettings):
    """Settings shared by all services; subclass with `env_prefix="<SERVICE>_"`."""

    model_config = SettingsConfigDict(extra="ignore", frozen=True, hide_input_in_errors=True)

    # Fields checked by `refuse_placeholders` at load time; subclasses extend the tuple.
    secret_fields: ClassVar[tuple[str, ...]] = (
        "database_url",
        "cursor_secret",
        "keys_database_url",
        "platform_key",
    )

    database_url: str
    kafka_bootstrap: str = "127.0.0.1:59092"
    jwks_url: str = "http://127.0.0.1:8001/.well-known/jwks.json"
    # The `iss` claim tokens must carry (identity's IDENTITY_ISSUER); None accepts any issuer.
    jwt_issuer: str | None = "ouvrage-identity"
    environment: Environment = "development"
    log_level: str = "INFO"
    http_host: str = "127.0.0.1"
    http_port: int
    db_pool_min: int = 1
    db_pool_max: int = 10
    # Appended to every consumer group name (<service>.<projection>): a second copy of the
    # system reading the same topics (an end-to-end run beside `make up`) gets its own offsets.
    consumer_group_suffix: str = ""
    # HMAC key(s) signing pagination cursors, comma-separated (the first signs, all verify: list
    # the new one first to rotate). Required in production; unset elsewhere: a development key.
    cursor_secret: SecretStr | None = None

    # Replication of the topics the service creates (its events topic, its dead-letter topics):
    # 1 suits only a one-broker development machine: `serve` warns about it in production.
    kafka_replication_factor: int = Field(default=1, ge=1)
    kafka_min_insync_replicas: int = Field(default=1, ge=1)
    # OTLP/HTTP traces endpoint (e.g. http://otel-collector:4318/v1/traces); unset: no export.
    otlp_endpoint: str | None = None

    def cursor_secrets(self) -> list[str]:
        """The cursor keys, newest first; a fixed development key outside production."""
        if self.cursor_secret is None:
            if self.environment == "production":
                raise PlaceholderSecretError("cursor_secret is required in production")
            return [DEVELOPMENT_CURSOR_SECRET]
        keys = [k.strip() for k in self.cursor_secret.get_secret_value().split(",")]
        return [k for k in keys if k]

    # Crypto-shredding (docs/decisions.md): the key vault database holding each data subject's
    # key, and the platform key (base64 of 32 bytes) those keys are wrapped under. Every service
    # of a deployment names the same vault and platform key.
    keys_database_url: str = "postgresql://ouvrage:ouvrage@127.0.0.1:55432/ouvrage_keys"
    platform_key: SecretStr = SecretStr("insecure-development-platform-key")
    # How long an unwrapped data key is kept in memory: an erasure heard from another process
    # reaches this one's readers within this delay (its ClientErased handler forgets it sooner).
    key_cache_seconds: float = 30.0

    @model_validator(mode="after")
    def _refuse_placeholder_secrets(self) -> "ServiceSettings":
        refuse_placeholders(self, *type(self).secret_fields)
        return self

    @model_validator(mode="after")
    def _refuse_impossible_replication(self) -> "ServiceSettings":
        if self.kafka_min_insync_replicas > self.kafka_replication_factor:
            raise ValueError("kafka_min_insync_replicas exceeds kafka_replication_factor")
        return self


def _as_text(value: Any) -> str:
    if isinstance(value, SecretStr):
        return value.get_secret_value()
    return "" if value is None else str(value)


def _is_placeholder(value: Any) -> bool:
    text = _as_text(value).lower()
    return any(marker in text for marker in PLACEHOLDER_MARKERS)


def refuse_placeholders(settings: ServiceSettings, *field_names: str) -> None:
    """Raise `PlaceholderSecretError` if, in production, a named field holds a placeholder."""
    if settings.environment != "production":
        return
    offending = [
        name
        for name in field_names
        if any(
            marker in _as_text(getattr(settings, name)).lower() for marker in PLACEHOLDER_MARKERS
        )
    ]
    if offending:
        # Name the fields, never their values.
        raise PlaceholderSecretError(
            "placeholder secret refused in production for: " + ", ".join(sorted(offending))
        )


def topic_spec(settings: ServiceSettings) -> TopicSpec:
    """How the service creates its topics, from its settings."""
    return TopicSpec(
        replication_factor=settings.kafka_replication_factor,
        min_insync_replicas=settings.kafka_min_insync_replicas,
    )
