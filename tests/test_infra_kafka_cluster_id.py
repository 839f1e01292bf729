"""The KRaft cluster id the launcher makes is never read as an option by Kafka's StorageTool: a
URL-safe base64 id may start with "-" (1 in 64), which once failed a CI run's SASL broker."""

from __future__ import annotations

import sys
import uuid
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "deploy" / "local"))

import infra_kafka


def test_a_cluster_id_never_starts_with_a_dash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dashed = uuid.UUID(bytes=b"\xf8" + bytes(15))  # urlsafe base64 "-A..." (index 62)
    plain = uuid.UUID(bytes=bytes(16))
    draws = iter([dashed, dashed, plain])
    monkeypatch.setattr(infra_kafka.uuid, "uuid4", lambda: next(draws))
    broker = infra_kafka.Kafka(tmp_path, dirname="k")
    broker.base.mkdir(parents=True)

    cluster_id = broker._cluster_id()

    assert cluster_id == "AAAAAAAAAAAAAAAAAAAAAA"
    assert broker._cluster_id() == cluster_id  # kept in cluster.id once made
