"""A consumer's gauges: lag per partition (each poll) and parked streams (every few seconds)."""

from __future__ import annotations

import time

import asyncpg
from aiokafka import AIOKafkaConsumer

from ouvrage_events import metrics

PARKED_REFRESH_SECONDS = 15.0


async def update_lag(consumer: AIOKafkaConsumer, group: str) -> None:
    """Messages between the group's position and the end, per assigned partition."""
    for tp in consumer.assignment():
        high = consumer.highwater(tp)
        if high is None:
            continue
        position = await consumer.position(tp)
        lag = max(high - position, 0)
        metrics.CONSUMER_LAG.labels(group, tp.topic, str(tp.partition)).set(lag)


class ParkedStreams:
    """Counts the projection's parked streams, at most every `PARKED_REFRESH_SECONDS`."""

    def __init__(self, pool: asyncpg.Pool, projection: str) -> None:
        self.pool = pool
        self.projection = projection
        self._next = 0.0

    async def refresh(self, *, now: bool = False) -> None:
        if not now and time.monotonic() < self._next:
            return
        self._next = time.monotonic() + PARKED_REFRESH_SECONDS
        count = await self.pool.fetchval(
            "SELECT count(*) FROM es_parked_streams WHERE projection = $1", self.projection
        )
        metrics.PARKED_STREAMS.labels(self.projection).set(int(count or 0))
