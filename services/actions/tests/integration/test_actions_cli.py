"""The console script as the launcher runs it: ``migrate`` then ``serve``, ready on the real
database and Kafka, with the due-alert scheduler inside the served process."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import ouvrage_events as es
import pytest_asyncio
from aiokafka import AIOKafkaProducer
from ouvrage_events.catalog.identity import TenantRegistered
from ouvrage_events.contract import cloudevents
from ouvrage_events.runtime.kafka import client_options
from ouvrage_platform.testing import TokenMinter, serve_jwks
from ouvrage_testing import TopicFactory
from ouvrage_testing.kafka_access import kafka_access

SCRIPT = str(Path(sys.executable).parent / "ouvrage-actions")
WAIT = 60.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return await asyncio.to_thread(
        subprocess.run, [SCRIPT, *args], env=env, capture_output=True, text=True, timeout=120
    )


@pytest_asyncio.fixture(loop_scope="session")
async def cli_env(database_dsn: str, kafka_bootstrap: str) -> AsyncIterator[dict[str, Any]]:
    topics = TopicFactory(kafka_bootstrap)
    names = {s: await topics(f"actions-cli-{s}") for s in ("identity", "clients", "actions")}
    minter = TokenMinter(kid="actions-cli")
    with serve_jwks(minter.jwks()) as jwks_url:
        env = {
            **os.environ,
            "ACTIONS_DATABASE_URL": database_dsn,
            "ACTIONS_KAFKA_BOOTSTRAP": kafka_bootstrap,
            **kafka_access().env("actions"),  # the tests' administrator: test topics
            "ACTIONS_JWKS_URL": jwks_url,
            "ACTIONS_EVENTS_TOPIC": names["actions"],
            "ACTIONS_IDENTITY_TOPIC": names["identity"],
            "ACTIONS_CLIENTS_TOPIC": names["clients"],
            "ACTIONS_CONSUMER_GROUP_SUFFIX": f".{uuid.uuid4().hex[:8]}",
            "ACTIONS_SCHEDULER_INTERVAL": "0.2",
        }
        try:
            yield {"env": env, "topics": names, "minter": minter}
        finally:
            await topics.close()


async def _wait_ready(base: str, process: subprocess.Popen[bytes]) -> httpx.Response:
    async with httpx.AsyncClient(base_url=base) as http, asyncio.timeout(WAIT):
        while True:
            assert process.poll() is None, "ouvrage-actions serve exited"
            try:
                response = await http.get("/ready")
                if response.status_code == 200:
                    return response
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.2)


async def _eventually(http: httpx.AsyncClient, url: str, headers: dict[str, str], key: str) -> Any:
    async with asyncio.timeout(WAIT):
        while True:
            body = (await http.get(url, headers=headers)).json()
            if body.get(key):
                return body
            await asyncio.sleep(0.1)


async def test_migrate_then_serve_with_scheduler(cli_env: dict[str, Any], tmp_path: Path) -> None:
    env = cli_env["env"]
    first = await _run(env, "migrate")
    again = await _run(env, "migrate")
    assert first.returncode == 0, first.stderr
    assert "platform/0001_idempotency.sql" in json.loads(first.stdout.splitlines()[-1])["applied"]
    assert json.loads(again.stdout.splitlines()[-1]) == {"applied": []}

    port = _free_port()
    log = (tmp_path / "serve.log").open("wb")
    process = subprocess.Popen(  # noqa: ASYNC220 - a long-running child, not awaited
        [SCRIPT, "serve", "--port", str(port)], env=env, stdout=log, stderr=subprocess.STDOUT
    )
    base = f"http://127.0.0.1:{port}"
    try:
        ready = await _wait_ready(base, process)
        assert ready.json()["checks"] == {"postgres": "ok", "kafka": "ok", "workers": "ok"}

        tenant = uuid.uuid4()
        envelope = es.Envelope.wrap(
            TenantRegistered(tenant_id=tenant, name="CLI"), aggregate_id=tenant,
            aggregate_type="tenant", sequence=1, metadata=es.Metadata(tenant_id=tenant),
        )  # fmt: skip
        producer = AIOKafkaProducer(**client_options(env["ACTIONS_KAFKA_BOOTSTRAP"]))
        await producer.start()
        try:
            key, value, headers = cloudevents.encode(envelope)
            await producer.send_and_wait(
                cli_env["topics"]["identity"], value=value, key=key, headers=headers
            )
        finally:
            await producer.stop()

        auth = {"Authorization": f"Bearer {cli_env['minter'].mint(uuid.uuid4(), tenant)}"}
        async with httpx.AsyncClient(base_url=base) as http:
            types = await _eventually(http, "/action-types", auth, "items")
            type_id = types["items"][0]["id"]
            created = await http.post(
                f"/clients/{uuid.uuid4()}/actions",
                json={"action_type_id": type_id, "alert_at": "2020-01-01T09:00:00"},
                headers=auth,
            )
            assert created.status_code == 201, created.text
            due = await _eventually(http, f"/actions/{created.json()['id']}", auth, "due")
        assert due["due"] is True
        assert due["client_pending"] is True
    finally:
        process.send_signal(signal.SIGTERM)
        code = await asyncio.to_thread(process.wait, 30)
        log.close()
    # uvicorn re-raises the signal once shut down: -SIGTERM after a graceful stop.
    assert code in (0, -signal.SIGTERM)
    lines = [json.loads(line) for line in (tmp_path / "serve.log").read_text().splitlines()
             if line.startswith("{")]  # fmt: skip
    stopped = {line["event"] for line in lines}
    assert {"scheduler.stopped", "consumer.stopped", "action.due"} <= stopped
