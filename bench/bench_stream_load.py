"""Loading a stream of 10,000 events (``uow.load``), folded whole and from a snapshot.

One stream of N events (default 10,000; every other one carries a personal field, sealed as
issue 22 stores it) is appended 100 events per transaction, twice: by an aggregate without
snapshots and by the same aggregate with ``snapshot_every = 100`` (the unit of work saves a
snapshot whenever a commit crosses a multiple of 100, and loads from the latest one), plus 99
more: the worst case, 99 events to fold after the latest snapshot. Each stream is then loaded
50 times through the unit of work on the real PostgreSQL store.
Target (issue 21): < 20 ms.

    uv run python bench/bench_stream_load.py [--events 10000]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import ClassVar
from uuid import uuid4

import uvloop

sys.path.insert(0, str(Path(__file__).parent))

import ouvrage_events as es
from _common import database, percentiles
from ouvrage_testing.accounts import Account

TARGET_MS = 20.0
PER_COMMIT = 100


class SnapshotEvery100(Account):
    snapshot_every: ClassVar[int | None] = 100


async def _fill(factory: es.UnitOfWorkFactory, cls: type[Account], n: int) -> Account:
    account = cls(uuid4())
    meta = es.Metadata(tenant_id=uuid4())
    for start in range(0, n, PER_COMMIT):
        async with factory(meta) as uow:
            if start == 0:
                uow.add(account)
            else:
                account = await uow.load(cls, account.id)
            for i in range(start, min(start + PER_COMMIT, n)):
                account.block("motif") if i % 2 == 0 else account.unblock()
            await uow.commit()
    return account


async def _loads(factory: es.UnitOfWorkFactory, cls: type[Account], aid: object) -> list[float]:
    meta = es.Metadata(tenant_id=uuid4())
    times = []
    for _ in range(50):
        async with factory(meta) as uow:
            started = time.perf_counter()
            await uow.load(cls, aid)  # type: ignore[arg-type]
            times.append((time.perf_counter() - started) * 1000)
    return times


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=10_000)
    n = parser.parse_args().events + 99
    async with database() as (_dsn, pool):
        factory = es.UnitOfWorkFactory(pool)
        print(f"loading a stream of {n:,} events (50 loads each), ms:")
        for label, cls in (("whole stream", Account), ("snapshot every 100", SnapshotEvery100)):
            aid = (await _fill(factory, cls, n)).id
            p = percentiles(await _loads(factory, cls, aid))
            print(f"  {label:20s} p50={p['p50']:7.1f}  p99={p['p99']:7.1f}  max={p['max']:7.1f}")
        print(f"  target < {TARGET_MS:g} ms (with a snapshot): "
              f"{'met' if p['p99'] < TARGET_MS else 'NOT met'} (p99)")  # fmt: skip


if __name__ == "__main__":
    uvloop.run(main())  # the event loop the services run on (ouvrage_platform.app.serve)
