"""End-to-end harness: the six services started ONCE per session with deploy/local/system.py
(`start_system`, ports 18001-18005, each on a fresh database, the notifier resolving SPF records
through a real test DNS server and sending to the SMTP sink), behind a gateway of their own (nginx
on 18080, HTTPS 18081), driven over HTTP only.

The scenarios call the services through the gateway (``/api/<service>/...``), as the web app
does; ``OUVRAGE_E2E_VIA_GATEWAY=0`` makes them call each service's own port instead.

Each scenario module gets its own company (tenant) made with identity's CLI, as an operator
would; its administrator logs in through ``POST /auth/token`` and creates the other users through
identity's HTTP API. Events are read from the real topics by an independent consumer (``tap``,
as the tests' Kafka administrator); on an authenticated broker each service runs under its own
principal, with the ACLs `make up` gives it.
"""

from __future__ import annotations

import asyncio
import importlib.util
import json
import os
import re
import socket
import sys
import unicodedata
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import pytest_asyncio
from ouvrage_testing.dns import DnsServerHandle
from ouvrage_testing.kafka_access import kafka_access
from ouvrage_testing.postgres import DatabaseFactory
from ouvrage_testing.smtp import SmtpSink

sys.path.insert(0, str(Path(__file__).parent))  # the scenarios import e2e_kit and e2e_kafka

from e2e_kafka import EventTap
from e2e_kit import PORT_BASE, PORTS, SERVICES, Company, Ouvrage, Person, strong_password

ROOT = Path(__file__).resolve().parents[2]
GATEWAY_PORT, GATEWAY_TLS_PORT = PORT_BASE + 79, PORT_BASE + 80
BOUNCE_PORT = PORT_BASE + 81  # the notifier's bounce receiver (SMTP), where DSNs are sent
VIA_GATEWAY = os.environ.get("OUVRAGE_E2E_VIA_GATEWAY", "1") != "0"
PLATFORM_SPF = "_spf.ouvrage.example"
GOOD_SPF = f"v=spf1 ip4:198.51.100.25 include:{PLATFORM_SPF} -all"
RUN = uuid.uuid4().hex[:8]  # unique addresses and domains per run: the SMTP sink is shared


def _load_system() -> ModuleType:
    """deploy/local/system.py, imported by path (deploy/ is not a package)."""
    spec = importlib.util.spec_from_file_location(
        "ouvrage_local_system", ROOT / "deploy/local/system.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


system = _load_system()


@dataclass
class RunningOuvrage:
    handle: Any
    env: dict[str, str]
    log_dir: Path
    dns: DnsServerHandle

    @property
    def urls(self) -> dict[str, str]:
        """Each service's base URL: through the gateway unless OUVRAGE_E2E_VIA_GATEWAY=0."""
        if VIA_GATEWAY:
            return {name: f"{self.gateway_url}/api/{name}" for name in SERVICES}
        urls: dict[str, str] = self.handle.urls
        return urls

    @property
    def gateway_url(self) -> str:
        url: str = self.handle.gateway_url
        return url

    @property
    def gateway(self) -> Any:
        """The gateway's launcher object (its https_url, certificate, access_log)."""
        return self.handle.gateway


def _log_dir() -> Path:
    """.local/e2e-logs, or e2e-logs-<base> for a run on other ports (checkouts side by side)."""
    suffix = "" if PORT_BASE == 18001 else f"-{PORT_BASE}"
    return Path(system.local_dir()) / f"e2e-logs{suffix}"


def _ports_in_use() -> list[int]:
    busy = []
    for port in (*PORTS.values(), GATEWAY_PORT, GATEWAY_TLS_PORT, BOUNCE_PORT):
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                busy.append(port)
    return busy


@pytest_asyncio.fixture(loop_scope="session", scope="session")
async def e2e_system(
    fresh_database: DatabaseFactory,
    kafka_bootstrap: str,
    smtp_sink: SmtpSink,
    dns_server: DnsServerHandle,
) -> AsyncIterator[RunningOuvrage]:
    """The five services, migrated and serving, each /ready answering 200."""
    if busy := _ports_in_use():
        pytest.fail(f"ports {busy} are taken (another end-to-end session running?)", pytrace=False)
    overrides = {
        "NOTIFIER_DNS_RESOLVER": dns_server.address,
        "NOTIFIER_PLATFORM_SPF_DOMAIN": PLATFORM_SPF,
        # the SPF scenario fixes a record (TTL 0) and expects the next email to see it at once
        "NOTIFIER_DNS_MIN_TTL": "0",
        "NOTIFIER_SMTP_HOST": smtp_sink.host,
        "NOTIFIER_SMTP_PORT": str(smtp_sink.port),
        "NOTIFIER_BOUNCE_PORT": str(BOUNCE_PORT),
        # warranty reminders looked for every second (issue 20's scenario waits for one)
        "PLANNING_WARRANTY_REMINDER_INTERVAL": "1",
        # « 7 days pass »: the follow-up scenario moves the actions service's clock (and back)
        "ACTIONS_CONTROLLABLE_CLOCK": "true",
    }
    access = kafka_access()
    for name in SERVICES:
        overrides[f"{name.upper()}_DATABASE_URL"] = await fresh_database(f"e2e_{name}")
        # each service under its own principal and ACLs (PLAINTEXT on a plaintext test broker)
        overrides |= access.env(name, access.service_security(name))
        overrides[f"{name.upper()}_KAFKA_BOOTSTRAP"] = kafka_bootstrap
        # consumer groups of their own: a `make up` running beside the tests keeps its partitions
        overrides[f"{name.upper()}_CONSUMER_GROUP_SUFFIX"] = f".e2e-{RUN}"
    log_dir = _log_dir()
    for old in log_dir.glob("*.log"):
        old.unlink()
    env = system.service_env(PORTS, overrides)
    # a generous login limit: the scenarios log many people in from one address
    gateway = system.GatewaySettings(
        http_port=GATEWAY_PORT, https_port=GATEWAY_TLS_PORT, login_rate_per_minute=6000,
        login_burst=500, static_dir=ROOT / "web" / "dist",  # built by the browser tests' fixture
    )  # fmt: skip
    try:
        handle = await asyncio.to_thread(
            system.start_system, ports=PORTS, env=overrides, log_dir=log_dir, gateway=gateway,
            gateway_dir=system.local_dir() / f"e2e-gateway-{GATEWAY_PORT}",
        )  # fmt: skip
    except system.StartError as exc:
        pytest.fail(f"the system did not start: {exc} (logs in {log_dir})", pytrace=False)
    try:
        yield RunningOuvrage(handle, env, log_dir, dns_server)
    finally:
        await asyncio.to_thread(handle.stop)


@pytest_asyncio.fixture(loop_scope="session", scope="session")
async def ouvrage(e2e_system: RunningOuvrage) -> AsyncIterator[Ouvrage]:
    """The system's HTTP APIs, as a web client calls them."""
    async with httpx.AsyncClient(timeout=30) as http:
        yield Ouvrage(e2e_system.urls, http)


async def create_tenant(
    running: RunningOuvrage, *, name: str, admin: Person, sender_email: str
) -> uuid.UUID:
    """``ouvrage-identity create-tenant`` with the identity service's environment."""
    args = [
        *system.command("identity"), "create-tenant", "--name", name,
        "--admin-email", admin.email, "--first-name", admin.first_name,
        "--last-name", admin.last_name, "--password-stdin", "--sender-email", sender_email,
    ]  # fmt: skip
    process = await asyncio.create_subprocess_exec(
        *args,
        env=running.env,
        cwd=ROOT,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await process.communicate(f"{admin.password}\n".encode())
    assert process.returncode == 0, f"create-tenant failed: {err.decode()[-2000:]}"
    created = json.loads(out.decode().strip().splitlines()[-1])
    admin.id = uuid.UUID(created["admin_user_id"])
    return uuid.UUID(created["tenant_id"])


CompanyFactory = Callable[..., Awaitable[Company]]


@pytest_asyncio.fixture(loop_scope="session", scope="session")
async def new_company(e2e_system: RunningOuvrage, ouvrage: Ouvrage) -> CompanyFactory:
    """Factory: ``await new_company("Maçonnerie Dupont", spf=...)`` -> a company whose
    administrator is logged in. Its sender domain is served by the test DNS server with
    ``spf`` (an SPF record authorising the platform by default)."""

    async def make(name: str, spf: str = GOOD_SPF) -> Company:
        ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:30]
        domain = f"{slug}-{RUN}-{uuid.uuid4().hex[:4]}.example"
        e2e_system.dns.zone.spf(domain, spf)
        admin = Person(uuid.uuid4(), f"admin.{uuid.uuid4().hex[:6]}@{domain}", "Hélène",
                       "Gérant", strong_password())  # fmt: skip
        sender = f"contact@{domain}"
        tenant_id = await create_tenant(e2e_system, name=name, admin=admin, sender_email=sender)
        await ouvrage.log_in(admin)
        return Company(ouvrage, tenant_id, name, domain, sender, admin)

    return make


@pytest_asyncio.fixture(loop_scope="session", scope="module")
async def company(new_company: CompanyFactory, request: pytest.FixtureRequest) -> Company:
    """The scenario module's own company (its sender domain's SPF authorises the platform)."""
    module = request.module.__name__.rsplit(".", 1)[-1].removeprefix("test_e2e_")
    return await new_company(f"Bâtiment {module.replace('_', ' ').title()}")


@pytest_asyncio.fixture(loop_scope="session")
async def tap(kafka_bootstrap: str, e2e_system: RunningOuvrage) -> AsyncIterator[EventTap]:
    """Events published on ``ouvrage.<service>.events`` from now on (end offsets taken now)."""
    reader = EventTap(kafka_bootstrap)
    try:
        await reader.start()
        yield reader
    finally:
        await reader.stop()


def _log_tails(log_dir: Path, lines: int = 12) -> str:
    """The last lines mentioning an error or a warning in each service's output."""
    parts = []
    for log in sorted(log_dir.glob("*.log")):
        text = log.read_text(errors="replace").splitlines()
        noted = [line for line in text if re.search(r"error|warning|traceback", line, re.I)]
        parts.append(f"--- {log} ---\n" + "\n".join(noted[-lines:]))
    return "\n".join(parts)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    """A failed scenario's report shows what the services logged as errors."""
    report = yield
    if report.failed and item.path.parent == Path(__file__).parent:
        log_dir = _log_dir()
        if log_dir.exists():
            report.sections.append(("ouvrage services (errors)", _log_tails(log_dir)))
    return report
