"""Issue 21, item 6: under a mixed load, PostgreSQL and Kafka slowed, reset mid-transaction and
cut (the database 10 s, the broker 30 s) through Toxiproxy, then each service killed -9 in turn.

While a dependency is down, each service's /ready says not ready and the API answers 503
problem+json (never a 500, never a hang); after healing, every command the API acknowledged is
there exactly once (each retried with its Idempotency-Key until acknowledged) and every
projection of every service equals its rebuild from the log."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import asyncpg
import pytest
from e2e_kit import Company, eventually, expect
from fault_load import MixedLoad
from fault_system import ROOT, SERVICES, FaultSystem

CHECK = Path(__file__).with_name("rebuild_check.py")
# `make test` runs a bounded version (the broker gone 10 s, two services killed); the full one
# (the broker gone 30 s, each of the six killed in turn) is tools/faults.sh: OUVRAGE_FAULTS_FULL=1
FULL = os.environ.get("OUVRAGE_FAULTS_FULL", "") == "1"
BROKER_DOWN_SECONDS = 30 if FULL else 10
KILLED = SERVICES if FULL else ("clients", "notifier")


async def _type_id(company: Company) -> str:
    async def find() -> str | None:
        page = expect(await company.ouvrage.get("actions", "/action-types", company.admin), 200)
        return next((t["id"] for t in page["items"] if t["name"] == "A relancer"), None)

    found: str = await eventually(find, timeout=180, what="the seeded action types")
    return found


async def _all_ready(faults: FaultSystem, timeout: float = 60) -> None:
    async def ready() -> bool:
        return all(s == 200 for s in await asyncio.gather(*map(faults.ready, SERVICES)))

    await eventually(ready, timeout=timeout, what="every service ready again")


async def _while_down(
    faults: FaultSystem, cut: Callable[[], None], heal: Callable[[], None], seconds: float
) -> set[str]:
    """Cut a dependency for ``seconds``; the services whose /ready said 503 meanwhile."""
    not_ready: set[str] = set()
    cut()
    deadline = time.monotonic() + seconds
    try:
        while time.monotonic() < deadline:
            statuses = await asyncio.gather(*map(faults.ready, SERVICES))
            not_ready |= {n for n, s in zip(SERVICES, statuses, strict=True) if s == 503}
            await asyncio.sleep(1)
    finally:
        heal()
    return not_ready


async def _count(dsn: str, event_type: str, tenant: object) -> tuple[int, int]:
    """(events of that type, distinct streams) of the tenant: a command's effect doubled would
    be a second stream (a new id), so every stream of the tenant is counted, not only the ids
    acknowledged."""
    conn = await asyncpg.connect(dsn)
    try:
        row = await conn.fetchrow(
            "SELECT count(*) AS n, count(DISTINCT stream_id) AS s FROM es_events "
            "WHERE event_type = $1 AND tenant_id = $2",
            event_type,
            tenant,
        )
    finally:
        await conn.close()
    assert row is not None
    return int(row["n"]), int(row["s"])


async def _rebuilt_equal(faults: FaultSystem, service: str) -> dict[str, object]:
    process = await asyncio.create_subprocess_exec(
        sys.executable, str(CHECK), service, env=faults.env, cwd=ROOT,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(process.communicate(), 180)
    assert process.returncode == 0, f"{service} rebuild check failed: {err.decode()[-1500:]}"
    result: dict[str, object] = json.loads(out.decode().strip().splitlines()[-1])
    return result


async def _phase(load: MixedLoad, what: str, action: Awaitable[object]) -> object:
    started = time.monotonic()
    result = await action
    print(f"faults: {what} in {time.monotonic() - started:.1f}s; {load.report.summary()}")
    return result


@pytest.mark.timeout(1200 if FULL else 600)
async def test_faults_under_load(faults: FaultSystem, company: Company) -> None:
    load = MixedLoad(company, company.admin, await _type_id(company))
    pg, kafka = faults.postgres, faults.kafka
    try:
        async with load:
            await _phase(load, "baseline", asyncio.sleep(4))
            pg.toxic("pg_latency", "latency", latency=150, jitter=50)
            kafka.toxic("kafka_latency", "latency", latency=150, jitter=50)
            await _phase(load, "latency 150 ms", asyncio.sleep(6))
            pg.remove("pg_latency")
            kafka.remove("kafka_latency")
            # every open connection reset after 300 ms of traffic: mid-query, mid-transaction
            pg.toxic("pg_reset", "reset_peer", timeout=300)
            await _phase(load, "resets", asyncio.sleep(3))
            pg.remove("pg_reset")
            await _all_ready(faults)
            db_down = await _phase(
                load, "database gone", _while_down(faults, pg.disable, pg.enable, 10)
            )
            await _all_ready(faults)
            kafka_down = await _phase(
                load,
                "broker gone",
                _while_down(faults, kafka.disable, kafka.enable, BROKER_DOWN_SECONDS),
            )
            await _all_ready(faults)
            for name in KILLED:
                await _phase(load, f"kill -9 {name}", _kill_and_restart(faults, name))
            await _phase(load, "after", asyncio.sleep(3))
        await _phase(load, "settle", load.settle())
        assert db_down == set(SERVICES), f"not ready while the database was gone: {db_down}"
        assert kafka_down == set(SERVICES), f"not ready while the broker was gone: {kafka_down}"
        assert not load.report.violations, "\n".join(load.report.violations[:20])
        assert load.report.unavailable, "no 503 seen: the faults did not reach the API"
        await _exactly_once(faults, company, load)
        for service in SERVICES:
            result = await _rebuilt_equal(faults, service)
            print(f"faults: {result}")
            unequal = {k: v for k, v in result["projections"].items() if not v["equal"]}  # type: ignore[attr-defined]
            assert not unequal, f"{service}: projections differ from their rebuild: {unequal}"
    finally:
        await load.close()
        print(f"faults: {load.report.summary()}; 503 by service {dict(load.report.unavailable)}")


async def _kill_and_restart(faults: FaultSystem, name: str) -> None:
    """kill -9 the service's process, answer 503 through the gateway meanwhile, restart it."""
    process = faults.handle.services[name].process
    os.kill(process.pid, signal.SIGKILL)
    await asyncio.to_thread(process.wait)
    await asyncio.sleep(1.5)  # the load meets the dead service through the gateway
    faults.handle.respawn(name)

    async def ready() -> bool:
        return await faults.ready(name) == 200

    await eventually(ready, timeout=60, what=f"{name} restarted")


async def _exactly_once(faults: FaultSystem, company: Company, load: MixedLoad) -> None:
    """Every acknowledged command is there once: one stream, one creation event, per command."""
    tenant = company.tenant_id
    clients = {c.acknowledged["id"] for c in load.clients if c.acknowledged}
    actions = {c.acknowledged["id"] for c in load.actions if c.acknowledged}
    assert len(clients) == len(load.clients) and len(actions) == len(load.actions)
    created = await _count(
        faults.env["CLIENTS_DATABASE_URL"], "ouvrage.clients.ClientRegistered", tenant
    )
    assert created == (len(clients), len(clients)), (
        f"clients: {created} for {len(clients)} commands"
    )
    opened = await _count(
        faults.env["ACTIONS_DATABASE_URL"], "ouvrage.actions.ActionCreated", tenant
    )
    assert opened == (len(actions), len(actions)), f"actions: {opened} for {len(actions)} commands"
    worksites = {c.acknowledged["id"] for c in load.worksites if c.acknowledged}
    assert len(worksites) == len(load.worksites)
    opened_sites = await _count(
        faults.env["PLANNING_DATABASE_URL"], "ouvrage.planning.WorksiteOpened", tenant
    )
    assert opened_sites == (len(worksites),) * 2, f"worksites: {opened_sites} for {len(worksites)}"
    print(
        f"faults: {len(clients)} clients, {len(actions)} actions, {len(worksites)} worksites,"
        " each exactly once"
    )
    for client_id in list(clients)[:5]:
        expect(await company.ouvrage.get("clients", f"/clients/{client_id}", company.admin), 200)
