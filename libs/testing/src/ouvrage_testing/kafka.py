"""Throw-away Kafka topics for tests, deleted at the end of the session."""

from __future__ import annotations

import asyncio
import re
import time
import uuid

import ouvrage_events as es
from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from ouvrage_events.contract import cloudevents
from ouvrage_events.runtime.kafka import client_options

TOPIC_ALREADY_EXISTS = 36


class TopicFactory:
    """`await factory("clients", partitions=6)`: new topic t.<name>.<uuid8>, visible on return."""

    def __init__(self, bootstrap: str) -> None:
        self.bootstrap = bootstrap
        self.created: list[str] = []
        self._admin: AIOKafkaAdminClient | None = None

    async def _client(self) -> AIOKafkaAdminClient:
        if self._admin is None:
            admin = AIOKafkaAdminClient(**client_options(self.bootstrap), client_id="ouvrage-tests")
            await admin.start()
            self._admin = admin
        return self._admin

    async def __call__(
        self,
        name: str = "topic",
        partitions: int = 6,
        config: dict[str, str] | None = None,
        timeout: float = 30.0,
    ) -> str:
        cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", name)[:100]
        topic = f"t.{cleaned}.{uuid.uuid4().hex[:8]}"
        admin = await self._client()
        response = await admin.create_topics(
            [NewTopic(topic, partitions, 1, topic_configs=config or {})]
        )
        for created, code, *_ in response.topic_errors:
            if code not in (0, TOPIC_ALREADY_EXISTS):
                raise RuntimeError(f"could not create topic {created}: error code {code}")
        self.created.append(topic)
        await self._wait_visible(admin, topic, partitions, timeout)
        return topic

    @staticmethod
    async def _wait_visible(
        admin: AIOKafkaAdminClient, topic: str, partitions: int, timeout: float
    ) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            (described,) = await admin.describe_topics([topic])
            found = described["partitions"]
            complete = described["error_code"] == 0 and len(found) == partitions
            if complete and all(partition["leader"] >= 0 for partition in found):
                return
            await asyncio.sleep(0.05)
        raise TimeoutError(f"topic {topic} not visible in the metadata after {timeout}s")

    async def close(self) -> None:
        if self._admin is None:
            return
        try:
            if self.created:
                await self._admin.delete_topics(self.created)
                self.created.clear()
        finally:
            await self._admin.close()
            self._admin = None


async def publish_event(
    producer: AIOKafkaProducer,
    topic: str,
    event: es.DomainEvent,
    *,
    tenant: uuid.UUID,
    aggregate: uuid.UUID,
    sequence: int = 1,
) -> es.Envelope:
    """Publish ``event`` as its owning service's relay would (CloudEvents binary mode)."""
    envelope = es.Envelope.wrap(
        event,
        aggregate_id=aggregate,
        aggregate_type=event.service,
        sequence=sequence,
        metadata=es.Metadata(tenant_id=tenant),
    )
    key, value, headers = cloudevents.encode(envelope)
    await producer.send_and_wait(topic, value=value, key=key, headers=headers)
    return envelope
