"""What the gateway adds: the same authenticated ``GET /clients/{id}`` direct and through nginx.

Starts identity and clients (fresh databases, deploy/local/system.py) behind a gateway of their
own, makes a company with identity's CLI, logs in, registers one client, then times the same
request against clients' own port and against ``/api/clients/clients/{id}`` on the gateway, in
alternating batches of one run (one keep-alive connection each side, same client code), and
reports p50/p99 of both and the difference. Target (issue 14): ≤ 1 ms added at p50.

    uv run python bench/bench_gateway.py [--requests 2000] [--port-base 23020]
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
from ouvrage_testing.postgres import DatabaseFactory
from _common import PG

ROOT = Path(__file__).resolve().parents[1]
TARGET_ADDED_P50_MS = 1.0
BATCH = 50
PASSWORD = "Truelle-Banche-42!"  # noqa: S105 - a throw-away company of the run


def load_system() -> Any:
    spec = importlib.util.spec_from_file_location(
        "ouvrage_local_system", ROOT / "deploy/local/system.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def company(system: Any, env: dict[str, str]) -> tuple[str, str]:
    email = f"bench.{uuid.uuid4().hex[:8]}@bench-gateway.example"
    done = subprocess.run(
        [*system.command("identity"), "create-tenant", "--name", "Bench Passerelle",
         "--admin-email", email, "--first-name", "Berthe", "--last-name", "Banc",
         "--password-stdin", "--sender-email", "contact@bench-gateway.example"],
        input=f"{PASSWORD}\n", env=env, cwd=ROOT, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return email, json.loads(done.stdout.strip().splitlines()[-1])["tenant_id"]


def timed(http: httpx.Client, url: str, headers: dict[str, str], n: int) -> list[float]:
    samples = []
    for _ in range(n):
        started = time.perf_counter_ns()
        response = http.get(url, headers=headers)
        samples.append((time.perf_counter_ns() - started) / 1e6)
        assert response.status_code == 200, response.text
    return samples


def measure(handle: Any, env: dict[str, str], requests: int) -> dict[str, list[float]]:
    email, _ = company(sys.modules["ouvrage_local_system"], env)
    direct_base = handle.urls["clients"]
    gateway_base = f"{handle.gateway_url}/api/clients"
    with httpx.Client(timeout=30) as direct, httpx.Client(timeout=30) as via:
        login = via.post(
            f"{handle.gateway_url}/api/identity/auth/token",
            json={"email": email, "password": PASSWORD},
        ).json()
        auth = {"Authorization": f"Bearer {login['access_token']}"}
        body = {"kind": "client", "last_name": "Mesure", "first_name": "Jeanne"}
        created = direct.post(f"{direct_base}/clients", json=body, headers=auth).json()
        path = f"/clients/{created['id']}"
        timed(direct, direct_base + path, auth, 200)  # warm both sides
        timed(via, gateway_base + path, auth, 200)
        samples: dict[str, list[float]] = {"direct": [], "gateway": []}
        for _ in range(max(1, requests // BATCH)):
            samples["direct"] += timed(direct, direct_base + path, auth, BATCH)
            samples["gateway"] += timed(via, gateway_base + path, auth, BATCH)
    return samples


async def fresh_env(factory: DatabaseFactory) -> dict[str, str]:
    return {
        "IDENTITY_DATABASE_URL": await factory("bench_gw_identity"),
        "CLIENTS_DATABASE_URL": await factory("bench_gw_clients"),
        "IDENTITY_CONSUMER_GROUP_SUFFIX": f".bench-{uuid.uuid4().hex[:6]}",
        "CLIENTS_CONSUMER_GROUP_SUFFIX": f".bench-{uuid.uuid4().hex[:6]}",
        "IDENTITY_LOG_LEVEL": "WARNING",
        "CLIENTS_LOG_LEVEL": "WARNING",
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--port-base", type=int, default=23020)
    args = parser.parse_args()
    system = load_system()
    factory = DatabaseFactory(PG)
    overrides = asyncio.run(fresh_env(factory))
    ports = {"identity": args.port_base, "clients": args.port_base + 1}
    log_dir = system.local_dir() / f"bench-gateway-{args.port_base}"
    gateway = system.GatewaySettings(
        http_port=args.port_base + 10, https_port=None, login_rate_per_minute=600
    )
    handle = system.start_system(
        ports=ports, env=overrides, services=("identity", "clients"), log_dir=log_dir,
        gateway=gateway, gateway_dir=log_dir / "gateway",
    )  # fmt: skip
    try:
        env = system.service_env({**system.DEFAULT_PORTS, **ports}, overrides)
        samples = measure(handle, env, args.requests)
    finally:
        handle.stop()
        asyncio.run(factory.drop_all())
    p50 = {side: statistics.median(values) for side, values in samples.items()}
    p99 = {side: percentile(values, 0.99) for side, values in samples.items()}
    added = p50["gateway"] - p50["direct"]
    n = len(samples["direct"])
    print(
        f"GET /clients/{{id}}, {n} requests each side, keep-alive, alternating batches of {BATCH}"
    )
    for side in ("direct", "gateway"):
        print(f"  {side:<8} p50 {p50[side]:6.3f} ms   p99 {p99[side]:6.3f} ms")
    print(f"  added    p50 {added:+6.3f} ms   p99 {p99['gateway'] - p99['direct']:+6.3f} ms")
    verdict = "met" if added <= TARGET_ADDED_P50_MS else "NOT met"
    print(f"target ≤ {TARGET_ADDED_P50_MS} ms added at p50: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
