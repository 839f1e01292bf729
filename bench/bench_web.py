"""The web app's budgets, measured in Chromium against the real system behind the gateway:
initial JS (gzipped) ≤ 200 KiB, the sign-in page interactive < 1 s, and a search keystroke ->
its results painted, p95 < 150 ms, over 100,000 clients of the company.

Starts the five services (fresh databases, ports 24061-24065 unless OUVRAGE_BENCH_PORT_BASE)
behind a gateway of their own serving web/dist, makes a company with identity's CLI, loads
100,000 client cards into its clients read model the way bench_clients_search.py does (the
projection's own code, COPY), then runs web/scripts/budgets.mjs (Playwright + Debian's Chromium).

    uv run python bench/bench_web.py [--records 100000]
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import os
import random
import secrets
import subprocess
import sys
import uuid
from pathlib import Path
from types import ModuleType

from ouvrage_testing.kafka_access import kafka_access
from ouvrage_testing.postgres import DatabaseFactory

ROOT = Path(__file__).resolve().parents[1]
WEB = ROOT / "web"
PG = os.environ.get("OUVRAGE_TEST_PG_DSN", "postgresql://ouvrage:ouvrage@127.0.0.1:55432/postgres")
BASE = int(os.environ.get("OUVRAGE_BENCH_PORT_BASE", "24061"))
ACCESS = kafka_access()  # the tests' broker (SASL by default: each service its principal)


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


system = _load("ouvrage_local_system", ROOT / "deploy/local/system.py")
search_bench = _load("bench_clients_search", ROOT / "bench/bench_clients_search.py")


def _create_tenant(env: dict[str, str], email: str, password: str) -> uuid.UUID:
    args = [*system.command("identity"), "create-tenant", "--name", "Bâtiment Budgets",
            "--admin-email", email, "--first-name", "Hélène", "--last-name", "Gérant",
            "--password-stdin", "--sender-email", f"contact@{email.split('@')[1]}"]  # fmt: skip
    done = subprocess.run(args, env=env, cwd=ROOT, input=f"{password}\n", capture_output=True,
                          text=True, check=True)  # fmt: skip
    return uuid.UUID(json.loads(done.stdout.strip().splitlines()[-1])["tenant_id"])


async def main(records: int) -> int:
    run = uuid.uuid4().hex[:8]
    factory = DatabaseFactory(PG)
    ports = {name: BASE + index for index, name in enumerate(system.SERVICES)}
    overrides: dict[str, str] = {}
    for name in system.SERVICES:
        overrides[f"{name.upper()}_DATABASE_URL"] = await factory(f"bench_web_{name}")
        overrides[f"{name.upper()}_CONSUMER_GROUP_SUFFIX"] = f".bench-{run}"
        overrides |= ACCESS.env(name, ACCESS.service_security(name))
    if not (WEB / "dist" / "index.html").exists():
        await asyncio.to_thread(subprocess.run, ["npm", "run", "build"], cwd=WEB, check=True)
    gateway = system.GatewaySettings(http_port=BASE + 19, https_port=BASE + 18, static_dir=WEB / "dist",
                                     login_rate_per_minute=6000, login_burst=500)  # fmt: skip
    handle = await asyncio.to_thread(
        system.start_system, ports=ports, env=overrides, gateway=gateway,
        log_dir=system.local_dir() / "bench-web-logs",
        gateway_dir=system.local_dir() / f"bench-gateway-{BASE + 19}",
    )  # fmt: skip
    try:
        email, password = f"admin.{run}@budgets-{run}.example", f"Budget@{secrets.token_hex(4)}!"
        env = system.service_env(ports, overrides)
        tenant = await asyncio.to_thread(_create_tenant, env, email, password)
        rng = random.Random(5)
        contacts = [search_bench._contact(rng, i) for i in range(records)]
        seconds = await search_bench._load(overrides["CLIENTS_DATABASE_URL"], tenant, contacts)
        print(f"{records:,} clients loaded in {seconds:.1f} s; gateway {handle.gateway_url}")
        # HTTPS: identity's session cookie is Secure (the launcher's self-signed certificate)
        budget_env = {**os.environ, "OUVRAGE_WEB_URL": handle.gateway.https_url,
                      "OUVRAGE_WEB_EMAIL": email, "OUVRAGE_WEB_PASSWORD": password}  # fmt: skip
        done = await asyncio.to_thread(
            subprocess.run, ["node", "scripts/budgets.mjs"], cwd=WEB, env=budget_env
        )
        return done.returncode
    finally:
        await asyncio.to_thread(handle.stop)
        await factory.drop_all()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    sys.exit(asyncio.run(main(parser.parse_args().records)))
