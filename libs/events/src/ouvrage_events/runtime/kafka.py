"""aiokafka clients configured the way the runtime needs them."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError


def idempotent_producer(bootstrap: str, *, client_id: str, linger_ms: int = 2) -> AIOKafkaProducer:
    """A producer that never duplicates or reorders within its session.

    ``enable_idempotence`` makes the broker drop retried duplicates, and implies ``acks=all``
    (aiokafka docs, "Idempotent produce"); aiokafka sends one batch per partition at a time, so
    retries cannot reorder a partition.
    """
    return AIOKafkaProducer(
        bootstrap_servers=bootstrap,
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
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
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
