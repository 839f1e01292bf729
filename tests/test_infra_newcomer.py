"""A newcomer clones into root's home (mode 0700, which the `postgres` OS user cannot enter) and
starts the infrastructure: PostgreSQL must come up all the same (its cluster then lives where that
user can reach it). Runs a second cluster on a free port beside the usual one."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="the 0700 trap exists only for root")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _infra(clone: Path, port: int, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "OUVRAGE_LOCAL_DIR"}
    env["OUVRAGE_PG_PORT"] = str(port)
    return subprocess.run(
        [sys.executable, str(clone / "deploy/local/infra.py"), *args],
        env=env, cwd=clone, capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip


def test_postgres_starts_from_a_clone_in_a_0700_home(tmp_path: Path) -> None:
    home = tmp_path / "root-home"
    home.mkdir(mode=0o700)
    clone = home / "ouvrage"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True, timeout=120)
    port = _free_port()
    location: Path | None = None
    try:
        up = _infra(clone, port, "up", "postgres")
        assert up.returncode == 0, up.stdout + up.stderr
        location = Path((clone / ".local/pg.location").read_text().strip())
        assert not str(location).startswith(str(home)), (
            "the cluster must live outside the 0700 home"
        )

        status = _infra(clone, port, "status", "postgres", "--json")
        (item,) = json.loads(status.stdout)
        assert item["running"] and item["data_dir"] == str(location / "data")

        psql = shutil.which("psql") or "psql"
        query = subprocess.run(
            [psql, "-X", "-At", "-h", "127.0.0.1", "-p", str(port), "-U", "ouvrage", "-d",
             "clients", "-c", "SELECT current_database()"],
            env={**os.environ, "PGPASSWORD": "ouvrage"}, capture_output=True, text=True,
            timeout=30, check=False,
        )  # fmt: skip
        assert query.stdout.strip() == "clients", query.stderr
    finally:
        down = _infra(clone, port, "down", "postgres")
        assert down.returncode == 0, down.stdout + down.stderr
        if location is not None:
            shutil.rmtree(location, ignore_errors=True)
