"""Under `make up`, a service killed with -9 is restarted with backoff while the others keep
serving (deploy/local/system.py's Restarter), instead of taking the whole system down."""

from __future__ import annotations

import asyncio
import importlib.util
import os
import signal
import socket
import sys
import time
import urllib.request
from pathlib import Path
from types import ModuleType

import pytest
from ouvrage_testing.kafka_access import kafka_access
from ouvrage_testing.postgres import DatabaseFactory

ROOT = Path(__file__).resolve().parents[1]


def _load_system() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "ouvrage_system_r", ROOT / "deploy/local/system.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _ready(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/ready", timeout=2) as answer:  # noqa: S310
            return bool(answer.status == 200)
    except OSError:
        return False


def _kill_and_recover(system: ModuleType, handle: object, tmp_path: Path) -> list[bool]:
    """kill -9 clients, tick the restarter until clients is ready again; identity's readiness
    sampled all along."""
    restarter = system.Restarter(handle)
    clients = handle.services["clients"]  # type: ignore[attr-defined]
    os.killpg(clients.process.pid, signal.SIGKILL)
    identity_ready = []
    deadline = time.monotonic() + 90
    restarted: list[str] = []
    while time.monotonic() < deadline:
        restarted += restarter.tick()
        identity_ready.append(_ready(handle.urls["identity"]))  # type: ignore[attr-defined]
        if restarted and _ready(handle.urls["clients"]):  # type: ignore[attr-defined]
            break
        time.sleep(0.3)
    assert restarted == ["clients"], f"clients was not restarted (logs in {tmp_path})"
    assert _ready(handle.urls["clients"]), "the restarted clients never became ready"  # type: ignore[attr-defined]
    assert handle.services["clients"].process.pid != clients.process.pid  # type: ignore[attr-defined]
    return identity_ready


@pytest.mark.asyncio(loop_scope="session")
async def test_a_killed_service_comes_back_while_the_others_serve(
    fresh_database: DatabaseFactory, kafka_bootstrap: str, tmp_path: Path
) -> None:
    system = _load_system()
    ports = {"identity": _free_port(), "clients": _free_port()}
    env = {"IDENTITY_DATABASE_URL": await fresh_database("restart_identity"),
           "CLIENTS_DATABASE_URL": await fresh_database("restart_clients"),
           "IDENTITY_KAFKA_BOOTSTRAP": kafka_bootstrap, "CLIENTS_KAFKA_BOOTSTRAP": kafka_bootstrap,
           "CLIENTS_CONSUMER_GROUP_SUFFIX": f".restart-{ports['clients']}"}  # fmt: skip
    access = kafka_access()  # each service under its own principal, as `make up` runs them
    for service in ports:
        env |= access.env(service, access.service_security(service))
    handle = await asyncio.to_thread(
        system.start_system, ports=ports, env=env, services=("identity", "clients"),
        log_dir=tmp_path,
    )  # fmt: skip
    try:
        identity_ready = await asyncio.to_thread(_kill_and_recover, system, handle, tmp_path)
        assert identity_ready and all(identity_ready), "identity stopped serving meanwhile"
    finally:
        await asyncio.to_thread(handle.stop)


def test_backoff_doubles_while_failing_and_resets_once_stable() -> None:
    system = _load_system()
    now = [0.0]

    class Process:
        returncode = 1

        def poll(self) -> int:
            return 1

    class Handle:
        def __init__(self) -> None:
            self.services = {"clients": type("S", (), {"process": Process()})()}
            self.respawned: list[float] = []

        def exited(self) -> list[str]:
            return ["clients"]

        def respawn(self, name: str) -> None:
            self.respawned.append(now[0])

    handle = Handle()
    restarter = system.Restarter(handle, clock=lambda: now[0])
    for _ in range(400):  # 100 s in 0.25 s steps, the service failing at once every time
        restarter.tick()
        now[0] += 0.25
    gaps = [b - a for a, b in zip(handle.respawned, handle.respawned[1:], strict=False)]
    assert gaps[:5] == [2.25, 4.25, 8.25, 16.25, 30.25]  # next delay + one tick to notice the exit
    assert max(gaps) <= 30.5

    now[0] += 120  # stayed up long enough: the next failure starts again from 1 s
    restarter.started["clients"] = now[0] - 120
    restarter.due.clear()
    before = len(handle.respawned)
    for _ in range(8):
        restarter.tick()
        now[0] += 0.25
    assert len(handle.respawned) == before + 1
