"""Notifier settings, from NOTIFIER_* environment variables."""

from __future__ import annotations

from typing import ClassVar, Literal

from ouvrage_platform.settings import PlaceholderSecretError, ServiceSettings
from pydantic import SecretStr
from pydantic_settings import SettingsConfigDict

# Signs return paths outside production only (production refuses to start without a real one).
DEVELOPMENT_BOUNCE_SECRET = "ouvrage-development-bounce-key"  # noqa: S105


class NotifierSettings(ServiceSettings):
    model_config = SettingsConfigDict(
        env_prefix="NOTIFIER_", extra="ignore", frozen=True, hide_input_in_errors=True
    )
    secret_fields: ClassVar[tuple[str, ...]] = (
        *ServiceSettings.secret_fields,
        "smtp_password",
        "bounce_secret",
    )

    database_url: str = "postgresql://ouvrage:ouvrage@127.0.0.1:55432/notifier"
    http_port: int = 8005

    smtp_host: str = "127.0.0.1"
    smtp_port: int = 2525
    smtp_timeout: float = 10.0
    smtp_starttls: bool = False
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    # One send: tenacity retries transient failures (4xx, connection errors) this many times...
    smtp_retry_attempts: int = 3
    smtp_retry_wait: float = 0.5
    smtp_retry_max_wait: float = 5.0
    # ...then the email waits in the outbox and is tried again later, up to send_max_attempts.
    send_max_attempts: int = 6
    send_retry_delay: float = 60.0
    sender_workers: int = 1
    outbox_poll_interval: float = 2.0
    recovery_interval: float = 30.0

    dns_resolver: str | None = None
    dns_timeout: float = 3.0
    dns_negative_ttl: int = 300
    dns_failure_ttl: float = 30.0
    # Every DNS answer is cached at least this long (even with TTL 0), in at most this many names.
    dns_min_ttl: float = 60.0
    dns_cache_entries: int = 10_000
    # The SPF evaluation: its own threads and a total deadline (then a temporary error).
    spf_workers: int = 4
    spf_deadline_seconds: float = 5.0
    # GET /sender-domains/{domain} per company ("N/minute", the `limits` notation).
    spf_diagnosis_rate: str = "10/minute"

    # Bounces: every email leaves with its own return path bounces+<token>@<bounce_domain>
    # (VERP, the token signed with bounce_secret); the mail system hands the DSNs that come
    # back to the receiver on bounce_port (SMTP or LMTP). No port: no receiver in this process.
    bounce_domain: str = "bounces.ouvrage.example"
    bounce_secret: SecretStr | None = None
    bounce_host: str = "127.0.0.1"
    bounce_port: int | None = None
    bounce_protocol: Literal["smtp", "lmtp"] = "smtp"
    # Temporary bounces (4.x.x): the email is sent again after bounce_retry_delay x 2^n, then
    # after bounce_soft_max it counts as undeliverable.
    bounce_soft_max: int = 3
    bounce_retry_delay: float = 300.0

    platform_spf_domain: str = "_spf.ouvrage.example"
    platform_sender: str = "notifications@ouvrage.example"
    platform_name: str = "Ouvrage"

    def bounce_key(self) -> bytes:
        """The key signing return paths; a development one outside production only."""
        if self.bounce_secret is not None:
            return self.bounce_secret.get_secret_value().encode()
        if self.environment == "production":
            raise PlaceholderSecretError("bounce_secret is required in production")
        return DEVELOPMENT_BOUNCE_SECRET.encode()

    def nameserver(self) -> tuple[str, int] | None:
        """The configured resolver as (host, port); None for the system's resolver."""
        if not self.dns_resolver:
            return None
        host, _, port = self.dns_resolver.rpartition(":")
        if not host:
            return self.dns_resolver, 53
        return host.strip("[]"), int(port)
