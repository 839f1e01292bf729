"""aiokafka clients configured the way the runtime needs them, with the broker's security.

Every client the runtime makes (relay producer, consumers, dead-letter producer, rebuild, topic
admin, ready check) takes its connection options from ``client_options(bootstrap)``: the
``KafkaSecurity`` registered for that bootstrap address (a service registers its settings' once,
``ouvrage_platform.app.create_app`` and the CLI do it), PLAINTEXT when none is. Keyed by address,
so one process may talk to two brokers (the tests do: the shared one and a SASL one).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError
from aiokafka.helpers import create_ssl_context

SecurityProtocol = Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"]
SaslMechanism = Literal["SCRAM-SHA-512", "SCRAM-SHA-256", "PLAIN"]


@dataclass(frozen=True)
class KafkaSecurity:
    """How a client authenticates: SASL/SCRAM over TLS in production (``SASL_SSL``)."""

    protocol: SecurityProtocol = "PLAINTEXT"
    mechanism: SaslMechanism = "SCRAM-SHA-512"
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    ca_file: Path | None = None

    def options(self) -> dict[str, Any]:
        """Keyword arguments for any aiokafka client."""
        options: dict[str, Any] = {"security_protocol": self.protocol}
        if self.protocol.startswith("SASL_"):
            if not self.username or not self.password:
                raise ValueError("SASL needs a username and a password")
            options |= {
                "sasl_mechanism": self.mechanism,
                "sasl_plain_username": self.username,
                "sasl_plain_password": self.password,
            }
        if self.protocol.endswith("SSL"):
            cafile = str(self.ca_file) if self.ca_file else None
            options["ssl_context"] = create_ssl_context(cafile=cafile)
        return options


PLAINTEXT = KafkaSecurity()
_registered: dict[str, KafkaSecurity] = {}


def register_security(bootstrap: str, security: KafkaSecurity) -> None:
    """Every client of ``bootstrap`` made from now on uses ``security``.

    An authenticated broker is never downgraded: PLAINTEXT registered over a SASL/TLS entry is
    ignored (one address is one broker; an app built with default settings in the same process,
    as unit tests do, must not strip the credentials the other clients of that broker need)."""
    known = _registered.get(bootstrap)
    if security.protocol == "PLAINTEXT" and known is not None and known.protocol != "PLAINTEXT":
        return
    _registered[bootstrap] = security


def client_options(bootstrap: str) -> dict[str, Any]:
    """``bootstrap_servers`` and the security options registered for it."""
    return {"bootstrap_servers": bootstrap, **_registered.get(bootstrap, PLAINTEXT).options()}


def idempotent_producer(bootstrap: str, *, client_id: str, linger_ms: int = 2) -> AIOKafkaProducer:
    """A producer that never duplicates or reorders within its session.

    ``enable_idempotence`` makes the broker drop retried duplicates, and implies ``acks=all``
    (aiokafka docs, "Idempotent produce"); aiokafka sends one batch per partition at a time, so
    retries cannot reorder a partition.
    """
    return AIOKafkaProducer(
        **client_options(bootstrap),
        client_id=client_id,
        enable_idempotence=True,
        acks="all",
        linger_ms=linger_ms,
        max_batch_size=256 * 1024,
        request_timeout_ms=15000,
    )


@dataclass(frozen=True, slots=True)
class TopicSpec:
    """How the topics a service creates are made: its events topic and its dead-letter topics.

    Replication comes from the service's settings (`<PREFIX>_KAFKA_REPLICATION_FACTOR`,
    `<PREFIX>_KAFKA_MIN_INSYNC_REPLICAS`); 1 is the one-broker development default only.
    """

    partitions: int = 6
    replication_factor: int = 1
    min_insync_replicas: int = 1

    def configs(self) -> dict[str, str]:
        """Kept forever (a new subscriber can start from the beginning); acks=all writes need
        `min_insync_replicas` in-sync copies."""
        return {"retention.ms": "-1", "min.insync.replicas": str(self.min_insync_replicas)}


async def ensure_topics(bootstrap: str, topics: list[str], spec: TopicSpec | None = None) -> None:
    """Create missing topics as `spec` says (a no-op for existing ones)."""
    spec = spec or TopicSpec()
    admin = AIOKafkaAdminClient(**client_options(bootstrap))
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [
            NewTopic(t, spec.partitions, spec.replication_factor, topic_configs=spec.configs())
            for t in topics
            if t not in existing
        ]
        if missing:
            with contextlib.suppress(TopicAlreadyExistsError):
                await admin.create_topics(missing)
    finally:
        await admin.close()
