"""Fixtures of the fault scenarios (issue 21): see fault_system.py for the harness."""

from __future__ import annotations

import asyncio
import sys
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
import pytest_asyncio
from ouvrage_testing.dns import DnsServerHandle
from ouvrage_testing.postgres import DatabaseFactory
from ouvrage_testing.smtp import SmtpSink

# the scenarios import fault_system and fault_load, and the end-to-end kit (Ouvrage, Company...)
sys.path[:0] = [str(Path(__file__).parent), str(Path(__file__).parents[1] / "e2e")]

from e2e_kit import Company, Ouvrage, Person, create_tenant_with, strong_password  # noqa: E402
from fault_system import (  # noqa: E402
    GATEWAY_PORT,
    GATEWAY_TLS_PORT,
    KAFKA_BROKER,
    KAFKA_PROXY,
    PG_PROXY,
    PORT_BASE,
    PORTS,
    ROOT,
    RUN,
    SERVICES,
    TOXIPROXY_API,
    FaultSystem,
    system,
    through,
    toxiproxy,
)


@pytest_asyncio.fixture(loop_scope="session", scope="module")
async def faults(
    fresh_database: DatabaseFactory, smtp_sink: SmtpSink, dns_server: DnsServerHandle
) -> AsyncIterator[FaultSystem]:
    """The system behind Toxiproxy, every /ready answering 200; everything stopped after."""
    local = system.local_dir()
    proxies = toxiproxy.Toxiproxy(local, api_port=TOXIPROXY_API)
    broker = toxiproxy.ProxiedKafka(
        local, port=KAFKA_BROKER, controller_port=KAFKA_BROKER + 1, advertised_port=KAFKA_PROXY
    )
    log_dir = local / f"faults-logs-{PORT_BASE}"
    log_dir.mkdir(parents=True, exist_ok=True)
    for old in log_dir.glob("*.log"):
        old.unlink()
    handle = None
    try:
        await asyncio.to_thread(proxies.up)
        pg_port = urlsplit(fresh_database.admin_dsn).port or 5432
        postgres = proxies.proxy("postgres", listen=PG_PROXY, upstream=pg_port)
        kafka = proxies.proxy("kafka", listen=KAFKA_PROXY, upstream=KAFKA_BROKER)
        await asyncio.to_thread(broker.up)
        overrides = {
            "NOTIFIER_DNS_RESOLVER": dns_server.address,
            "NOTIFIER_SMTP_HOST": smtp_sink.host,
            "NOTIFIER_SMTP_PORT": str(smtp_sink.port),
        }
        keys = through(await fresh_database("faults_keys"), PG_PROXY)
        for name in SERVICES:
            prefix = name.upper()
            overrides[f"{prefix}_DATABASE_URL"] = through(
                await fresh_database(f"faults_{name}"), PG_PROXY
            )
            overrides[f"{prefix}_KEYS_DATABASE_URL"] = keys
            overrides[f"{prefix}_KAFKA_BOOTSTRAP"] = kafka.address
            # the fault tests' own broker is unauthenticated (whatever the shared one is)
            overrides[f"{prefix}_KAFKA_SECURITY_PROTOCOL"] = "PLAINTEXT"
            overrides[f"{prefix}_CONSUMER_GROUP_SUFFIX"] = f".faults-{RUN}"
        gateway = system.GatewaySettings(
            http_port=GATEWAY_PORT, https_port=GATEWAY_TLS_PORT, login_rate_per_minute=6000,
            login_burst=500,
        )  # fmt: skip
        try:
            handle = await asyncio.to_thread(
                system.start_system, ports=PORTS, env=overrides, log_dir=log_dir,
                gateway=gateway, gateway_dir=local / f"faults-gateway-{GATEWAY_PORT}",
            )  # fmt: skip
        except system.StartError as exc:
            pytest.fail(f"the system did not start: {exc} (logs in {log_dir})", pytrace=False)
        env = system.service_env(PORTS, overrides)
        yield FaultSystem(handle, env, log_dir, postgres, kafka, proxies)
    finally:
        if handle is not None:
            await asyncio.to_thread(handle.stop)
        await asyncio.to_thread(broker.down)
        await asyncio.to_thread(proxies.down)


@pytest_asyncio.fixture(loop_scope="session", scope="module")
async def company(faults: FaultSystem) -> AsyncIterator[Company]:
    """A company whose administrator is logged in, on the fault system."""
    async with httpx.AsyncClient(timeout=30) as http:
        ouvrage = Ouvrage(faults.urls, http)
        domain = f"pannes-{RUN}.example"
        admin = Person(uuid.uuid4(), f"admin.{RUN}@{domain}", "Hélène", "Gérant", strong_password())
        identity = system.command("identity")
        tenant = await create_tenant_with(
            identity, faults.env, ROOT, "Bâtiment Pannes", admin, f"contact@{domain}"
        )
        await ouvrage.log_in(admin)
        yield Company(ouvrage, tenant, "Bâtiment Pannes", domain, f"contact@{domain}", admin)
