"""Two replicas of the whole actions app on one database, schedulers on: every alert's
``ActionDue`` is recorded once, while both run and across one's restart."""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import AsyncIterator
from uuid import UUID

import asyncpg
import httpx
from actions.bootstrap import create_app, migrate
from actions.settings import ActionsSettings
from aiokafka import AIOKafkaConsumer
from fastapi import FastAPI
from ouvrage_events.contract import cloudevents
from ouvrage_events.runtime.kafka import client_options
from ouvrage_platform.testing import TokenMinter
from ouvrage_testing import TopicFactory

WAIT = 30.0
TENANT, USER = uuid.uuid4(), uuid.uuid4()


@contextlib.asynccontextmanager
async def replica(
    settings: ActionsSettings, minter: TokenMinter
) -> AsyncIterator[httpx.AsyncClient]:
    app: FastAPI = create_app(settings, verifier=minter.verifier())
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://actions") as http:
            yield http


async def _create_due(
    http: httpx.AsyncClient, headers: dict[str, str], type_id: str, n: int
) -> list[UUID]:
    ids = []
    for i in range(n):
        response = await http.post(
            f"/clients/{uuid.uuid4()}/actions",
            json={"action_type_id": type_id, "alert_at": f"2020-01-01T09:{i:02d}:00"},
            headers=headers,
        )
        assert response.status_code == 201, response.text
        ids.append(UUID(response.json()["id"]))
    return ids


async def _due_counts(dsn: str, ids: list[UUID]) -> dict[UUID, int]:
    conn = await asyncpg.connect(dsn)
    try:
        rows = await conn.fetch(
            "SELECT stream_id, count(*) AS n FROM es_events WHERE event_type = $1 "
            "AND stream_id = ANY($2::uuid[]) GROUP BY stream_id",
            "ouvrage.actions.ActionDue",
            ids,
        )
    finally:
        await conn.close()
    counts = {r["stream_id"]: int(r["n"]) for r in rows}
    return {i: counts.get(i, 0) for i in ids}


async def _all_due(dsn: str, ids: list[UUID]) -> dict[UUID, int]:
    async with asyncio.timeout(WAIT):
        while True:
            counts = await _due_counts(dsn, ids)
            if all(counts.values()):
                return counts
            await asyncio.sleep(0.1)


async def _kafka_due_ids(kafka: str, topic: str, expected: set[UUID]) -> dict[UUID, set[UUID]]:
    consumer = AIOKafkaConsumer(topic, **client_options(kafka), auto_offset_reset="earliest",
                                enable_auto_commit=False)  # fmt: skip
    await consumer.start()
    by_action: dict[UUID, set[UUID]] = {}
    try:
        async with asyncio.timeout(WAIT):
            while set(by_action) != expected:
                for records in (await consumer.getmany(timeout_ms=200)).values():
                    for record in records:
                        env = cloudevents.decode(record.value, record.headers)
                        if env.name == "ActionDue":
                            by_action.setdefault(env.aggregate_id, set()).add(env.event_id)
    finally:
        await consumer.stop()
    return by_action


async def test_two_replicas_and_a_restart_record_each_alert_once(
    database_dsn: str, kafka_bootstrap: str
) -> None:
    topics = TopicFactory(kafka_bootstrap)
    names = {s: await topics(f"actions-replicas-{s}") for s in ("identity", "clients", "actions")}
    settings = ActionsSettings(
        database_url=database_dsn,
        kafka_bootstrap=kafka_bootstrap,
        events_topic=names["actions"],
        identity_topic=names["identity"],
        clients_topic=names["clients"],
        consumer_group_suffix=f".{uuid.uuid4().hex[:8]}",
        scheduler_interval=0.05,
        scheduler_batch=5,
    )
    await migrate(settings)
    minter = TokenMinter(kid="replicas")
    headers = {"Authorization": f"Bearer {minter.mint(USER, TENANT, ['settings.manage'])}"}
    try:
        async with replica(settings, minter) as one:
            made = await one.post("/action-types", json={"name": "A faire"}, headers=headers)
            type_id = made.json()["id"]
            async with replica(settings, minter) as two:
                both = await _create_due(one, headers, type_id, 15)
                both += await _create_due(two, headers, type_id, 15)
                await _all_due(database_dsn, both)
            # replica two stopped: one alone, then two comes back
            alone = await _create_due(one, headers, type_id, 5)
            await _all_due(database_dsn, alone)
            async with replica(settings, minter) as two_again:
                back = await _create_due(two_again, headers, type_id, 10)
                await _all_due(database_dsn, back)
                listed = await two_again.get("/actions", params={"limit": 200}, headers=headers)
        every = [*both, *alone, *back]
        counts = await _due_counts(database_dsn, every)
        assert set(counts.values()) == {1}
        assert all(a["due"] for a in listed.json()["items"])
        on_kafka = await _kafka_due_ids(kafka_bootstrap, names["actions"], set(every))
        assert {len(ids) for ids in on_kafka.values()} == {1}
    finally:
        await topics.close()
