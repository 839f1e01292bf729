"""The console script: migrate (idempotent), rebuild the read model, serve until ready."""

from __future__ import annotations

import asyncio
import os
import socket
import sys
from typing import Any

import httpx
import pytest
from clients import bootstrap, cli
from clients.settings import ClientsSettings
from ouvrage_testing.kafka_access import kafka_access

ClientsHarness = Any  # the ``clients`` fixture (conftest.py)


def _settings(clients: ClientsHarness) -> ClientsSettings:
    return ClientsSettings(database_url=clients.dsn, kafka_bootstrap=clients.bootstrap)


async def test_migrate_again_applies_nothing(clients: ClientsHarness) -> None:
    assert await bootstrap.migrate(_settings(clients)) == []


async def test_rebuild_gives_back_the_same_read_model(clients: ClientsHarness) -> None:
    tenant = clients.tenant()
    kept = await clients.create(tenant, last_name="Pavière", first_name="Robert")
    gone = await clients.create(tenant, last_name="Pavière", first_name="Roberte")
    await clients.http.put(
        f"/clients/{kept['id']}/commercial-block",
        json={"reason": "impayés"},
        headers=tenant.headers(),
    )
    await clients.http.post(f"/clients/{gone['id']}/trash", headers=tenant.headers())
    await clients.http.post("/statuses", json={"label": "Perdu"}, headers=tenant.headers())
    before = await _snapshot(clients, tenant, kept["id"])

    applied = await cli.CLI.rebuild(_settings(clients), "clients_view")

    assert applied >= 5
    assert await _snapshot(clients, tenant, kept["id"]) == before
    assert before[0]["commercial_block"]["reason"] == "impayés"
    assert [c["id"] for c in before[1]] == [kept["id"]]
    assert before[2][-1]["code"] == "perdu"


async def _snapshot(clients: ClientsHarness, tenant: Any, client_id: str) -> list[Any]:
    h = tenant.headers(())
    record = (await clients.http.get(f"/clients/{client_id}", headers=h)).json()
    found = (await clients.http.get("/clients", params={"q": "pav rob"}, headers=h)).json()
    statuses = (await clients.http.get("/statuses", headers=h)).json()
    return [record, found["items"], statuses]


def test_an_unknown_projection_is_refused() -> None:
    with pytest.raises(SystemExit) as raised:
        cli.main(["rebuild", "nope"])
    assert raised.value.code == 2


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


async def test_serve_becomes_ready_on_its_port(clients: ClientsHarness) -> None:
    port = _free_port()
    env = {
        **os.environ,
        "CLIENTS_DATABASE_URL": clients.dsn,
        "CLIENTS_KAFKA_BOOTSTRAP": clients.bootstrap,
        **kafka_access().env("clients"),
    }
    migrated = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "clients.cli", "migrate", env=env, stderr=asyncio.subprocess.PIPE
    )
    _, errors = await migrated.communicate()
    assert migrated.returncode == 0, errors
    server = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "clients.cli", "serve", "--port", str(port),
        env=env, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
    try:
        assert await _wait_ready(f"http://127.0.0.1:{port}/ready", server) == 200
    finally:
        server.terminate()
        await asyncio.wait_for(server.wait(), 20)


async def _wait_ready(url: str, server: asyncio.subprocess.Process) -> int:
    async with httpx.AsyncClient() as http:
        for _ in range(120):
            if server.returncode is not None:
                raise AssertionError(f"serve exited with {server.returncode}")
            try:
                response = await http.get(url, timeout=2)
                if response.status_code == 200:
                    return response.status_code
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.25)
    raise AssertionError("the service never became ready")
