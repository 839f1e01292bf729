import pytest
from ouvrage_platform.settings import PlaceholderSecretError, ServiceSettings, refuse_placeholders
from pydantic import SecretStr
from pydantic_settings import SettingsConfigDict

KAFKA = {"kafka_bootstrap": "kafka:9093", "kafka_security_protocol": "PLAINTEXT"}


class DemoSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="DEMO_")
    secret_fields = (*ServiceSettings.secret_fields, "smtp_password")

    http_port: int = 8009
    smtp_password: SecretStr = SecretStr("changeme")


def test_reads_the_service_prefix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEMO_DATABASE_URL", "postgresql://u:p@db/demo")
    monkeypatch.setenv("DEMO_HTTP_PORT", "8100")
    monkeypatch.setenv("DATABASE_URL", "postgresql://wrong")

    settings = DemoSettings()

    assert settings.database_url == "postgresql://u:p@db/demo"
    assert settings.http_port == 8100
    assert settings.kafka_bootstrap == "127.0.0.1:59092"
    assert settings.jwks_url == "http://127.0.0.1:8001/.well-known/jwks.json"
    assert settings.environment == "development"


def test_placeholders_are_fine_in_development() -> None:
    settings = DemoSettings(database_url="postgresql://ouvrage:ouvrage@127.0.0.1:55432/demo")

    assert settings.smtp_password.get_secret_value() == "changeme"


def test_placeholders_are_refused_in_production_without_echoing_them() -> None:
    with pytest.raises(PlaceholderSecretError) as raised:
        DemoSettings(
            database_url="postgresql://ouvrage:ouvrage@db/demo",
            environment="production",
            **KAFKA,
            smtp_password=SecretStr("s3cr3t-value"),
        )

    assert "database_url" in str(raised.value)
    assert "ouvrage@db" not in str(raised.value)
    # the development key vault and platform key (crypto-shredding) are placeholders too
    assert "keys_database_url" in str(raised.value) and "platform_key" in str(raised.value)


def test_secret_str_fields_are_checked() -> None:
    with pytest.raises(PlaceholderSecretError, match="smtp_password"):
        DemoSettings(
            database_url="postgresql://app:Str0ng@db/demo", environment="production", **KAFKA
        )


def test_real_secrets_pass_in_production() -> None:
    settings = DemoSettings(
        database_url="postgresql://app:Str0ng@db/demo",
        environment="production",
        smtp_password=SecretStr("Str0ng-too"),
        keys_database_url="postgresql://vault:Str0ng@db/ouvrage_keys",
        platform_key=SecretStr("c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LTMyYg=="),
        **KAFKA,
    )

    refuse_placeholders(settings, "database_url", "smtp_password")


def test_invalid_values_do_not_echo_the_input() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError) as raised:
        DemoSettings(database_url="postgresql://app:Str0ng@db/demo", http_port="not-a-port")  # type: ignore[arg-type]

    assert "not-a-port" not in str(raised.value)
