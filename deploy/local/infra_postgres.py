"""PostgreSQL 15 for local development: one cluster under .local/pg, six service databases."""

from __future__ import annotations

import glob
import hashlib
import os
import pwd
import shutil
import signal
import subprocess
from pathlib import Path

from infra_common import (
    HOST,
    PG_PASSWORD,
    PG_PORT,
    PG_USER,
    SERVICES,
    InfraError,
    Status,
    is_root,
    owned_pid,
    port_open,
    port_owner_hint,
    say,
    started_at,
    stop_process,
    tail,
)

NAME = "postgres"
OS_USER = "postgres"  # PostgreSQL refuses to run as root
BINARIES = ("initdb", "pg_ctl", "postgres", "psql")
SETTINGS = """\
# written by deploy/local/infra.py on every `up`: edit there, not here
listen_addresses = '{host}'
port = {port}
unix_socket_directories = '{socket_dir}'
max_connections = 300
shared_buffers = 128MB
fsync = on
synchronous_commit = on
full_page_writes = on
timezone = 'UTC'
log_timezone = 'UTC'
logging_collector = off
log_line_prefix = '%m [%p] %q%u@%d '
log_min_messages = warning
"""


# where the cluster goes when the `postgres` OS user cannot enter the checkout
FALLBACK_ROOT = Path("/var/lib/ouvrage")


def traversable(path: Path) -> bool:
    """Can any user (the `postgres` one) walk down to path? (o+x on every existing parent)"""
    return all(not p.exists() or os.stat(p).st_mode & 0o001 for p in path.parents)


def cluster_base(local: Path) -> Path:
    """The cluster lives in .local/pg, unless PostgreSQL's OS user cannot reach it (a clone in
    root's 0700 home): then in /var/lib/ouvrage/pg-<hash of the checkout's path>, one per
    checkout, named in .local/pg.location."""
    base = local / "pg"
    if not is_root() or traversable(base):
        return base
    digest = hashlib.sha256(str(base).encode()).hexdigest()[:12]
    return FALLBACK_ROOT / f"pg-{digest}"


class Postgres:
    def __init__(self, local: Path) -> None:
        self.local = local
        self.base = cluster_base(local)
        self.data = self.base / "data"
        self.socket_dir = self.base / "run"
        self.log = self.base / "postgres.log"

    # -- discovery -----------------------------------------------------------------------
    def bin(self, name: str) -> str:
        found = shutil.which(name)
        if found:
            return found
        candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
        if not candidates:
            raise InfraError(
                f"PostgreSQL binary `{name}` not found (PATH, /usr/lib/postgresql/*/bin): "
                "install PostgreSQL 15+ (apt-get install postgresql-15)"
            )
        return candidates[0]

    def check_tools(self) -> None:
        for name in BINARIES:
            self.bin(name)
        if is_root():
            try:
                pwd.getpwnam(OS_USER)
            except KeyError:
                raise InfraError(
                    "running as root but no `postgres` OS user exists to run PostgreSQL"
                ) from None
            if not shutil.which("runuser"):
                raise InfraError("running as root but `runuser` (util-linux) is missing")

    def as_owner(self, cmd: list[str]) -> list[str]:
        return ["runuser", "-u", OS_USER, "--", *cmd] if is_root() else cmd

    # -- state ---------------------------------------------------------------------------
    def pid(self) -> int | None:
        return owned_pid(self.data / "postmaster.pid", "postgres")

    def status(self) -> Status:
        pid = self.pid()
        return Status(
            NAME,
            pid is not None and port_open(PG_PORT),
            pid,
            f"{HOST}:{PG_PORT} (socket {self.socket_dir})",
            started_at(pid) if pid else None,
            str(self.data),
        )

    # -- up ------------------------------------------------------------------------------
    def up(self) -> None:
        self.check_tools()
        if self.status().running:
            say(NAME, f"already running (pid {self.pid()})")
        else:
            self._check_port_free()
            self._prepare_dirs()
            if not (self.data / "PG_VERSION").exists():
                self._initdb()
            self._write_settings()
            self._start()
        self._create_databases()

    def _prepare_dirs(self) -> None:
        for directory in (self.base, self.socket_dir):
            directory.mkdir(parents=True, exist_ok=True)
        if self.base != self.local / "pg":
            FALLBACK_ROOT.chmod(0o755)
            self.local.mkdir(parents=True, exist_ok=True)
            (self.local / "pg.location").write_text(f"{self.base}\n")
        socket_path = self.socket_dir / f".s.PGSQL.{PG_PORT}"
        if len(str(socket_path)) > 100:
            raise InfraError(f"socket path too long for PostgreSQL: {socket_path}")
        if is_root():
            self._check_traversable()
            entry = pwd.getpwnam(OS_USER)
            for path in (self.base, self.socket_dir):
                os.chown(path, entry.pw_uid, entry.pw_gid)
            os.chmod(self.socket_dir, 0o755)  # noqa: S103 - clients of any user connect

    def _check_traversable(self) -> None:
        if not traversable(self.base):
            raise InfraError(
                f"the `postgres` OS user cannot enter {self.base}: "
                "choose OUVRAGE_LOCAL_DIR elsewhere or chmod o+x its parents"
            )

    def _initdb(self) -> None:
        say(NAME, f"initdb {self.data}")
        pwfile = self.base / ".pwfile"
        pwfile.write_text(PG_PASSWORD + "\n")
        if is_root():
            entry = pwd.getpwnam(OS_USER)
            os.chown(pwfile, entry.pw_uid, entry.pw_gid)
        os.chmod(pwfile, 0o600)
        cmd = [
            self.bin("initdb"), "-D", str(self.data), "-U", PG_USER, f"--pwfile={pwfile}",
            "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8",
            "--locale=C.UTF-8", "--no-instructions",
        ]  # fmt: skip
        try:
            done = subprocess.run(self.as_owner(cmd), capture_output=True, text=True, check=False)
        finally:
            pwfile.unlink(missing_ok=True)
        if done.returncode != 0:
            shutil.rmtree(self.data, ignore_errors=True)
            detail = (done.stderr or done.stdout).strip().splitlines()[-1:]
            raise InfraError(f"initdb failed: {' '.join(detail)}")
        conf = self.data / "postgresql.conf"
        with conf.open("a") as handle:
            handle.write("\ninclude_if_exists = 'ouvrage.conf'\n")

    def _write_settings(self) -> None:
        target = self.data / "ouvrage.conf"
        target.write_text(SETTINGS.format(host=HOST, port=PG_PORT, socket_dir=self.socket_dir))
        if is_root():
            entry = pwd.getpwnam(OS_USER)
            os.chown(target, entry.pw_uid, entry.pw_gid)

    @staticmethod
    def _check_port_free() -> None:
        if port_open(PG_PORT):
            raise InfraError(
                f"port {PG_PORT} is taken by another process{port_owner_hint(PG_PORT)}: "
                "another Ouvrage instance? run `infra.py down` where it was started"
            )

    def _start(self) -> None:
        say(NAME, f"starting on {HOST}:{PG_PORT}")
        if is_root():
            self.log.touch()
            entry = pwd.getpwnam(OS_USER)
            os.chown(self.log, entry.pw_uid, entry.pw_gid)
        cmd = [self.bin("pg_ctl"), "start", "-D", str(self.data), "-l", str(self.log)]
        done = subprocess.run(
            self.as_owner([*cmd, "-w", "-t", "60", "-s"]),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0 or not self.status().running:
            raise InfraError(f"PostgreSQL did not start; log tail:\n{tail(self.log)}")

    def psql(self, sql: str) -> str:
        cmd = [
            self.bin("psql"), "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1",
            "-h", str(self.socket_dir), "-p", str(PG_PORT), "-U", PG_USER, "-d", "postgres",
            "-c", sql,
        ]  # fmt: skip
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise InfraError(f"psql failed: {done.stderr.strip()}")
        return done.stdout

    def _create_databases(self) -> None:
        existing = set(self.psql("SELECT datname FROM pg_database").split())
        # ouvrage_keys: the key vault of crypto-shredding (docs/decisions.md)
        for name in (*SERVICES, "ouvrage_keys"):
            if name not in existing:
                self.psql(f'CREATE DATABASE "{name}"')
                say(NAME, f"created database {name}")

    # -- down ----------------------------------------------------------------------------
    def down(self) -> None:
        pid = self.pid()
        if pid is None:
            say(NAME, "not running")
            return
        # SIGINT is PostgreSQL's "fast" shutdown: roll back sessions, checkpoint, exit
        killed = stop_process(pid, signal.SIGINT, timeout=30)
        say(NAME, f"stopped (pid {pid}{', killed -9' if killed else ''})")
