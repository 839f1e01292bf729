"""The gateway's route table and settings (stdlib only): what gateway_conf.py renders.

ROUTES is the one table of services behind the gateway; GatewaySettings what an operator may
choose (OUVRAGE_GATEWAY_*); a Layout where one nginx instance keeps its files.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# The one table of services behind the gateway: name (the /api/<name>/ prefix) -> local port.
# A new service is one line here (then regenerate deploy/docker/nginx.conf with gateway_conf.py
# --container and the Kubernetes routes with tools/gateway_k8s.py; tests say when they are stale).
ROUTES: dict[str, int] = {
    "identity": 8001,
    "clients": 8002,
    "actions": 8003,
    "planning": 8004,
    "notifier": 8005,
    "sales": 8006,
}
# Server-sent events: unbuffered, with a long read timeout (the service sends pings meanwhile).
STREAMS = ("/api/notifier/alerts/stream", "/api/planning/planning/stream")
LOGIN_PATH = "/api/identity/auth/token"  # rate-limited per client address
DOCS_DIR = ROOT / "deploy" / "gateway" / "docs"
PLACEHOLDER_DIR = ROOT / "deploy" / "gateway" / "placeholder"
WEB_DIST = ROOT / "web" / "dist"


@dataclass(frozen=True)
class GatewaySettings:
    """What an operator may choose (OUVRAGE_GATEWAY_* for the local launcher)."""

    http_port: int = 8080
    https_port: int | None = 8443
    listen_host: str = "127.0.0.1"
    redirect_https: bool = False
    login_rate_per_minute: int = 10
    login_burst: int = 5
    body_limit: str = "10m"
    stream_read_timeout: str = "1h"
    cors_origins: tuple[str, ...] = ()
    static_dir: Path | None = None  # None: web/dist once built, else the placeholder page

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> GatewaySettings:
        def get(name: str) -> str | None:
            return environ.get(f"OUVRAGE_GATEWAY_{name}") or None

        https = get("HTTPS_PORT")
        origins = get("CORS_ORIGINS")
        static = get("STATIC_DIR")
        return cls(
            http_port=int(get("PORT") or cls.http_port),
            https_port=None if https == "off" else int(https or 8443),
            redirect_https=(get("REDIRECT_HTTPS") or "").lower() in ("1", "true", "yes"),
            login_rate_per_minute=int(get("LOGIN_RATE_PER_MINUTE") or cls.login_rate_per_minute),
            login_burst=int(get("LOGIN_BURST") or cls.login_burst),
            body_limit=get("BODY_LIMIT") or cls.body_limit,
            cors_origins=tuple(o.strip() for o in (origins or "").split(",") if o.strip()),
            static_dir=Path(static) if static else None,
        )

    def web_root(self) -> Path:
        if self.static_dir is not None:
            return self.static_dir
        return WEB_DIST if (WEB_DIST / "index.html").is_file() else PLACEHOLDER_DIR


@dataclass(frozen=True)
class Layout:
    """Where the files of one nginx instance are."""

    pid: str
    temp: str
    error_log: str
    access_log: str
    docs_dir: str
    certificate: str | None = None
    certificate_key: str | None = None
    worker_user: str | None = None
    worker_processes: str = "1"
    upstream_keepalive: int = 32
    access_log_buffer: str = " buffer=32k flush=1s"
    extra: dict[str, str] = field(default_factory=dict)


def local_layout(base: Path, worker_user: str | None) -> Layout:
    """Everything under base (.local/gateway): pid, logs, temp dirs, the certificate."""
    return Layout(
        pid=str(base / "nginx.pid"),
        temp=str(base / "tmp"),
        error_log=str(base / "logs" / "error.log"),
        access_log=str(base / "logs" / "access.log"),
        docs_dir=str(DOCS_DIR),
        certificate=str(base / "tls" / "cert.pem"),
        certificate_key=str(base / "tls" / "key.pem"),
        worker_user=worker_user,
    )


CONTAINER_LAYOUT = Layout(
    pid="/tmp/nginx.pid",  # noqa: S108 - inside the container
    temp="/tmp",  # noqa: S108
    error_log="stderr",
    access_log="/dev/stdout",
    access_log_buffer="",  # a pipe: written as it comes
    docs_dir="/usr/share/ouvrage/docs",
    worker_user="nginx",
    worker_processes="auto",
)
