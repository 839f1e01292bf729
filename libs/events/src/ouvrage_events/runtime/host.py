"""Runs a service's relay and consumers beside its API, started and stopped by its lifespan."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Sequence

import asyncpg
import structlog

from ouvrage_events.contract.registry import Registry
from ouvrage_events.contract.registry import registry as default_registry
from ouvrage_events.runtime.consumer import Consumer
from ouvrage_events.runtime.kafka import TopicSpec
from ouvrage_events.runtime.projection import Projection
from ouvrage_events.runtime.relay import Relay

log = structlog.get_logger(__name__)


class EventRuntime:
    def __init__(
        self,
        *,
        service: str,
        dsn: str,
        pool: asyncpg.Pool,
        bootstrap: str,
        consumed: Sequence[Projection] = (),
        registry: Registry | None = None,
        relay: bool = True,
        topics: dict[str, list[str]] | None = None,
        relay_topic: str | None = None,
        group_suffix: str = "",
        topic_spec: TopicSpec | None = None,
    ) -> None:
        """``topics`` (projection name -> topics), ``relay_topic`` and ``group_suffix`` let tests
        run on unique topics and consumer groups."""
        registry = registry or default_registry
        self.relay = Relay(dsn, bootstrap, service=service, topic=relay_topic) if relay else None
        self.consumers = [
            Consumer(
                service=service,
                projection=p,
                pool=pool,
                bootstrap=bootstrap,
                registry=registry,
                topics=(topics or {}).get(p.name),
                group_id=f"{service}.{p.name}{group_suffix}",
                topic_spec=topic_spec,
            )
            for p in consumed
        ]
        self._tasks: list[asyncio.Task[None]] = []

    async def start(self) -> None:
        if self.relay is not None:
            self._tasks.append(asyncio.create_task(self.relay.run(), name="relay"))
        for consumer in self.consumers:
            self._tasks.append(asyncio.create_task(consumer.run(), name=consumer.group_id))

    async def wait_assigned(self, timeout: float = 30.0) -> None:
        """Until every consumer has its partitions (tests wait on this before producing)."""
        await asyncio.wait_for(
            asyncio.gather(*(c.assigned.wait() for c in self.consumers)), timeout
        )

    async def stop(self, timeout: float = 10.0) -> None:
        if self.relay is not None:
            self.relay.stop()
        for consumer in self.consumers:
            consumer.stop()
        if not self._tasks:
            return
        done, pending = await asyncio.wait(self._tasks, timeout=timeout)
        for task in pending:
            task.cancel()
        for task in done:
            if not task.cancelled() and task.exception() is not None:
                log.error("runtime.task_failed", task=task.get_name(), error=repr(task.exception()))
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.gather(*pending, return_exceptions=True)
        self._tasks.clear()

    def healthy(self) -> bool:
        """False if a background task died (the service is then not ready)."""
        return all(not t.done() for t in self._tasks)
