"""The local SMTP sink (deploy/local/smtp_sink.py) as a background process."""

from __future__ import annotations

import signal
import time
import urllib.request
from pathlib import Path

from infra_common import (
    HOST,
    ROOT,
    SMTP_API_PORT,
    SMTP_PORT,
    InfraError,
    Status,
    owned_pid,
    pid_alive,
    port_open,
    port_owner_hint,
    say,
    spawn_detached,
    started_at,
    stop_process,
    tail,
    venv_python,
)

NAME = "smtp"
SCRIPT = ROOT / "deploy" / "local" / "smtp_sink.py"


class SmtpSink:
    def __init__(self, local: Path) -> None:
        self.base = local / "smtp"
        self.messages = self.base / "messages"
        self.pid_file = self.base / "smtp_sink.pid"
        self.log = self.base / "smtp_sink.log"

    def pid(self) -> int | None:
        return owned_pid(self.pid_file, f"smtp_sink.py --dir {self.messages}")

    def status(self) -> Status:
        pid = self.pid()
        return Status(
            NAME,
            pid is not None and port_open(SMTP_PORT) and port_open(SMTP_API_PORT),
            pid,
            f"smtp://{HOST}:{SMTP_PORT} http://{HOST}:{SMTP_API_PORT}",
            started_at(pid) if pid else None,
            str(self.messages),
        )

    def up(self) -> None:
        if self.status().running:
            say(NAME, f"already running (pid {self.pid()})")
            return
        python = venv_python("aiosmtpd")
        if python is None:
            raise InfraError("aiosmtpd is not installed: run `make install` (uv sync) first")
        for port in (SMTP_PORT, SMTP_API_PORT):
            if port_open(port):
                raise InfraError(
                    f"port {port} is taken by another process{port_owner_hint(port)}: "
                    "another Ouvrage instance? run `infra.py down` where it was started"
                )
        self.messages.mkdir(parents=True, exist_ok=True)
        cmd = [
            python, str(SCRIPT), "--dir", str(self.messages), "--host", HOST,
            "--smtp-port", str(SMTP_PORT), "--http-port", str(SMTP_API_PORT),
        ]  # fmt: skip
        pid = spawn_detached(cmd, self.log, cwd=self.base)
        self.pid_file.write_text(f"{pid}\n")
        deadline = time.monotonic() + 30
        while not self._answers():
            if not pid_alive(pid):
                raise InfraError(f"SMTP sink exited during start; log tail:\n{tail(self.log)}")
            if time.monotonic() > deadline:
                raise InfraError(f"SMTP sink not ready after 30s; see {self.log}")
            time.sleep(0.1)
        say(NAME, f"listening on {HOST}:{SMTP_PORT}, messages at http://{HOST}:{SMTP_API_PORT}/")

    def _answers(self) -> bool:
        if not port_open(SMTP_PORT):
            return False
        url = f"http://{HOST}:{SMTP_API_PORT}/api/messages"
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                return bool(response.status == 200)
        except OSError:
            return False

    def down(self) -> None:
        pid = self.pid()
        if pid is None:
            self.pid_file.unlink(missing_ok=True)
            say(NAME, "not running")
            return
        killed = stop_process(pid, signal.SIGTERM, timeout=10)
        self.pid_file.unlink(missing_ok=True)
        say(NAME, f"stopped (pid {pid}{', killed -9' if killed else ''})")
