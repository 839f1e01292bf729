"""Append throughput: 8 concurrent writers, one event per transaction, on the real PostgreSQL.

Baseline in the same run: the same 8 writers inserting one plain row per transaction into a
table with a primary key (what any write costs on this server, fsync included). The append is
measured alone and while the service's relay publishes to Kafka, each for an event without
personal data and for one whose personal field is sealed (issue 22) under the key of one of 100
known clients (cached, as for a company's usual traffic); also, for information, sealed under a
new client's key each time (a key created in the vault per event). Targets (issue 21):
append alone / plain >= 0.85; append while the relay publishes / plain >= 0.6.

    uv run python bench/bench_events_append.py [--per-writer 1500]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

import uvloop

sys.path.insert(0, str(Path(__file__).parent))

import ouvrage_events as es
from _common import KAFKA, append_one, database, topic

WRITERS = 8
KNOWN_CLIENTS = [uuid4() for _ in range(100)]


async def _rate(per_writer: int, write: Any) -> float:
    async def writer(w: int) -> None:
        for i in range(per_writer):
            await write(w * per_writer + i)

    start = time.perf_counter()
    await asyncio.gather(*(writer(w) for w in range(WRITERS)))
    return WRITERS * per_writer / (time.perf_counter() - start)


def _appender(factory: es.UnitOfWorkFactory, kind: str) -> Any:
    async def write(i: int) -> None:
        reason = None if kind == "plain" else "bench"
        subject: UUID | None = KNOWN_CLIENTS[i % len(KNOWN_CLIENTS)] if kind == "known" else None
        await append_one(factory, uuid4(), reason, subject)

    return write


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--per-writer", type=int, default=1500)
    n = parser.parse_args().per_writer
    rates: dict[str, float] = {}
    async with database() as (dsn, pool), topic() as name:
        await pool.execute("CREATE TABLE plain (id uuid PRIMARY KEY, body text)")
        factory = es.UnitOfWorkFactory(pool)
        await _rate(10, _appender(factory, "known"))  # the known clients' keys, cached

        async def plain(_: int) -> None:
            async with pool.acquire() as conn, conn.transaction():
                await conn.execute("INSERT INTO plain (id, body) VALUES ($1, 'bench')", uuid4())

        rates["plain-row baseline"] = await _rate(n, plain)
        for kind, label in (("plain", "no personal data"), ("known", "sealed, known client")):
            rates[f"append alone, {label}"] = await _rate(n, _appender(factory, kind))
        rates["append alone, sealed, new key each (info)"] = await _rate(
            n, _appender(factory, "new")
        )
        relay = es.Relay(dsn, KAFKA, service="clients", topic=name)
        task = asyncio.create_task(relay.run())
        for kind, label in (("plain", "no personal data"), ("known", "sealed, known client")):
            rates[f"append + relay, {label}"] = await _rate(n, _appender(factory, kind))
        relay.stop()
        await task
    base = rates["plain-row baseline"]
    print(f"append: {WRITERS} writers x {n} events, one event per transaction")
    for label, rate in rates.items():
        print(f"  {label:44s}: {rate:7.0f} /s  (ratio {rate / base:.2f})")
    print("  targets: append alone / plain >= 0.85; append + relay / plain >= 0.6")


if __name__ == "__main__":
    uvloop.run(main())  # the event loop the services run on (ouvrage_platform.app.serve)
