"""Base settings every service subclasses (one env prefix per service)."""

from pathlib import Path
from typing import Any, ClassVar, Literal

from ouvrage_events.runtime.kafka import KafkaSecurity, SaslMechanism, SecurityProtocol, TopicSpec
from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from ouvrage_platform.audience import audience_of, service_of_prefix
from ouvrage_platform.settings_safety import (
    REQUIRED_IN_PRODUCTION,
    REQUIRED_OUTSIDE_DEVELOPMENT,
    check_kafka_security,
    require_explicit,
)

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
        "kafka_password",
        "cursor_secret",
        "keys_database_url",
        "platform_key",
    )

    database_url: str
    kafka_bootstrap: str = "127.0.0.1:59092"
    # How clients reach the broker: SASL_SSL (SCRAM over TLS) in production; PLAINTEXT is the
    # development default and must be chosen explicitly in production.
    kafka_security_protocol: SecurityProtocol = "PLAINTEXT"
    kafka_sasl_mechanism: SaslMechanism = "SCRAM-SHA-512"
    kafka_username: str | None = None
    kafka_password: SecretStr | None = None
    # CA bundle that signed the brokers' TLS certificates (unset: the system's).
    kafka_ca_file: Path | None = None
    jwks_url: str = "http://127.0.0.1:8001/.well-known/jwks.json"
    # The `iss` claim tokens must carry (identity's IDENTITY_ISSUER); None accepts any issuer.
    jwt_issuer: str | None = "ouvrage-identity"
    # The `aud` tokens must name; unset: `ouvrage-<service>` (from the env prefix).
    jwt_audience: str | None = None
    # identity's key set is refetched once this old: a withdrawn key is refused within it.
    jwks_max_age_seconds: float = Field(default=300.0, gt=0)
    environment: Environment = "development"
    log_level: str = "INFO"
    http_host: str = "127.0.0.1"
    http_port: int
    # Request bodies above this answer 413 (1 MiB).
    max_body_bytes: int = Field(default=1024 * 1024, gt=0)
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
    privacy_key_cache_seconds: float = 30.0

    @property
    def expected_audience(self) -> str | None:
        """The audience this service requires of tokens (None: a settings class of no service)."""
        if self.jwt_audience:
            return self.jwt_audience
        service = service_of_prefix(str(self.model_config.get("env_prefix", "")))
        return audience_of(service) if service else None

    def kafka_security(self) -> KafkaSecurity:
        """What every Kafka client of this service authenticates with."""
        password = self.kafka_password.get_secret_value() if self.kafka_password else None
        return KafkaSecurity(
            self.kafka_security_protocol,
            self.kafka_sasl_mechanism,
            self.kafka_username,
            password,
            self.kafka_ca_file,
        )

    @model_validator(mode="after")
    def _refuse_placeholder_secrets(self) -> "ServiceSettings":
        prefix = str(self.model_config.get("env_prefix", ""))
        if self.environment != "development":
            required = REQUIRED_OUTSIDE_DEVELOPMENT
            if self.environment == "production":
                required += REQUIRED_IN_PRODUCTION
            require_explicit(prefix, self.environment, self.model_fields_set, required)
        check_kafka_security(
            prefix, self.kafka_security_protocol, self.kafka_username, bool(self.kafka_password)
        )
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
