"""Where the test infrastructure is: environment variables, else the local launcher's defaults."""

from __future__ import annotations

import os
import shutil
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

DEFAULT_PG_DSN = "postgresql://ouvrage:ouvrage@127.0.0.1:55432/postgres"
DEFAULT_KAFKA_BOOTSTRAP = "127.0.0.1:59092"
DEFAULT_SMTP_HOST = "127.0.0.1"
DEFAULT_SMTP_PORT = 2525
DEFAULT_SMTP_API = "http://127.0.0.1:8025"
START_HINT = "run `make infra-up` (python deploy/local/infra.py up)"


@dataclass(frozen=True)
class Endpoint:
    value: str
    configured: bool  # True when an environment variable chose it


def pg_dsn() -> Endpoint:
    configured = os.environ.get("OUVRAGE_TEST_PG_DSN")
    return Endpoint(configured or DEFAULT_PG_DSN, configured is not None)


def kafka_bootstrap() -> Endpoint:
    configured = os.environ.get("OUVRAGE_TEST_KAFKA_BOOTSTRAP")
    return Endpoint(configured or DEFAULT_KAFKA_BOOTSTRAP, configured is not None)


def smtp() -> tuple[str, int, str]:
    return (
        os.environ.get("OUVRAGE_TEST_SMTP_HOST", DEFAULT_SMTP_HOST),
        int(os.environ.get("OUVRAGE_TEST_SMTP_PORT", DEFAULT_SMTP_PORT)),
        os.environ.get("OUVRAGE_TEST_SMTP_API", DEFAULT_SMTP_API).rstrip("/"),
    )


def tcp_reachable(host: str, port: int, timeout: float = 1.0) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def dsn_reachable(dsn: str) -> bool:
    parts = urlsplit(dsn)
    return tcp_reachable(parts.hostname or "127.0.0.1", parts.port or 5432)


def bootstrap_reachable(bootstrap: str) -> bool:
    host, _, port = bootstrap.split(",")[0].rpartition(":")
    return tcp_reachable(host or "127.0.0.1", int(port or 9092))


def redact(dsn: str) -> str:
    parts = urlsplit(dsn)
    if parts.password is None:
        return dsn
    return dsn.replace(f":{parts.password}@", ":***@", 1)


def docker_available() -> bool:
    """A Docker engine testcontainers could use (never the case on the project's own machines)."""
    has_socket = os.path.exists("/var/run/docker.sock") or "DOCKER_HOST" in os.environ
    return has_socket and shutil.which("docker") is not None
