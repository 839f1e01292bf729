"""The planning board's budget, measured in Chromium against the real system behind the gateway:
200 worksites × 10 interventions render, then scroll at ≥ 50 fps (issue 16).

Starts the services (fresh databases, ports 24161-24166 unless OUVRAGE_BENCH_PORT_BASE) behind a
gateway of their own serving web/dist, makes a company with identity's CLI, and fills its
planning over HTTP the way users do: clients put « en cours de chantier » (planning opens their
worksites from the clients' events), a start date each, ten interventions each over the current
month. Then web/scripts/board-fps.mjs (Playwright + Debian's Chromium) opens the board (month
view: every intervention on screen) and scrolls it.

    uv run python bench/bench_web_board.py [--worksites 200] [--interventions 10]
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import os
import secrets
import subprocess
import sys
import time
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any
from zoneinfo import ZoneInfo

import httpx
from ouvrage_testing.postgres import DatabaseFactory

ROOT = Path(__file__).resolve().parents[1]
WEB = ROOT / "web"
BASE = int(os.environ.get("OUVRAGE_BENCH_PORT_BASE", "24161"))
PARIS = ZoneInfo("Europe/Paris")


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


web_bench = _load("bench_web", ROOT / "bench/bench_web.py")
system = web_bench.system


class Api:
    """The services called directly on their ports (the gateway is for the browser)."""

    def __init__(self, http: httpx.AsyncClient, ports: dict[str, int], token: str) -> None:
        self.http, self.ports, self.token = http, ports, token
        self.gate = asyncio.Semaphore(8)

    async def call(self, method: str, path: str, **kwargs: Any) -> Any:
        service, rest = path.lstrip("/").split("/", 1)
        url = f"http://127.0.0.1:{self.ports[service]}/{rest}"
        headers = {"Authorization": f"Bearer {self.token}", **kwargs.pop("headers", {})}
        async with self.gate:
            answer = await self.http.request(method, url, headers=headers, **kwargs)
        assert answer.is_success, f"{method} {path}: {answer.status_code} {answer.text[:300]}"
        return answer.json()


async def _fill(api: Api, worksites: int, per_site: int) -> float:
    started = time.perf_counter()
    body = {"kind": "client", "first_name": "Anne", "status": "en_cours_de_chantier"}
    await asyncio.gather(*(
        api.call("POST", "/clients/clients", json={**body, "last_name": f"Chantier{i:03d}"})
        for i in range(worksites)
    ))  # fmt: skip
    sites: list[dict[str, object]] = []
    while len(sites) < worksites:  # the planning opens them from the clients' events (Kafka)
        await asyncio.sleep(1)
        page = await api.call("GET", "/planning/planning", params={"limit": 200})
        sites = list(page["items"])
    first = date.today().replace(day=1)
    await asyncio.gather(*(
        api.call("PUT", f"/planning/worksites/{s['id']}/start-date",
                 json={"start_date": (first + timedelta(days=i % 28)).isoformat(),
                       "provisional": i % 5 == 0},
                 headers={"If-Match": f'"{s["version"]}"'})
        for i, s in enumerate(sites)
    ))  # fmt: skip
    await asyncio.gather(
        *(_plan(api, str(s["id"]), i, first, per_site) for i, s in enumerate(sites))
    )
    return time.perf_counter() - started


async def _plan(api: Api, site: str, index: int, first: date, count: int) -> None:
    for n in range(count):
        day = first + timedelta(days=(index + 3 * n) % 28)
        start = datetime(day.year, day.month, day.day, 8 + (n % 3) * 3, tzinfo=PARIS)
        body = {"starts_at": start.isoformat(), "ends_at": (start + timedelta(hours=2)).isoformat(),
                "label": f"Intervention {n + 1}", "state": ("a_faire", "planifie", "fait")[n % 3]}  # fmt: skip
        await api.call("POST", f"/planning/worksites/{site}/interventions", json=body)


async def main(worksites: int, per_site: int) -> int:
    run = uuid.uuid4().hex[:8]
    factory = DatabaseFactory(web_bench.PG)
    ports = {name: BASE + index for index, name in enumerate(system.SERVICES)}
    overrides: dict[str, str] = {}
    for name in system.SERVICES:
        overrides[f"{name.upper()}_DATABASE_URL"] = await factory(f"bench_board_{name}")
        overrides[f"{name.upper()}_CONSUMER_GROUP_SUFFIX"] = f".bench-{run}"
        # the tests' broker, each service under its own principal (SASL by default), as bench_web
        overrides |= web_bench.ACCESS.env(name, web_bench.ACCESS.service_security(name))
    if not (WEB / "dist" / "index.html").exists():
        await asyncio.to_thread(subprocess.run, ["npm", "run", "build"], cwd=WEB, check=True)
    gateway = system.GatewaySettings(http_port=BASE + 19, https_port=BASE + 18, static_dir=WEB / "dist",
                                     login_rate_per_minute=6000, login_burst=500)  # fmt: skip
    handle = await asyncio.to_thread(
        system.start_system, ports=ports, env=overrides, gateway=gateway,
        log_dir=system.local_dir() / "bench-board-logs",
        gateway_dir=system.local_dir() / f"bench-gateway-{BASE + 19}",
    )  # fmt: skip
    try:
        email, password = f"admin.{run}@board-{run}.example", f"Board@{secrets.token_hex(4)}!"
        env = system.service_env(ports, overrides)
        await asyncio.to_thread(web_bench._create_tenant, env, email, password)
        async with httpx.AsyncClient(timeout=60) as http:
            login = {"grant_type": "password", "email": email, "password": password}
            url = f"http://127.0.0.1:{ports['identity']}/auth/token"
            token = (await http.post(url, json=login)).json()["access_token"]
            seconds = await _fill(Api(http, ports, token), worksites, per_site)
        print(f"{worksites} worksites × {per_site} interventions made in {seconds:.0f} s")
        fps_env = {**os.environ, "OUVRAGE_WEB_URL": handle.gateway.https_url,
                   "OUVRAGE_WEB_EMAIL": email, "OUVRAGE_WEB_PASSWORD": password,
                   "OUVRAGE_BOARD_WORKSITES": str(worksites),
                   "OUVRAGE_BOARD_INTERVENTIONS": str(worksites * per_site)}  # fmt: skip
        done = await asyncio.to_thread(
            subprocess.run, ["node", "scripts/board-fps.mjs"], cwd=WEB, env=fps_env
        )
        return done.returncode
    finally:
        await asyncio.to_thread(handle.stop)
        await factory.drop_all()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--worksites", type=int, default=200)
    parser.add_argument("--interventions", type=int, default=10)
    args = parser.parse_args()
    sys.exit(asyncio.run(main(args.worksites, args.interventions)))
