"""Run the six Ouvrage services locally on the infrastructure of infra.py, behind the gateway.

    uv run python deploy/local/system.py          migrate, serve on 8001-8006, the gateway on
                                                  8080 (HTTPS 8443), Ctrl-C stops
    python deploy/local/system.py stop            stop a system started as above (pid files)

Importable (the end-to-end tests start the system once per session):

    handle = start_system(ports={"identity": 18001, ...}, env={"CLIENTS_DATABASE_URL": ...},
                          gateway=GatewaySettings(http_port=18080, https_port=18443,
                                                  static_dir=Path("web/dist")))
    handle.urls["clients"]; handle.gateway_url; handle.stop()
"""

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

# deploy/local is not a package: its modules import each other by name (as infra.py does)
sys.path.insert(0, str(Path(__file__).resolve().parent))

from gateway_conf import GatewaySettings
from infra_common import InfraError
from infra_gateway import Gateway

__all__ = ["GatewaySettings", "RunningSystem", "StartError", "start_system"]

ROOT = Path(__file__).resolve().parents[2]
SERVICES = ("identity", "clients", "actions", "planning", "notifier", "sales")
DEFAULT_PORTS = {name: 8001 + index for index, name in enumerate(SERVICES)}
HOST = "127.0.0.1"
PG = "postgresql://ouvrage:ouvrage@127.0.0.1:55432"
KAFKA_PORT = 59092
KAFKA = f"127.0.0.1:{KAFKA_PORT}"
SMTP_PORT = 2525
# Where the notifier receives the delivery status notifications of its emails (its own SMTP).
BOUNCE_PORT = 2526
READY_TIMEOUT = 90.0
STOP_TIMEOUT = 20.0
SUPERVISOR_PID = "supervisor.pid"


class StartError(RuntimeError):
    """A service could not be migrated or did not become ready."""


def local_dir() -> Path:
    configured = os.environ.get("OUVRAGE_LOCAL_DIR")
    return Path(configured).resolve() if configured else ROOT / ".local"


def signing_key() -> Path:
    """identity's RS256 key for local runs, made once with openssl."""
    path = local_dir() / "identity" / "signing-key.pem"
    if not path.exists() and shutil.which("openssl"):
        path.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048",
             "-out", str(path)],
            check=True, capture_output=True,
        )  # fmt: skip
        path.chmod(0o600)
    return path


def sasl_settings() -> dict[str, str]:
    """Each service's own principal on the launcher's SASL broker (the default; nothing with
    OUVRAGE_KAFKA_SECURITY=plaintext, nor before `infra.py up` made the credentials)."""
    import infra_kafka_sasl  # deploy/local is on sys.path (above)

    if not infra_kafka_sasl.sasl_chosen():
        return {f"{name.upper()}_KAFKA_SECURITY_PROTOCOL": "PLAINTEXT" for name in SERVICES}
    broker = infra_kafka_sasl.SaslKafka(
        local_dir(), port=KAFKA_PORT, controller_port=KAFKA_PORT + 1
    )
    return infra_kafka_sasl.service_settings(broker)


def service_env(ports: Mapping[str, int], overrides: Mapping[str, str]) -> dict[str, str]:
    """Defaults for every service, then this process's environment, then overrides."""
    jwks = f"http://{HOST}:{ports['identity']}/.well-known/jwks.json"
    env: dict[str, str] = {}
    for name in SERVICES:
        prefix = name.upper()
        env[f"{prefix}_DATABASE_URL"] = f"{PG}/{name}"
        env[f"{prefix}_KAFKA_BOOTSTRAP"] = KAFKA
        env[f"{prefix}_JWKS_URL"] = jwks
        env[f"{prefix}_ENVIRONMENT"] = "development"
        env[f"{prefix}_LOG_LEVEL"] = "INFO"
        env[f"{prefix}_HTTP_HOST"] = HOST
        env[f"{prefix}_HTTP_PORT"] = str(ports[name])
    parts = ("actions", "planning", "notifier", "sales")  # the access export's other parts
    env["CLIENTS_PERSONAL_DATA_SOURCES"] = json.dumps(
        {name: f"http://{HOST}:{ports[name]}" for name in parts}
    )
    env["NOTIFIER_SMTP_HOST"] = HOST
    env["NOTIFIER_SMTP_PORT"] = str(SMTP_PORT)
    env["NOTIFIER_BOUNCE_PORT"] = str(BOUNCE_PORT)
    env |= sasl_settings()
    # Local runs (and the end-to-end tests) log many users in from 127.0.0.1.
    env["IDENTITY_LOGIN_RATE_PER_ADDRESS"] = "1000/minute"
    env["IDENTITY_SIGNING_KEY_PATH"] = str(signing_key())
    env.update(os.environ)
    env.update(overrides)
    env.setdefault("PYTHONUNBUFFERED", "1")
    return env


def command(name: str) -> list[str]:
    """The service's console script from this interpreter's venv, else through uv."""
    script = Path(sys.executable).parent / f"ouvrage-{name}"
    if script.exists():
        return [str(script)]
    found = shutil.which(f"ouvrage-{name}")
    return [found] if found else ["uv", "run", f"ouvrage-{name}"]


@dataclass
class Service:
    name: str
    port: int
    process: subprocess.Popen[bytes]
    log: Path | None
    pumps: list[threading.Thread] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"


@dataclass
class RunningSystem:
    """The started services; `stop()` (or leaving the `with` block) ends them all."""

    services: dict[str, Service]
    pid_dir: Path | None = None
    env: dict[str, str] = field(default_factory=dict)
    log_dir: Path | None = None
    gateway: Gateway | None = None

    @property
    def urls(self) -> dict[str, str]:
        return {name: service.url for name, service in self.services.items()}

    @property
    def gateway_url(self) -> str:
        """The gateway's HTTP address (``/api/<service>/...``, ``/``, ``/api/docs``)."""
        if self.gateway is None:
            raise StartError("this system was started without a gateway")
        return self.gateway.url

    def stop(self, timeout: float = STOP_TIMEOUT) -> None:
        if self.gateway is not None:
            self.gateway.down()
        running = [s for s in self.services.values() if s.process.poll() is None]
        for service in running:
            service.process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + timeout
        for service in running:
            try:
                service.process.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                os.killpg(service.process.pid, signal.SIGKILL)
                service.process.wait()
        for service in self.services.values():
            for pump in service.pumps:
                pump.join(timeout=2)
            if self.pid_dir:
                (self.pid_dir / f"{service.name}.pid").unlink(missing_ok=True)

    def exited(self) -> list[str]:
        return [name for name, s in self.services.items() if s.process.poll() is not None]

    def respawn(self, name: str) -> Service:
        """Start an exited service again on its port (its database is already migrated)."""
        old = self.services[name]
        for pump in old.pumps:
            pump.join(timeout=2)
        service = _spawn(name, old.port, self.env, self.log_dir)
        self.services[name] = service
        if self.pid_dir:
            (self.pid_dir / f"{name}.pid").write_text(f"{service.process.pid}\n")
        return service

    def __enter__(self) -> "RunningSystem":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()


def _pump(name: str, stream: IO[bytes]) -> None:
    width = max(len(n) for n in SERVICES)
    for line in iter(stream.readline, b""):
        sys.stdout.write(f"{name:<{width}} | {line.decode(errors='replace')}")
        sys.stdout.flush()


def migrate(name: str, env: Mapping[str, str]) -> None:
    done = subprocess.run(
        [*command(name), "migrate"], env=dict(env), cwd=ROOT, capture_output=True, check=False
    )
    if done.returncode != 0:
        output = (done.stdout + done.stderr).decode(errors="replace").strip().splitlines()
        raise StartError(f"ouvrage-{name} migrate failed: " + "\n".join(output[-15:]))


def _spawn(name: str, port: int, env: Mapping[str, str], log_dir: Path | None) -> Service:
    cmd = [*command(name), "serve", "--port", str(port)]
    log = log_dir / f"{name}.log" if log_dir else None
    sink: Any = open(log, "ab") if log else subprocess.PIPE  # noqa: SIM115 - closed below
    try:
        process = subprocess.Popen(
            cmd, env=dict(env), cwd=ROOT, stdin=subprocess.DEVNULL, stdout=sink,
            stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
    finally:
        if log:
            sink.close()
    service = Service(name, port, process, log)
    if process.stdout is not None:
        pump = threading.Thread(target=_pump, args=(name, process.stdout), daemon=True)
        pump.start()
        service.pumps.append(pump)
    return service


def _ready(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/ready", timeout=2) as response:  # noqa: S310
            return bool(response.status == 200)
    except OSError:
        return False


def _wait_ready(services: list[Service], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    pending = list(services)
    while pending:
        for service in list(pending):
            if service.process.poll() is not None:
                where = f"; see {service.log}" if service.log else ""
                code = service.process.returncode
                raise StartError(f"{service.name} exited with {code}{where}")
            if _ready(service.url):
                pending.remove(service)
        if pending and time.monotonic() > deadline:
            names = ", ".join(s.name for s in pending)
            raise StartError(f"not ready after {timeout:.0f}s: {names}")
        time.sleep(0.2)


def start_system(
    ports: Mapping[str, int] | None = None,
    env: Mapping[str, str] | None = None,
    services: tuple[str, ...] = SERVICES,
    log_dir: Path | None = None,
    pid_dir: Path | None = None,
    ready_timeout: float = READY_TIMEOUT,
    gateway: GatewaySettings | None = None,
    gateway_dir: Path | None = None,
) -> RunningSystem:
    """Migrate and serve each service; return once every /ready answers 200.

    Output goes to log_dir/<name>.log, or to this process's stdout prefixed by the name.
    With ``gateway``, an nginx of its own (files under gateway_dir, by default
    .local/gateway-<port>) fronts these services' ports, and stops with them."""
    chosen_ports = {**DEFAULT_PORTS, **(ports or {})}
    full_env = service_env(chosen_ports, env or {})
    for directory in (log_dir, pid_dir):
        if directory:
            directory.mkdir(parents=True, exist_ok=True)
    handle = RunningSystem({}, pid_dir, full_env, log_dir)
    try:
        # identity first: the others verify tokens against its JWKS
        batches = [
            [s for s in services if s == "identity"],
            [s for s in services if s != "identity"],
        ]
        for batch in batches:
            for name in batch:
                migrate(name, full_env)
            started = [_spawn(n, chosen_ports[n], full_env, log_dir) for n in batch]
            for service in started:
                handle.services[service.name] = service
                if pid_dir:
                    (pid_dir / f"{service.name}.pid").write_text(f"{service.process.pid}\n")
            _wait_ready(started, ready_timeout)
        if gateway is not None:
            base = gateway_dir or local_dir() / f"gateway-{gateway.http_port}"
            handle.gateway = Gateway(base, gateway, chosen_ports)
            handle.gateway.up()
    except InfraError as error:
        handle.stop()
        raise StartError(f"gateway: {error}") from error
    except BaseException:
        handle.stop()
        raise
    return handle


def _read_pid(pid_file: Path) -> int | None:
    try:
        return int(pid_file.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def _alive(pid: int | None) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text() if pid else ""
    except OSError:
        return False
    return bool(stat) and stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")


def _terminate(pids: list[int], timeout: float) -> None:
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while any(_alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.2)
    for pid in filter(_alive, pids):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pid, signal.SIGKILL)


def stop_from_pid_files(pid_dir: Path) -> int:
    """`system.py stop`: end a system another process started (SIGTERM, then kill -9)."""
    supervisor = _read_pid(pid_dir / SUPERVISOR_PID)
    was_running = _alive(supervisor)
    if was_running:
        # the foreground process stops its services itself, then exits
        _terminate([supervisor or 0], STOP_TIMEOUT + 5)
    services = [_read_pid(p) for p in pid_dir.glob("*.pid") if p.name != SUPERVISOR_PID]
    alive = [pid for pid in services if pid and _alive(pid)]
    _terminate(alive, STOP_TIMEOUT)
    for pid_file in pid_dir.glob("*.pid"):
        pid_file.unlink(missing_ok=True)
    print("system: stopped" if was_running or alive else "system: not running")
    return 0


def _interrupt(*_args: object) -> None:
    raise KeyboardInterrupt


def run_foreground() -> int:
    pid_dir = local_dir() / "system"
    if _alive(_read_pid(pid_dir / SUPERVISOR_PID)):
        print("system: already running (python deploy/local/system.py stop)", file=sys.stderr)
        return 2
    pid_dir.mkdir(parents=True, exist_ok=True)
    (pid_dir / SUPERVISOR_PID).write_text(f"{os.getpid()}\n")
    signal.signal(signal.SIGTERM, _interrupt)  # SIGTERM stops like Ctrl-C
    try:
        return _supervise(pid_dir)
    except StartError as error:
        print(f"system: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    finally:
        (pid_dir / SUPERVISOR_PID).unlink(missing_ok=True)


class Restarter:
    """Restarts a service that exits, after a backoff that doubles while it keeps failing
    (1 s, 2 s, 4 s ... up to BACKOFF_MAX) and resets once it has stayed up STABLE_AFTER;
    the other services keep serving meanwhile."""

    BACKOFF_MAX = 30.0
    STABLE_AFTER = 60.0

    def __init__(self, handle: RunningSystem, clock: Any = time.monotonic) -> None:
        self.handle = handle
        self.clock = clock
        self.failures: dict[str, int] = {}
        self.due: dict[str, float] = {}
        self.started: dict[str, float] = {name: clock() for name in handle.services}

    def tick(self) -> list[str]:
        """One look at the services; returns those restarted now."""
        now = self.clock()
        restarted = []
        for name in self.handle.exited():
            if name not in self.due:
                stable = now - self.started.get(name, now) >= self.STABLE_AFTER
                self.failures[name] = 1 if stable else self.failures.get(name, 0) + 1
                delay = min(self.BACKOFF_MAX, 2.0 ** (self.failures[name] - 1))
                self.due[name] = now + delay
                code = self.handle.services[name].process.returncode
                print(f"system: {name} exited ({code}); restart in {delay:.0f}s", file=sys.stderr)
            elif now >= self.due[name]:
                del self.due[name]
                self.handle.respawn(name)
                self.started[name] = now
                restarted.append(name)
                print(f"system: {name} restarted", file=sys.stderr, flush=True)
        return restarted


def _supervise(pid_dir: Path) -> int:
    # the same nginx as `infra.py up gateway` (.local/gateway, OUVRAGE_GATEWAY_* settings)
    settings = GatewaySettings.from_env()
    handle = start_system(pid_dir=pid_dir, gateway=settings, gateway_dir=local_dir() / "gateway")
    try:
        print("\nOuvrage is up (Ctrl-C stops it):", flush=True)
        for name, url in handle.urls.items():
            print(f"  {name:<9} {url}   (OpenAPI {url}/docs)", flush=True)
        assert handle.gateway is not None
        print(f"  gateway   {handle.gateway.url}  {handle.gateway.https_url or ''}", flush=True)
        print(f"            web app {handle.gateway.url}/, API docs {handle.gateway.url}/api/docs")
        restarter = Restarter(handle)
        while True:
            restarter.tick()
            time.sleep(0.5)
    except KeyboardInterrupt:
        print("\nsystem: stopping", flush=True)
        return 0
    finally:
        handle.stop()


def main(argv: list[str]) -> int:
    if argv[:1] == ["stop"]:
        return stop_from_pid_files(local_dir() / "system")
    if argv[:1] not in ([], ["run"]):
        print("usage: system.py [run|stop]", file=sys.stderr)
        return 2
    return run_foreground()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
