"""Fault harness (issue 21): the six services started with deploy/local/system.py behind their own
gateway, reaching PostgreSQL and Kafka ONLY through Toxiproxy (deploy/local/infra_toxiproxy.py,
built from its Go module on first use), so a scenario can slow, reset or cut either dependency.

Kafka is a broker of its own (fresh data each run), whose advertised listener is the proxy's
port: the address the services bootstrap on and the one the metadata hands back are both the
proxy, so cutting the proxy cuts the broker for every client. The identity signing key, the SMTP
sink and the test DNS server are the ones the end-to-end tests use.

Ports, from OUVRAGE_E2E_PORT_BASE (18001 by default): Toxiproxy's API +40, the PostgreSQL proxy
+41, the Kafka proxy +42, the broker +43 (controller +44), the services +60..+65, the gateway
+66 (HTTPS +67).
"""

from __future__ import annotations

import importlib.util
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "e2e"))  # the e2e kit: Ouvrage, Company, Person

from e2e_kit import (  # noqa: E402
    PORT_BASE,
    SERVICES,
)

PORTS = {name: PORT_BASE + 60 + index for index, name in enumerate(SERVICES)}
TOXIPROXY_API, PG_PROXY, KAFKA_PROXY, KAFKA_BROKER = (PORT_BASE + n for n in (40, 41, 42, 43))
GATEWAY_PORT, GATEWAY_TLS_PORT = PORT_BASE + 66, PORT_BASE + 67
RUN = uuid.uuid4().hex[:8]


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


system = _load(
    "ouvrage_faults_system", ROOT / "deploy/local/system.py"
)  # puts deploy/local on the path
toxiproxy = _load("ouvrage_faults_toxiproxy", ROOT / "deploy/local/infra_toxiproxy.py")


@dataclass
class FaultSystem:
    handle: Any  # system.RunningSystem
    env: dict[str, str]
    log_dir: Path
    postgres: Any  # infra_toxiproxy.Proxy
    kafka: Any
    toxiproxy: Any

    @property
    def urls(self) -> dict[str, str]:
        return {name: f"{self.handle.gateway_url}/api/{name}" for name in SERVICES}

    async def ready(self, name: str) -> int:
        """The status of the service's own /ready (not through the gateway)."""
        async with httpx.AsyncClient(timeout=10) as http:
            try:
                return (await http.get(f"{self.handle.urls[name]}/ready")).status_code
            except httpx.TransportError:
                return 0


def through(dsn: str, port: int) -> str:
    parts = urlsplit(dsn)
    return urlunsplit(parts._replace(netloc=f"{parts.netloc.rsplit(':', 1)[0]}:{port}"))
