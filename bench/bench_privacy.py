"""Cost of crypto-shredding: append and consume throughput with sealed personal fields against
the same events without any (same run, same database, broker and payload shape).

« sealed »: ``ClientRegistered`` (contact and display name sealed per client with AES-256-GCM,
one data key per client created in the vault on first use). « plain »: a bench-only event with
the same fields and no personal marks, so nothing is sealed or opened. Each client record gets
``EVENTS_PER_CLIENT`` events, one transaction per client (as a command appends). The consumer
(the runtime services use, its own group) applies every event to a table; its key cache is
emptied first, as in another process; its rate is timed from the first event applied (the
group join is not part of it); the plain and the sealed consumers run at the same time. Target (issue 22): sealed / plain >= 0.9 for both.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
import time
from pathlib import Path
from typing import Any, ClassVar
from uuid import UUID, uuid4

import uvloop

sys.path.insert(0, str(Path(__file__).parent))

import ouvrage_events as es
from _common import KAFKA, database, topic
from ouvrage_events import privacy
from ouvrage_events.catalog.clients import ClientRegistered, Contact

CLIENTS = 1000
EVENTS_PER_CLIENT = 5


@es.event
class BenchPlainRegistered(es.DomainEvent):
    """ClientRegistered's shape without personal marks (bench only)."""

    service: ClassVar[str] = "clients"
    client_id: UUID
    contact: Contact
    display_name: str


def _contact(i: int) -> Contact:
    return Contact(
        last_name=f"Pavillière{i}", first_name="Rose", emails=[f"rose.{i}@exemple.fr"],
        phones=["06 12 34 56 78"], notes="Portail bleu, chien gentil. " * 8,
    )  # fmt: skip


class Person(es.Aggregate):
    stream_type = "bench-person"

    def when_ClientRegistered(self, e: Any) -> None:
        pass

    when_BenchPlainRegistered = when_ClientRegistered


def _event(sealed: bool, client_id: UUID, i: int) -> es.DomainEvent:
    contact = _contact(i)
    cls = ClientRegistered if sealed else BenchPlainRegistered
    return cls(client_id=client_id, contact=contact, display_name=contact.display_name())


async def _transaction(
    factory: es.UnitOfWorkFactory, sealed: bool, client_id: UUID, i: int, new: bool
) -> float:
    """One client's transaction (its first events, or more events on a record already there);
    its duration."""
    start = time.perf_counter()
    async with factory(es.Metadata(tenant_id=client_id)) as uow:
        person = Person(client_id) if new else await uow.load(Person, client_id)
        if new:
            uow.add(person)
        for _ in range(EVENTS_PER_CLIENT):
            person.record(_event(sealed, client_id, i))
        await uow.commit()
    return time.perf_counter() - start


async def _append(
    factory: es.UnitOfWorkFactory, ids: dict[bool, list[UUID]], new: bool
) -> dict[bool, float]:
    """Plain and sealed transactions interleaved one by one, so that the load of the (shared)
    machine weighs on both alike; events per second of each."""
    spent = {False: 0.0, True: 0.0}
    for i in range(CLIENTS):
        for sealed in (False, True):
            spent[sealed] += await _transaction(factory, sealed, ids[sealed][i], i, new)
    return {sealed: CLIENTS * EVENTS_PER_CLIENT / t for sealed, t in spent.items()}


def _sink() -> es.Projection:
    sink = es.Projection(f"bench_sink_{uuid4().hex[:6]}", ddl=(
        "CREATE TABLE IF NOT EXISTS seen (event_id uuid PRIMARY KEY, name text, email text)"
    ))  # fmt: skip

    @sink.on(ClientRegistered, BenchPlainRegistered)
    async def _seen(conn: Any, e: Any, env: es.Envelope) -> None:
        await conn.execute(
            "INSERT INTO seen VALUES ($1, $2, $3)",
            env.event_id,
            e.display_name,
            e.contact.emails[0],
        )

    return sink


async def _publish(dsn: str, pool: Any, name: str) -> None:
    relay = es.Relay(dsn, KAFKA, service="clients", topic=name, batch_size=2000)
    last = await pool.fetchval("SELECT max(position) FROM es_events")
    task = asyncio.create_task(relay.run())
    while (await pool.fetchval("SELECT max(position) FROM es_relay_checkpoints") or 0) < last:
        await asyncio.sleep(0.02)
    relay.stop()
    await task


async def _consume(name: str, ids: list[UUID]) -> float:
    privacy.keystore().forget(("client", i) for i in ids)  # a consumer elsewhere: cold cache
    sink = _sink()
    expected = CLIENTS * EVENTS_PER_CLIENT
    async with database([sink]) as (_dsn, pool):
        consumer = es.Consumer(
            service="bench", projection=sink, pool=pool, bootstrap=KAFKA, topics=[name],
            group_id=f"bench.{uuid4().hex[:8]}",
        )  # fmt: skip
        task = asyncio.create_task(consumer.run())
        count = f'SELECT count(*) FROM "{sink.schema}".seen'
        while (first := await pool.fetchval(count)) == 0:  # the group join is not the cost
            await asyncio.sleep(0.005)
        start = time.perf_counter()
        while await pool.fetchval(count) < expected:
            await asyncio.sleep(0.01)
        rate = (expected - first) / (time.perf_counter() - start)
        plain = await pool.fetchval(f'SELECT count(*) FROM "{sink.schema}".seen WHERE email '
                                    "LIKE 'rose.%'")  # fmt: skip
        assert plain == expected, "the consumer must see opened values"
        consumer.stop()
        await task
    return rate


LABELS = ("append, new records", "append, known records")


async def main() -> None:
    await privacy.keystore().keys([("client", uuid4())])  # the vault pool and its feed open
    total = CLIENTS * EVENTS_PER_CLIENT
    print(f"crypto-shredding cost: {total} events per measure, {CLIENTS} clients, one "
          "transaction per client, plain and sealed interleaved")  # fmt: skip
    rates = []
    consumed: dict[bool, float] = {}
    ids = {s: [uuid4() for _ in range(CLIENTS)] for s in (False, True)}
    async with database() as (dsn, pool):
        factory = es.UnitOfWorkFactory(pool)
        rates.append(await _append(factory, ids, new=True))
        rates.append(await _append(factory, ids, new=False))
    names: dict[bool, str] = {}
    async with contextlib.AsyncExitStack() as stack:
        for sealed in (False, True):  # one store and topic per kind
            dsn, pool = await stack.enter_async_context(database())
            names[sealed] = await stack.enter_async_context(topic())
            await _append_only(es.UnitOfWorkFactory(pool), sealed, ids[sealed])
            await _publish(dsn, pool, names[sealed])
        # both consumers at once, so that the machine's load weighs on both alike
        plain, sealed_rate = await asyncio.gather(
            _consume(names[False], ids[False]), _consume(names[True], ids[True])
        )
        consumed = {False: plain, True: sealed_rate}
    for label, rate in zip(LABELS, rates, strict=True):
        print(f"  {label:22} plain {rate[False]:7.0f}/s  sealed {rate[True]:7.0f}/s  "
              f"ratio {rate[True] / rate[False]:.2f}  (target >= 0.9)")  # fmt: skip
    print(f"  {'consume':22} plain {consumed[False]:7.0f}/s  sealed {consumed[True]:7.0f}/s  "
          f"ratio {consumed[True] / consumed[False]:.2f}  (target >= 0.9)")  # fmt: skip


async def _append_only(factory: es.UnitOfWorkFactory, sealed: bool, ids: list[UUID]) -> None:
    for i, client_id in enumerate(ids):
        await _transaction(factory, sealed, client_id, i, new=True)


if __name__ == "__main__":
    uvloop.run(main())
