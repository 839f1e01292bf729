"""Latency from an event's commit to a consumer in another service having handled it, per stage,
at steady rates (200 and 1,000 events/s by default), through the relay, the real broker and the
consumer runtime, with the production settings (``Relay`` and ``Consumer`` as ``EventRuntime``
makes them).

Stages, timed on the machine's one wall clock (``time.time``); the writers and the relay run in
one process (the writing service), the consumer in another (the consuming service):
  commit -> relay read      the writer's commit returned / the relay's read returned the row
  relay -> broker acked     the relay's read / every record of its batch acknowledged (acks=all)
  broker -> consumer fetch  the acknowledgement / the consumer's ``getmany`` returned the record
  fetch -> handler commit   the fetch / the transaction holding the effect and its tracking
                            record committed
  end to end                commit -> handler commit
The relay and the consumer are subclassed only to note those instants around the runtime's own
methods. Targets (issue 21): at 200 events/s p50 <= 10 ms and p99 <= 30 ms end to end; at
1,000 events/s p99 <= 100 ms.

    uv run python bench/bench_events_latency.py [--rates 200,1000] [--seconds 15] [--writers 4]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import multiprocessing
import sys
import time
from itertools import pairwise
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

import uvloop

sys.path.insert(0, str(Path(__file__).parent))

import ouvrage_events as es
from _common import KAFKA, Account, database, percentiles, topic
from ouvrage_events.catalog.clients import ClientBlocked
from ouvrage_events.runtime.consumer import Consumer
from ouvrage_events.runtime.relay import Relay

DRAIN_SECONDS = 120
STAGES = ("commit", "read", "acked", "fetched", "handled")
TARGETS = {200: (10.0, 30.0), 1000: (None, 100.0)}  # rate -> (p50, p99) end to end, ms

handled = es.Projection(
    "bench_latency",
    ddl="CREATE TABLE IF NOT EXISTS handled (event_id uuid PRIMARY KEY)",
)


@handled.on(ClientBlocked)
async def _handled(conn: Any, event: ClientBlocked, env: es.Envelope) -> None:
    await conn.execute("INSERT INTO handled VALUES ($1)", env.event_id)


Marks = dict[UUID, dict[str, float]]


class TimedRelay(Relay):
    marks: Marks

    async def _publish(self, producer: Any, batch: list[es.Envelope]) -> Any:
        read = time.time()
        acks = await super()._publish(producer, batch)

        def acked(_: object) -> None:
            now = time.time()
            for env in batch:
                self.marks.setdefault(env.event_id, {}).update(read=read, acked=now)

        acks.add_done_callback(acked)
        return acks


class TimedConsumer(Consumer):
    marks: Marks

    async def _handle(self, records: list[Any]) -> None:
        fetched = time.time()
        await super()._handle(records)
        committed = time.time()
        for record in records:
            event_id = UUID(dict(record.headers)["ce_id"].decode())
            self.marks.setdefault(event_id, {}).update(fetched=fetched, handled=committed)


async def _writer(factory: es.UnitOfWorkFactory, rate: float, count: int, marks: Marks) -> None:
    interval = 1 / rate
    start = time.time()
    for i in range(count):
        async with factory(es.Metadata(tenant_id=uuid4())) as uow:
            acc = Account(uuid4())
            uow.add(acc)
            acc.block("latency")
            [env] = await uow.commit()
        marks.setdefault(env.event_id, {})["commit"] = time.time()
        await asyncio.sleep(max(0.0, start + (i + 1) * interval - time.time()))


def _consume(dsn: str, name: str, expected: int, out: Any) -> None:
    """The consuming service, in a process of its own (as in production): reports its marks."""
    uvloop.run(_consume_async(dsn, name, expected, out))


async def _consume_async(dsn: str, name: str, expected: int, out: Any) -> None:
    marks: Marks = {}
    pool = await es.create_pool(dsn, max_size=4, search_path=[handled.schema])
    consumer = TimedConsumer(
        service="bench", projection=handled, pool=pool, bootstrap=KAFKA, topics=[name],
        group_id=f"bench-{uuid4()}",
    )  # fmt: skip
    consumer.marks = marks
    task = asyncio.create_task(consumer.run())
    await consumer.assigned.wait()
    out.put("assigned")
    with contextlib.suppress(TimeoutError):  # reported as "handled n of m" by the writer side
        async with asyncio.timeout(DRAIN_SECONDS):
            while sum(1 for m in marks.values() if "handled" in m) < expected:
                await asyncio.sleep(0.05)
    consumer.stop()
    await task
    await pool.close()
    out.put(marks)


async def run(rate: int, seconds: int, writers: int) -> dict[str, dict[str, float]]:
    marks: Marks = {}
    per_writer = rate * seconds // writers
    expected = per_writer * writers
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    async with database([handled]) as (dsn, pool), topic() as name:
        child = ctx.Process(target=_consume, args=(dsn, name, expected, out))
        child.start()
        loop = asyncio.get_running_loop()
        assert await loop.run_in_executor(None, out.get) == "assigned"
        relay = TimedRelay(dsn, KAFKA, service="clients", topic=name)
        relay.marks = marks
        task = asyncio.create_task(relay.run())
        await asyncio.sleep(1.0)  # the relay leads and its producer is up
        factory = es.UnitOfWorkFactory(pool)
        await asyncio.gather(
            *(_writer(factory, rate / writers, per_writer, marks) for _ in range(writers))
        )
        consumed: Marks = await loop.run_in_executor(None, out.get)
        await loop.run_in_executor(None, child.join)
        handled_count = await pool.fetchval("SELECT count(*) FROM handled")
        if handled_count < expected:
            print(f"  only {handled_count} of {expected} events handled within {DRAIN_SECONDS} s")
        relay.stop()
        await task
    for event_id, stages in consumed.items():
        marks.setdefault(event_id, {}).update(stages)
    return _stages([m for m in marks.values() if all(s in m for s in STAGES)])


def _stages(marks: list[dict[str, float]]) -> dict[str, dict[str, float]]:
    spans = [*pairwise(STAGES), ("commit", "handled")]
    return {
        f"{a} -> {b}": percentiles([(m[b] - m[a]) * 1000 for m in marks]) | {"n": float(len(marks))}
        for a, b in spans
    }


def report(rate: int, seconds: int, stages: dict[str, dict[str, float]]) -> None:
    total = stages["commit -> handled"]
    print(f"event path at {rate} events/s for {seconds} s ({int(total['n'])} events), ms:")
    for stage, p in stages.items():
        print(
            f"  {stage:22s} p50={p['p50']:7.1f}  p95={p['p95']:7.1f}  p99={p['p99']:7.1f}  "
            f"max={p['max']:7.1f}"
        )
    p50_target, p99_target = TARGETS.get(rate, (None, None))
    checks = []
    if p50_target is not None:
        checks.append(
            f"p50 <= {p50_target:g} ms: {'met' if total['p50'] <= p50_target else 'NOT met'}"
        )
    if p99_target is not None:
        checks.append(
            f"p99 <= {p99_target:g} ms: {'met' if total['p99'] <= p99_target else 'NOT met'}"
        )
    if checks:
        print("  target " + "; ".join(checks))


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rates", default="200,1000")
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--writers", type=int, default=4)
    args = parser.parse_args()
    for rate in (int(r) for r in args.rates.split(",")):
        report(rate, args.seconds, await run(rate, args.seconds, args.writers))


if __name__ == "__main__":
    uvloop.run(main())  # the event loop the services run on (ouvrage_platform.app.serve)
