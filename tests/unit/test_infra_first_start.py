"""A fresh checkout's first `infra.py up`: the SASL broker fetches the shared Kafka jars before
``local/kafka`` exists, and any failure of a component fails `up` (a CI run once went on with
no broker because an OSError escaped the component's thread)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "deploy" / "local"))

import infra  # noqa: E402
import infra_kafka  # noqa: E402
from infra_kafka_sasl import SaslKafka  # noqa: E402


def test_the_first_broker_to_fetch_the_jars_creates_their_shared_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    broker = SaslKafka(tmp_path, port=1, controller_port=2)
    broker.base.mkdir(parents=True)

    def maven(command: list[str], **_: Any) -> subprocess.CompletedProcess[str]:
        out = Path(next(a for a in command if a.startswith("-DoutputDirectory=")).split("=", 1)[1])
        out.mkdir(parents=True)
        (out / "kafka_2.13-4.1.0.jar").write_bytes(b"jar")
        return subprocess.CompletedProcess(command, 0, "", "")

    monkeypatch.setattr(infra_kafka, "require_tool", lambda *_: "mvn")
    monkeypatch.setattr(infra_kafka.subprocess, "run", maven)
    assert not (tmp_path / "kafka").exists()
    broker._fetch_jars()
    assert (tmp_path / "kafka" / "libs" / "kafka_2.13-4.1.0.jar").exists()
    assert broker.marker.exists()


class _Broken:
    def up(self) -> None:
        raise FileNotFoundError("no such file")


def test_up_fails_when_a_component_raises_anything(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OUVRAGE_LOCAL_DIR", str(tmp_path))
    monkeypatch.setattr(infra, "components", lambda: {"smtp": _Broken()})
    assert infra.up(["smtp"]) == 2
    assert "infra: smtp: FileNotFoundError: no such file" in capsys.readouterr().err
