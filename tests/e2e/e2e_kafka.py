"""An independent reader of the real topics ``ouvrage.<service>.events``: a plain aiokafka
consumer (no group, nothing committed) positioned at the end offsets taken before a scenario's
commands, so it sees exactly what those commands (and their reactions) published."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from ouvrage_events import privacy
from ouvrage_events.contract import cloudevents
from ouvrage_events.runtime.kafka import client_options

SERVICES = ("identity", "clients", "actions", "planning", "notifier")


def topic_of(service: str) -> str:
    return f"ouvrage.{service}.events"


@dataclass(frozen=True)
class Record:
    """A Kafka record as CloudEvents' Kafka binding (binary mode) carries it."""

    topic: str
    partition: int
    offset: int
    key: str | None
    headers: dict[str, str]
    value: dict[str, Any]
    raw_value: bytes

    @property
    def type(self) -> str:
        return self.headers.get("ce_type", "")

    @property
    def subject(self) -> str:
        return self.headers.get("ce_subject", "")

    @property
    def tenant_id(self) -> str:
        return self.headers.get("ce_tenantid", "")

    @classmethod
    def of(cls, message: Any) -> Record:
        headers = {k: v.decode() for k, v in message.headers or () if v is not None}
        raw = message.value or b""
        return cls(
            topic=message.topic,
            partition=message.partition,
            offset=message.offset,
            key=message.key.decode() if message.key is not None else None,
            headers=headers,
            value=json.loads(raw) if raw else {},
            raw_value=raw,
        )

    @classmethod
    async def opened(cls, message: Any) -> Record:
        """The record as a consumer sees it: ``value`` with its personal fields opened (they
        travel sealed, ``raw_value`` keeps the bytes as they are on the topic)."""
        record = cls.of(message)
        try:
            envelope = cloudevents.decode(message.value, message.headers)
        except cloudevents.BindingError:
            return record
        return replace(record, value=(await privacy.open_envelope(envelope)).payload)


class EventTap:
    """``await tap.start()`` before the commands; ``await tap.wait_for("ouvrage.clients.X")``."""

    def __init__(self, bootstrap: str, services: tuple[str, ...] = SERVICES) -> None:
        self.bootstrap = bootstrap
        self.topics = [topic_of(s) for s in services]
        self.seen: list[Record] = []
        self._consumer: AIOKafkaConsumer | None = None

    async def start(self) -> None:
        partitions = await self._partitions()
        consumer = AIOKafkaConsumer(
            **client_options(self.bootstrap), enable_auto_commit=False, group_id=None
        )
        await consumer.start()
        self._consumer = consumer
        consumer.assign(partitions)
        for tp, end in (await consumer.end_offsets(partitions)).items():
            consumer.seek(tp, end)

    async def _partitions(self) -> list[TopicPartition]:
        admin = AIOKafkaAdminClient(**client_options(self.bootstrap), client_id="ouvrage-e2e")
        await admin.start()
        try:
            described = await admin.describe_topics(self.topics)
        finally:
            await admin.close()
        missing = [d["topic"] for d in described if d["error_code"] != 0]
        assert not missing, f"topics missing on the broker: {missing}"
        return [
            TopicPartition(d["topic"], p["partition"]) for d in described for p in d["partitions"]
        ]

    async def stop(self) -> None:
        if self._consumer is not None:
            await self._consumer.stop()
            self._consumer = None

    async def poll(self) -> list[Record]:
        """Read what arrived since the last poll; return everything seen since ``start``."""
        assert self._consumer is not None, "EventTap.start() first"
        batch = await self._consumer.getmany(timeout_ms=200, max_records=1000)
        for messages in batch.values():
            self.seen.extend([await Record.opened(m) for m in messages])
        return self.seen

    def matching(
        self, ce_type: str, where: Callable[[Record], bool] = lambda _r: True
    ) -> list[Record]:
        return [r for r in self.seen if r.type == ce_type and where(r)]

    async def wait_for(
        self,
        ce_type: str,
        where: Callable[[Record], bool] = lambda _r: True,
        count: int = 1,
        timeout: float = 30.0,
    ) -> list[Record]:
        """The records of type ``ce_type`` matching ``where``, once there are ``count``."""
        deadline = time.monotonic() + timeout
        while True:
            await self.poll()
            found = self.matching(ce_type, where)
            if len(found) >= count:
                return found
            if time.monotonic() > deadline:
                types = sorted({r.type for r in self.seen})
                raise AssertionError(
                    f"{ce_type}: {len(found)}/{count} on the topics after {timeout:.0f}s; "
                    f"types seen: {types}"
                )
