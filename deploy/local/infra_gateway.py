"""The gateway (Debian's nginx) as a background process, its files under one directory.

The configuration is generated (gateway_conf.py) into <base>/nginx.conf and nginx runs with
`-p <base> -c <base>/nginx.conf -e <base>/logs/error.log`: pid, logs, temp dirs and the
self-signed certificate (openssl) all live under <base>; no system file is read or written
but the nginx binary itself.
"""

from __future__ import annotations

import grp
import http.client
import pwd
import shutil
import signal
import subprocess
import time
from collections.abc import Mapping
from pathlib import Path

from gateway_conf import ROUTES, GatewaySettings, local_layout, render
from infra_common import (
    HOST,
    InfraError,
    Status,
    is_root,
    owned_pid,
    pid_alive,
    port_open,
    port_owner_hint,
    say,
    spawn_detached,
    started_at,
    stop_process,
    tail,
)

NAME = "gateway"
READY_TIMEOUT = 20.0


def nginx_binary() -> str:
    """nginx from PATH, or Debian's /usr/sbin (not on a non-root user's PATH)."""
    found = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/usr/local/sbin")
    if not found:
        raise InfraError("`nginx` not found: apt-get install nginx (.ci/run installs it)")
    return found


def worker_user(web_root: Path) -> str | None:
    """nginx started as root switches its workers to `user` (`nobody` unless told): they must
    read the web app's files and the docs page, so they run as the owner of the web root.

    As any other user the directive is ignored (with a warning), so it is left out."""
    if not is_root():
        return None
    info = web_root.stat()
    try:
        return f"{pwd.getpwuid(info.st_uid).pw_name} {grp.getgrgid(info.st_gid).gr_name}"
    except KeyError:
        return "nobody"


def make_certificate(certificate: Path, key: Path) -> None:
    """A self-signed certificate for localhost (made once), so Secure cookies work locally."""
    if certificate.exists() and key.exists():
        return
    if not shutil.which("openssl"):
        raise InfraError("`openssl` not found: apt-get install openssl")
    certificate.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-days", "825", "-subj", "/CN=localhost", "-keyout", str(key),
         "-out", str(certificate), "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
        check=True, capture_output=True,
    )  # fmt: skip
    key.chmod(0o600)


class Gateway:
    """One nginx instance: `up` (re)writes its configuration and starts or reloads it."""

    def __init__(
        self,
        base: Path,
        settings: GatewaySettings | None = None,
        upstream_ports: Mapping[str, int] | None = None,
    ) -> None:
        self.base = base
        self.settings = settings or GatewaySettings.from_env()
        ports = {**ROUTES, **(upstream_ports or {})}
        self.upstreams = {name: f"{HOST}:{ports[name]}" for name in ROUTES}
        self.layout = local_layout(base, worker_user(self.settings.web_root()))
        self.conf = base / "nginx.conf"
        self.pid_file = base / "nginx.pid"
        self.log = base / "logs" / "error.log"
        self.access_log = base / "logs" / "access.log"
        self.stdout_log = base / "logs" / "nginx.out"

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.settings.http_port}"

    @property
    def https_url(self) -> str | None:
        port = self.settings.https_port
        return f"https://{HOST}:{port}" if port else None

    @property
    def certificate(self) -> Path:
        return Path(self.layout.certificate or "")

    def pid(self) -> int | None:
        return owned_pid(self.pid_file, f"-c {self.conf}")

    def status(self) -> Status:
        pid = self.pid()
        address = " ".join(filter(None, (self.url, self.https_url)))
        # by its pid only: the ports are those of the OUVRAGE_GATEWAY_* it was started with
        running = pid is not None
        since = started_at(pid) if pid else None
        return Status(NAME, running, pid, address, since, str(self.base))

    def write_config(self) -> None:
        for sub in ("logs", "tmp", "tls"):
            (self.base / sub).mkdir(parents=True, exist_ok=True)
        if self.settings.https_port is not None:
            make_certificate(self.certificate, Path(self.layout.certificate_key or ""))
        self.conf.write_text(render(self.settings, self.upstreams, self.layout))
        check = subprocess.run(
            [*self._command(), "-t", "-q"], capture_output=True, text=True, check=False
        )
        if check.returncode != 0:
            raise InfraError(f"nginx refused {self.conf}: {check.stderr.strip()}")

    def _command(self) -> list[str]:
        return [nginx_binary(), "-p", str(self.base), "-c", str(self.conf), "-e", str(self.log)]

    def up(self) -> None:
        self.write_config()
        if (pid := self.pid()) is not None:
            subprocess.run([*self._command(), "-s", "reload"], check=True, capture_output=True)
            say(NAME, f"configuration reloaded (pid {pid}) {self.url}")
            return
        ports = [self.settings.http_port, self.settings.https_port]
        for port in filter(None, ports):
            if port_open(port):
                raise InfraError(f"port {port} is taken by another process{port_owner_hint(port)}")
        pid = spawn_detached(self._command(), self.stdout_log, cwd=self.base)
        deadline = time.monotonic() + READY_TIMEOUT
        while not self._answers():
            if not pid_alive(pid):
                raise InfraError(f"nginx exited during start; log tail:\n{tail(self.log)}")
            if time.monotonic() > deadline:
                stop_process(pid, signal.SIGTERM, timeout=5)  # leave no orphan behind
                raise InfraError(f"nginx not ready after {READY_TIMEOUT:.0f}s; see {self.log}")
            time.sleep(0.05)
        say(NAME, f"listening on {' '.join(filter(None, (self.url, self.https_url)))}")

    def _answers(self) -> bool:
        """nginx serves its own services.json (or, redirecting to HTTPS, answers 308)."""
        connection = http.client.HTTPConnection(HOST, self.settings.http_port, timeout=1)
        try:
            connection.request("GET", "/api/docs/services.json")
            return connection.getresponse().status in (200, 308)
        except OSError:
            return False
        finally:
            connection.close()

    def down(self) -> None:
        pid = self.pid()
        if pid is None:
            say(NAME, "not running")
            return
        # SIGTERM: fast shutdown (SIGQUIT would wait for open event streams to end)
        killed = stop_process(pid, signal.SIGTERM, timeout=10)
        self.pid_file.unlink(missing_ok=True)
        say(NAME, f"stopped (pid {pid}{', killed -9' if killed else ''})")
