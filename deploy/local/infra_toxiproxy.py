"""Toxiproxy (Shopify's TCP fault injector) for the fault tests: built once from its Go module with
the machine's Go into ``.local/toxiproxy/bin``, run on loopback, driven through its HTTP API.

    server = Toxiproxy(local_dir(), api_port=18040)
    server.up()                                        # builds on first use, then starts
    pg = server.proxy("postgres", listen=18041, upstream=55432)
    pg.toxic("latency", "latency", latency=200)        # every byte 200 ms late
    pg.disable(); pg.enable()                          # the dependency gone, then back
    server.down()

Also: ``ProxiedKafka``, a broker of its own whose advertised listener is a proxy's port, so that
every client connection (bootstrap AND the broker address that metadata hands out) goes through
the proxy: cutting the proxy cuts the broker for the services.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from infra_common import (
    HOST,
    InfraError,
    owned_pid,
    pid_alive,
    port_open,
    require_tool,
    say,
    spawn_detached,
    stop_process,
    tail,
)
from infra_kafka import SERVER_PROPERTIES, Kafka

NAME = "toxiproxy"
MODULE = "github.com/Shopify/toxiproxy/v2/cmd/server"
VERSION = "v2.12.0"  # pinned: `go install` fetches this exact version through the Go module proxy
START_TIMEOUT = 15.0


def go_binary() -> str:
    """The machine's Go (Debian's golang-go, or the official tree in /usr/local/go)."""
    found = shutil.which("go") or (
        "/usr/local/go/bin/go" if Path("/usr/local/go/bin/go").exists() else None
    )
    if not found:
        raise InfraError(
            "`go` not found: install Go (apt-get install golang-go) to build Toxiproxy"
        )
    return found


def build(local: Path) -> Path:
    """``.local/toxiproxy/bin/toxiproxy-server-<version>``, built with ``go install`` if absent."""
    target = local / "toxiproxy" / "bin" / f"toxiproxy-server-{VERSION}"
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    say(NAME, f"building {MODULE}@{VERSION} with the machine's Go (first use only)")
    with tempfile.TemporaryDirectory(dir=target.parent) as gobin:
        env = {**os.environ, "GOBIN": gobin, "CGO_ENABLED": "0", "GOFLAGS": "-mod=mod"}
        done = subprocess.run(
            [go_binary(), "install", f"{MODULE}@{VERSION}"],
            env=env, capture_output=True, text=True, check=False, timeout=600,
        )  # fmt: skip
        built = Path(gobin) / "server"
        if done.returncode != 0 or not built.exists():
            last = (done.stdout + done.stderr).strip().splitlines()[-3:]
            raise InfraError(f"go install {MODULE}@{VERSION} failed: {' | '.join(last)}")
        built.rename(target)
    return target


class Toxiproxy:
    """One toxiproxy-server under ``local/<dirname>``, its API on ``api_port``."""

    def __init__(self, local: Path, *, api_port: int, dirname: str | None = None) -> None:
        self.local = local
        self.api_port = api_port
        self.base = local / (dirname or f"toxiproxy-{api_port}")
        self.pid_file = self.base / "toxiproxy.pid"
        self.log = self.base / "toxiproxy.log"
        self.url = f"http://{HOST}:{api_port}"

    def pid(self) -> int | None:
        return owned_pid(self.pid_file, f"-port {self.api_port}")

    def up(self) -> None:
        if self.pid() is not None and port_open(self.api_port):
            self.reset()
            return
        binary = build(self.local)
        if port_open(self.api_port):
            raise InfraError(f"port {self.api_port} is taken: Toxiproxy cannot listen there")
        self.base.mkdir(parents=True, exist_ok=True)
        cmd = [str(binary), "-host", HOST, "-port", str(self.api_port)]
        pid = spawn_detached(cmd, self.log, cwd=self.base)
        self.pid_file.write_text(f"{pid}\n")
        deadline = time.monotonic() + START_TIMEOUT
        while not port_open(self.api_port):
            if not pid_alive(pid):
                raise InfraError(f"Toxiproxy exited during start:\n{tail(self.log)}")
            if time.monotonic() > deadline:
                raise InfraError(f"Toxiproxy not listening after {START_TIMEOUT:.0f}s")
            time.sleep(0.1)
        say(NAME, f"API on {self.url}")

    def down(self) -> None:
        pid = self.pid()
        if pid is not None:
            stop_process(pid, signal.SIGTERM, timeout=10)
        self.pid_file.unlink(missing_ok=True)

    def call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(  # noqa: S310 - loopback only
            self.url + path, data=data, method=method, headers={"Content-Type": "application/json"}
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
                text = response.read().decode()
        except urllib.error.HTTPError as error:
            raise InfraError(
                f"toxiproxy {method} {path}: {error.code} {error.read()[:300]!r}"
            ) from error
        return json.loads(text) if text.strip() else None

    def proxy(self, name: str, *, listen: int, upstream: int) -> Proxy:
        """A proxy from ``HOST:listen`` to ``HOST:upstream`` (created, or reset if it exists)."""
        proxies = self.call("GET", "/proxies")
        if name in proxies:
            self.call("DELETE", f"/proxies/{name}")
        self.call(
            "POST",
            "/proxies",
            {"name": name, "listen": f"{HOST}:{listen}", "upstream": f"{HOST}:{upstream}"},
        )
        return Proxy(self, name, listen)

    def reset(self) -> None:
        """Every proxy enabled, every toxic removed."""
        self.call("POST", "/reset")


@dataclass
class Proxy:
    server: Toxiproxy
    name: str
    port: int

    @property
    def address(self) -> str:
        return f"{HOST}:{self.port}"

    def toxic(self, name: str, kind: str, *, stream: str = "downstream", **attributes: int) -> None:
        """Add a toxic (``latency``, ``reset_peer``, ``timeout``, ``limit_data``...)."""
        body = {"name": name, "type": kind, "stream": stream, "attributes": attributes}
        self.server.call("POST", f"/proxies/{self.name}/toxics", body)

    def remove(self, name: str) -> None:
        self.server.call("DELETE", f"/proxies/{self.name}/toxics/{name}")

    def disable(self) -> None:
        """The dependency gone: open connections closed, new ones refused."""
        self.server.call("POST", f"/proxies/{self.name}", {"enabled": False})

    def enable(self) -> None:
        self.server.call("POST", f"/proxies/{self.name}", {"enabled": True})


class ProxiedKafka(Kafka):
    """A fresh broker of its own (data wiped on ``up``) that advertises ``advertised_port``, the
    listening port of a proxy in front of it: clients bootstrap there and stay there."""

    def __init__(
        self, local: Path, *, port: int, controller_port: int, advertised_port: int
    ) -> None:
        super().__init__(
            local, dirname=f"kafka-proxied-{port}", port=port, controller_port=controller_port
        )
        self.advertised_port = advertised_port
        self.bootstrap = f"{HOST}:{advertised_port}"

    def up(self) -> None:
        require_tool("java", "install a JDK 17+ (apt-get install openjdk-17-jre-headless)")
        if self.pid() is not None:
            self.down()
        shutil.rmtree(self.data, ignore_errors=True)
        self.cluster_id_file.unlink(missing_ok=True)
        self.libs.parent.mkdir(parents=True, exist_ok=True)  # the jars' home, fetched if absent
        super().up()

    def _write_config(self) -> None:
        text = SERVER_PROPERTIES.format(
            host=HOST, port=self.port, controller_port=self.controller_port, data=self.data
        )
        advertised = f"advertised.listeners=PLAINTEXT://{HOST}:{self.port},"
        proxied = f"advertised.listeners=PLAINTEXT://{HOST}:{self.advertised_port},"
        assert advertised in text
        self.props.write_text(text.replace(advertised, proxied))
        self._write_log_config()
