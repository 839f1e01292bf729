"""Settings that must never fall back silently: outside development, where the database and the
broker are, and (in production) how the broker is reached, are given explicitly. A missing or
inconsistent one is ONE line naming the variable, never a local default nor a traceback."""

from __future__ import annotations

from collections.abc import Iterable

REQUIRED_OUTSIDE_DEVELOPMENT: tuple[str, ...] = ("database_url", "kafka_bootstrap")
REQUIRED_IN_PRODUCTION: tuple[str, ...] = ("kafka_security_protocol",)


class SettingsError(RuntimeError):
    """A setting is missing or inconsistent (a RuntimeError: pydantic would wrap a ValueError
    in a long message echoing the input)."""


def variable(prefix: str, field: str) -> str:
    return f"{prefix}{field.upper()}"


def require_explicit(
    prefix: str, environment: str, given: Iterable[str], required: Iterable[str]
) -> None:
    """Raise naming the variables of ``required`` that were not given."""
    missing = sorted(set(required) - set(given))
    if missing:
        names = ", ".join(variable(prefix, f) for f in missing)
        raise SettingsError(
            f"{names} must be set when {variable(prefix, 'environment')} is {environment} "
            "(only development falls back to the local defaults)"
        )


def check_kafka_security(
    prefix: str, protocol: str, username: str | None, has_password: bool
) -> None:
    if protocol.startswith("SASL_") and not (username and has_password):
        raise SettingsError(
            f"{variable(prefix, 'kafka_username')} and {variable(prefix, 'kafka_password')} "
            f"are required with {variable(prefix, 'kafka_security_protocol')}={protocol}"
        )
