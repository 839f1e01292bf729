"""aiokafka clients configured the way the runtime needs them."""

from __future__ import annotations

import contextlib

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


async def ensure_topics(bootstrap: str, topics: list[str], partitions: int = 6) -> None:
    """Create missing topics with unlimited retention (a no-op for existing ones)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [
            NewTopic(t, partitions, 1, topic_configs={"retention.ms": "-1"})
            for t in topics
            if t not in existing
        ]
        if missing:
            with contextlib.suppress(TopicAlreadyExistsError):
                await admin.create_topics(missing)
    finally:
        await admin.close()
