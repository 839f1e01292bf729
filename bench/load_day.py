"""A realistic day of a 50-user company at 10x its real rate, through the gateway (locust).

Starts the six services (fresh databases, deploy/local/system.py) behind a gateway of their own,
makes a company with identity's CLI, 50 users through ``POST /users`` (all logged in), a few
hundred client records, then runs locust headless (bench/locustfile_day.py: searches, record
views, action creation, planning board reads, the alert stream opened) and prints p50/p99 and
errors per endpoint as a Markdown table (the README's). Not part of ``make test``.

    uv run --group bench python bench/load_day.py [--minutes 5] [--users 50] [--speedup 10]
        [--clients 400] [--port-base 24001]

The Kafka it uses is OUVRAGE_TEST_KAFKA_BOOTSTRAP (else the local 127.0.0.1:59092).
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import os
import random
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
from ouvrage_testing.postgres import DatabaseFactory
from _common import ACCESS, PG
from bench_gateway import PASSWORD, company, load_system

ROOT = Path(__file__).resolve().parents[1]
SERVICES = ("identity", "clients", "actions", "planning", "notifier", "sales")
LAST_NAMES = ["Martin", "Dupont", "Bernard", "Lefebvre", "Moreau", "Girard", "Bonnet", "Roux",
              "Fauré", "Mercier", "Durand", "Laurent", "Garnier", "Chevalier", "Marchand"]  # fmt: skip
STAFF = ["clients.write", "planning.manage", "actions.manage"]


def log_in(http: httpx.Client, gateway: str, email: str, password: str) -> str:
    answer = http.post(
        f"{gateway}/api/identity/auth/token", json={"email": email, "password": password}
    )
    answer.raise_for_status()
    return str(answer.json()["access_token"])


def people(http: httpx.Client, gateway: str, admin: str, count: int) -> list[str]:
    """The administrator's token and ``count - 1`` colleagues', each created then logged in."""
    tokens = [admin]
    for n in range(1, count):
        email = f"salarie{n}.{uuid.uuid4().hex[:6]}@bench-day.example"
        body = {"email": email, "first_name": f"Salarié{n}", "last_name": "Journée",
                "password": PASSWORD, "is_admin": False, "permissions": STAFF, "is_operator": n % 3 == 0}  # fmt: skip
        created = http.post(f"{gateway}/api/identity/users", json=body, headers=_auth(admin))
        assert created.status_code == 201, created.text
        tokens.append(log_in(http, gateway, email, PASSWORD))
    return tokens


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def records(http: httpx.Client, gateway: str, token: str, count: int) -> list[str]:
    ids = []
    for n in range(count):
        body = {"kind": "client" if n % 3 else "prospect", "last_name": random.choice(LAST_NAMES),
                "first_name": f"Client{n}", "phones": [f"06 12 34 {n // 100:02d} {n % 100:02d}"]}  # fmt: skip
        created = http.post(f"{gateway}/api/clients/clients", json=body, headers=_auth(token))
        assert created.status_code == 201, created.text
        ids.append(created.json()["id"])
    return ids


def until(probe: Any, what: str, timeout: float = 120) -> Any:
    deadline = time.monotonic() + timeout
    while not (found := probe()):
        if time.monotonic() > deadline:
            raise RuntimeError(f"{what}: not seen after {timeout:.0f}s")
        time.sleep(0.5)
    return found


def prepare(handle: Any, env: dict[str, str], users: int, clients: int, out: Path) -> Path:
    """Company, users, records; the people file locust reads."""
    email, _tenant = company(sys.modules["ouvrage_local_system"], env)
    gateway = handle.gateway_url
    with httpx.Client(timeout=60) as http:
        admin = log_in(http, gateway, email, PASSWORD)
        tokens = people(http, gateway, admin, users)
        ids = records(http, gateway, admin, clients)

        def relancer() -> str | None:
            page = http.get(f"{gateway}/api/actions/action-types", headers=_auth(admin)).json()
            return next((t["id"] for t in page.get("items", []) if t["name"] == "A relancer"), None)

        type_id = until(relancer, "the seeded action types")
        body = {"action_type_id": type_id, "alert_at": "2030-01-07T09:00:00", "note": "amorce"}
        until(lambda: http.post(f"{gateway}/api/actions/clients/{ids[-1]}/actions", json=body,
                                headers=_auth(admin)).status_code == 201,
              "the last record known by actions")  # fmt: skip
    path = out / "people.json"
    path.write_text(
        json.dumps({"gateway": gateway, "tokens": tokens, "clients": ids, "action_type": type_id})
    )
    return path


def run_locust(people_file: Path, out: Path, users: int, minutes: float, speedup: float) -> Path:
    env = {
        **os.environ,
        "OUVRAGE_LOAD_PEOPLE": str(people_file),
        "OUVRAGE_LOAD_SPEEDUP": str(speedup),
    }
    prefix = out / "day"
    subprocess.run(
        [sys.executable, "-m", "locust", "-f", str(ROOT / "bench" / "locustfile_day.py"),
         "--headless", "--users", str(users), "--spawn-rate", str(max(1, users // 10)),
         "--run-time", f"{int(minutes * 60)}s", "--csv", str(prefix), "--only-summary",
         "--stop-timeout", "10", "--loglevel", "WARNING"],
        env=env, cwd=ROOT, check=False,
    )  # fmt: skip
    return Path(f"{prefix}_stats.csv")


def table(stats: Path) -> str:
    lines = ["| endpoint | requests | p50 ms | p99 ms | errors |", "|---|---:|---:|---:|---:|"]
    with stats.open(encoding="utf-8") as source:
        for row in csv.DictReader(source):
            name = "**all**" if row["Name"] == "Aggregated" else f"`{row['Name']}`"
            lines.append(
                f"| {name} | {row['Request Count']} | {row['50%']} | {row['99%']} | {row['Failure Count']} |"
            )
    return "\n".join(lines)


async def fresh_env(factory: DatabaseFactory) -> dict[str, str]:
    suffix = f".bench-day-{uuid.uuid4().hex[:6]}"
    env: dict[str, str] = {}
    for name in SERVICES:
        prefix = name.upper()
        env[f"{prefix}_DATABASE_URL"] = await factory(f"bench_day_{name}")
        # each service under its own principal on the tests' broker (PLAINTEXT on a plaintext one)
        env |= ACCESS.env(name, ACCESS.service_security(name))
        env[f"{prefix}_CONSUMER_GROUP_SUFFIX"] = suffix
        env[f"{prefix}_LOG_LEVEL"] = "WARNING"
    return env


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=5)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--speedup", type=float, default=10)
    parser.add_argument("--clients", type=int, default=400)
    parser.add_argument("--port-base", type=int, default=24001)
    args = parser.parse_args()
    system = load_system()
    factory = DatabaseFactory(PG)
    overrides = asyncio.run(fresh_env(factory))
    ports = {name: args.port_base + n for n, name in enumerate(SERVICES)}
    out = system.local_dir() / f"bench-day-{args.port_base}"
    out.mkdir(parents=True, exist_ok=True)
    gateway = system.GatewaySettings(
        http_port=args.port_base + 10, https_port=None, login_rate_per_minute=6000, login_burst=500
    )
    handle = system.start_system(
        ports=ports, env=overrides, log_dir=out, gateway=gateway, gateway_dir=out / "gateway"
    )
    try:
        env = system.service_env(ports, overrides)
        people_file = prepare(handle, env, args.users, args.clients, out)
        stats = run_locust(people_file, out, args.users, args.minutes, args.speedup)
    finally:
        handle.stop()
        asyncio.run(factory.drop_all())
    print(
        f"\n{args.users} users, {args.speedup:g}x a working day's rate, {args.minutes:g} min, through the gateway:\n"
    )
    print(table(stats))
    return 0


if __name__ == "__main__":
    sys.exit(main())
