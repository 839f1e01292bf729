"""`infra.py status` sees the three components the launcher started, and lists the gateway."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

INFRA = Path(__file__).resolve().parents[1] / "deploy" / "local" / "infra.py"


def test_status_reports_the_three_components_running_and_the_gateway() -> None:
    done = subprocess.run(
        [sys.executable, str(INFRA), "status", "--json"],
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    )
    components = {item["name"]: item for item in json.loads(done.stdout)}

    # the gateway is listed too; it runs only while `make up` (or `infra.py up gateway`) does
    assert set(components) == {"postgres", "kafka", "smtp", "gateway"}
    for name, item in components.items():
        if name == "gateway":
            continue
        assert item["running"], f"{name} is not running: {item}"
        assert item["pid"] > 0
        assert item["since"]
        assert Path(item["data_dir"]).is_dir()


def test_env_prints_the_connection_settings() -> None:
    done = subprocess.run(
        [sys.executable, str(INFRA), "env"], capture_output=True, text=True, check=True
    )
    exports = dict(line.removeprefix("export ").split("=", 1) for line in done.stdout.splitlines())
    assert exports["OUVRAGE_TEST_PG_DSN"].endswith("@127.0.0.1:55432/postgres")
    assert exports["CLIENTS_DATABASE_URL"].endswith("@127.0.0.1:55432/clients")
    assert exports["NOTIFIER_SMTP_PORT"] == "2525"
