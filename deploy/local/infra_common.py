"""Shared helpers of the local launcher: paths, ports, processes (stdlib only)."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HOST = "127.0.0.1"
# OUVRAGE_PG_PORT moves the cluster (the newcomer test runs a second one beside the usual)
PG_PORT = int(os.environ.get("OUVRAGE_PG_PORT", "55432"))
KAFKA_PORT = 59092
KAFKA_CONTROLLER_PORT = 59093
SMTP_PORT = 2525
SMTP_API_PORT = 8025
PG_USER = "ouvrage"
PG_PASSWORD = "ouvrage"  # noqa: S105 - local development server only
SERVICES = ("identity", "clients", "actions", "planning", "notifier", "sales")


class InfraError(Exception):
    """A problem the user can fix; printed as one line, exit code 2."""


def local_dir() -> Path:
    """The directory holding every runtime file (`.local/` unless OUVRAGE_LOCAL_DIR says)."""
    configured = os.environ.get("OUVRAGE_LOCAL_DIR")
    return Path(configured).resolve() if configured else ROOT / ".local"


def pg_admin_dsn() -> str:
    return f"postgresql://{PG_USER}:{PG_PASSWORD}@{HOST}:{PG_PORT}/postgres"


def kafka_bootstrap() -> str:
    return f"{HOST}:{KAFKA_PORT}"


@dataclass
class Status:
    name: str
    running: bool
    pid: int | None
    address: str
    since: str | None
    data_dir: str

    def line(self) -> str:
        state = "running" if self.running else "stopped"
        pid = str(self.pid) if self.pid else "-"
        since = self.since or "-"
        return (
            f"{self.name:<9} {state:<8} pid={pid:<8} {self.address:<36} "
            f"since={since:<20} data={self.data_dir}"
        )


_printing = threading.Lock()


def say(component: str, message: str) -> None:
    with _printing:
        print(f"[{component}] {message}", flush=True)


def require_tool(name: str, hint: str) -> str:
    path = shutil.which(name)
    if not path:
        raise InfraError(f"`{name}` not found on PATH: {hint}")
    return path


def is_root() -> bool:
    return os.geteuid() == 0


def read_pid(pid_file: Path) -> int | None:
    try:
        return int(pid_file.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def _stat_fields(pid: int) -> list[str] | None:
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # the command name may hold spaces and parentheses: split after the last ')'
    return raw[raw.rindex(")") + 2 :].split()


def pid_alive(pid: int | None) -> bool:
    if not pid or pid <= 0:
        return False
    fields = _stat_fields(pid)
    return fields is not None and fields[0] not in ("Z", "X")


def cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def owned_pid(pid_file: Path, marker: str) -> int | None:
    """The pid in pid_file if that process is alive and its command line holds marker."""
    pid = read_pid(pid_file)
    if pid_alive(pid) and marker in cmdline(pid or 0):
        return pid
    return None


def started_at(pid: int) -> str | None:
    fields = _stat_fields(pid)
    if fields is None:
        return None
    ticks = int(fields[19])
    btime = next(
        int(line.split()[1])
        for line in Path("/proc/stat").read_text().splitlines()
        if line.startswith("btime")
    )
    moment = btime + ticks / os.sysconf("SC_CLK_TCK")
    return datetime.fromtimestamp(moment, UTC).astimezone().strftime("%Y-%m-%d %H:%M:%S")


def descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            fields = _stat_fields(int(entry.name))
            if fields:
                children.setdefault(int(fields[1]), []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def stop_process(pid: int, sig: signal.Signals, timeout: float) -> bool:
    """Send sig, wait up to timeout, then SIGKILL the process and its descendants.

    Returns True when a kill -9 was needed."""
    tree = [pid, *descendants(pid)]
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, sig)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not any(pid_alive(p) for p in tree):
            return False
        time.sleep(0.1)
    for p in tree:
        if pid_alive(p):
            with contextlib.suppress(ProcessLookupError):
                os.kill(p, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while any(pid_alive(p) for p in tree):
        if time.monotonic() > deadline:
            raise InfraError(f"process {pid} survived kill -9")
        time.sleep(0.1)
    return True


def port_open(port: int, host: str = HOST, timeout: float = 0.5) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def port_owner_hint(port: int) -> str:
    """Who listens on port (best effort, via ss) for an error message."""
    if not shutil.which("ss"):
        return ""
    out = subprocess.run(
        ["ss", "-Hltnp", f"sport = :{port}"], capture_output=True, text=True, check=False
    ).stdout.strip()
    return f" ({out.split()[-1]})" if out else ""


def tail(path: Path, lines: int = 15) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def spawn_detached(
    cmd: list[str], log_file: Path, cwd: Path, env: dict[str, str] | None = None
) -> int:
    """Start cmd in its own session (like nohup ... &), output appended to log_file."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    with open(log_file, "ab") as log, open(os.devnull, "rb") as devnull:
        proc = subprocess.Popen(
            cmd,
            stdin=devnull,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=cwd,
            env=env,
            start_new_session=True,
            close_fds=True,
        )
    return proc.pid


def venv_python(*modules: str) -> str | None:
    """A python that can import modules: the workspace venv first, then this interpreter."""
    candidates = [str(ROOT / ".venv" / "bin" / "python"), sys.executable]
    probe = "import " + ", ".join(modules) if modules else "pass"
    for candidate in candidates:
        if Path(candidate).exists():
            done = subprocess.run([candidate, "-c", probe], capture_output=True, check=False)
            if done.returncode == 0:
                return candidate
    return None
