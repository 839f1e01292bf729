"""The broker is authenticated unless PLAINTEXT is chosen: the launcher's choice, what the tests
connect as (ouvrage_testing.kafka_access), and the services' settings under `make up`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from ouvrage_events.runtime.kafka import KafkaSecurity, client_options, register_security
from ouvrage_testing.kafka_access import kafka_access

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "deploy" / "local"))

import infra_kafka_sasl  # noqa: E402
from infra_common import InfraError  # noqa: E402

VARIABLES = ("BOOTSTRAP", "SECURITY_PROTOCOL", "CREDENTIALS", "USERNAME", "PASSWORD", "DATA_DIR")


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    for name in VARIABLES:
        monkeypatch.delenv(f"OUVRAGE_TEST_KAFKA_{name}", raising=False)
    monkeypatch.delenv("OUVRAGE_KAFKA_SECURITY", raising=False)
    monkeypatch.setenv("OUVRAGE_LOCAL_DIR", str(tmp_path))
    return tmp_path


def _credentials(directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "credentials.json"
    path.write_text(json.dumps({"admin": "a-pw", "clients": "c-pw"}))
    return path


def test_the_launcher_starts_the_sasl_broker_unless_plaintext_is_chosen(
    clean_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert infra_kafka_sasl.sasl_chosen()
    monkeypatch.setenv("OUVRAGE_KAFKA_SECURITY", "plaintext")
    assert not infra_kafka_sasl.sasl_chosen()
    monkeypatch.setenv("OUVRAGE_KAFKA_SECURITY", "ouvert")
    with pytest.raises(InfraError, match="OUVRAGE_KAFKA_SECURITY=ouvert"):
        infra_kafka_sasl.sasl_chosen()


def test_the_tests_connect_to_the_launchers_broker_as_its_administrator(clean_env: Path) -> None:
    _credentials(clean_env / "kafka-sasl")
    access = kafka_access()
    assert access.bootstrap == "127.0.0.1:59092" and access.authenticated
    assert (access.security.username, access.security.password) == ("admin", "a-pw")
    assert access.service_security("clients").username == "clients"
    assert access.env("clients", access.service_security("clients"))["CLIENTS_KAFKA_PASSWORD"] == (
        "c-pw"
    )
    assert access.data_dir == clean_env / "kafka-sasl" / "data"


def test_without_the_launchers_credentials_the_failure_says_what_to_do(clean_env: Path) -> None:
    with pytest.raises(RuntimeError, match="OUVRAGE_TEST_KAFKA_SECURITY_PROTOCOL=PLAINTEXT"):
        kafka_access()


def test_a_plaintext_broker_is_used_when_described_so(
    clean_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OUVRAGE_TEST_KAFKA_BOOTSTRAP", "127.0.0.1:61000")
    monkeypatch.setenv("OUVRAGE_TEST_KAFKA_SECURITY_PROTOCOL", "PLAINTEXT")
    access = kafka_access()
    assert not access.authenticated and access.settings()["kafka_security_protocol"] == "PLAINTEXT"
    assert access.service_security("clients") == access.security
    monkeypatch.delenv("OUVRAGE_TEST_KAFKA_SECURITY_PROTOCOL")
    assert not kafka_access().authenticated  # named without credentials: one's own plain broker
    monkeypatch.setenv("OUVRAGE_TEST_KAFKA_CREDENTIALS", str(_credentials(clean_env / "other")))
    assert kafka_access().security.protocol == "SASL_PLAINTEXT"


def test_an_authenticated_registration_is_never_downgraded() -> None:
    bootstrap = "127.0.0.1:1"
    register_security(bootstrap, KafkaSecurity("SASL_PLAINTEXT", username="admin", password="x"))
    register_security(bootstrap, KafkaSecurity())  # an app built with default settings
    assert client_options(bootstrap)["sasl_plain_username"] == "admin"
    register_security(bootstrap, KafkaSecurity("SASL_PLAINTEXT", username="sales", password="y"))
    assert client_options(bootstrap)["sasl_plain_username"] == "sales"


def test_make_up_runs_each_service_under_its_own_principal(clean_env: Path) -> None:
    import system

    passwords = {user: f"{user}-pw" for user in ("admin", *system.SERVICES)}
    (clean_env / "kafka-sasl").mkdir()
    (clean_env / "kafka-sasl" / "credentials.json").write_text(json.dumps(passwords))
    env = system.service_env(system.DEFAULT_PORTS, {})
    for service in system.SERVICES:
        prefix = service.upper()
        assert env[f"{prefix}_KAFKA_SECURITY_PROTOCOL"] == "SASL_PLAINTEXT"
        assert env[f"{prefix}_KAFKA_USERNAME"] == service
        assert env[f"{prefix}_KAFKA_PASSWORD"] == f"{service}-pw"
