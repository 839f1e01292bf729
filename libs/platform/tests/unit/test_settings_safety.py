"""Outside development nothing falls back to a local default; SASL needs its credentials; the
CLI answers a bad setting or an unreachable database/broker with one line (issue 13, part 5)."""

import pytest
from ouvrage_platform import preflight
from ouvrage_platform.cli import ServiceCli
from ouvrage_platform.settings import ServiceSettings
from ouvrage_platform.settings_safety import SettingsError
from pydantic import SecretStr
from pydantic_settings import SettingsConfigDict


class DemoSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="DEMO_")

    http_port: int = 8009


def test_development_falls_back_to_the_local_broker() -> None:
    settings = DemoSettings(database_url="postgresql://u:p@db/demo")
    assert settings.kafka_bootstrap == "127.0.0.1:59092"
    assert settings.kafka_security().options() == {"security_protocol": "PLAINTEXT"}


def test_outside_development_the_database_and_broker_are_named_or_refused() -> None:
    with pytest.raises(SettingsError) as raised:
        DemoSettings(database_url="postgresql://u:p@db/demo", environment="test")
    assert str(raised.value).startswith("DEMO_KAFKA_BOOTSTRAP must be set when DEMO_ENVIRONMENT")
    assert "\n" not in str(raised.value)
    DemoSettings(database_url="postgresql://u:p@db/demo", environment="test", kafka_bootstrap="k:1")


def test_production_chooses_plaintext_explicitly() -> None:
    base = {
        "database_url": "postgresql://u:p@db/demo",
        "kafka_bootstrap": "k:9093",
        "keys_database_url": "postgresql://u:p@keys/k",
        "platform_key": "a-real-random-platform-key",
    }
    with pytest.raises(SettingsError, match="DEMO_KAFKA_SECURITY_PROTOCOL"):
        DemoSettings(**base, environment="production")
    DemoSettings(**base, environment="production", kafka_security_protocol="PLAINTEXT")


def test_sasl_needs_a_username_and_a_password_and_gives_aiokafka_options() -> None:
    with pytest.raises(SettingsError, match="DEMO_KAFKA_USERNAME and DEMO_KAFKA_PASSWORD"):
        DemoSettings(database_url="postgresql://u:p@db/demo", kafka_security_protocol="SASL_SSL")
    settings = DemoSettings(
        database_url="postgresql://u:p@db/demo",
        kafka_security_protocol="SASL_PLAINTEXT",
        kafka_username="clients",
        kafka_password=SecretStr("Kafka-Secret-1"),
    )
    options = settings.kafka_security().options()
    assert options["sasl_mechanism"] == "SCRAM-SHA-512"
    assert options["sasl_plain_username"] == "clients"
    assert "Kafka-Secret-1" not in repr(settings.kafka_security())


async def _migrate(_settings: DemoSettings) -> list[str]:
    return []


def _cli() -> ServiceCli[DemoSettings]:
    return ServiceCli(service="demo", settings=DemoSettings, app=None, migrate=_migrate)  # type: ignore[arg-type]


def test_the_cli_answers_a_missing_setting_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DEMO_DATABASE_URL", "postgresql://u:Secret@db/demo")
    monkeypatch.setenv("DEMO_ENVIRONMENT", "production")
    assert _cli().main(["migrate"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("ouvrage-demo: DEMO_KAFKA_BOOTSTRAP, DEMO_KAFKA_SECURITY_PROTOCOL")
    assert "Secret" not in err


def test_the_cli_answers_a_bad_value_with_one_line_without_echoing_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DEMO_DATABASE_URL", "postgresql://u:p@db/demo")
    monkeypatch.setenv("DEMO_HTTP_PORT", "pas-un-port")
    assert _cli().main(["migrate"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "DEMO_HTTP_PORT" in err and "pas-un-port" not in err


async def test_an_unreachable_database_is_one_line_naming_its_variable() -> None:
    settings = DemoSettings(database_url="postgresql://u:Secret@127.0.0.1:1/demo")
    problem = await preflight.unreachable(settings, timeout=2)
    assert problem is not None and problem.startswith("the database (DEMO_DATABASE_URL)")
    assert "Secret" not in problem


async def test_an_unreachable_broker_is_one_line_naming_its_variable(database_dsn: str) -> None:
    settings = DemoSettings(database_url=database_dsn, kafka_bootstrap="127.0.0.1:1")
    problem = await preflight.unreachable(settings, timeout=2)
    assert problem is not None and problem.startswith("the broker (DEMO_KAFKA_BOOTSTRAP)")
