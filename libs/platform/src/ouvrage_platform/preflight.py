"""Before a command starts: the settings load, the database and the broker answer. Each failure
is ONE line on stderr naming the variable to fix (exit 2), not a traceback."""

from __future__ import annotations

import asyncio
import sys

import asyncpg
from aiokafka import AIOKafkaClient
from aiokafka.errors import KafkaError
from ouvrage_events.runtime.kafka import client_options
from pydantic import ValidationError

from ouvrage_platform.settings import PlaceholderSecretError, ServiceSettings
from ouvrage_platform.settings_safety import SettingsError, variable

# What "cannot reach" looks like from asyncpg and aiokafka (and a DNS name that does not resolve).
UNREACHABLE: tuple[type[BaseException], ...] = (
    OSError,
    TimeoutError,
    asyncpg.PostgresError,
    asyncpg.InterfaceError,
    KafkaError,
)
SETTINGS_ERRORS: tuple[type[BaseException], ...] = (
    SettingsError,
    PlaceholderSecretError,
    ValidationError,
)


def describe_settings_error(exc: BaseException, prefix: str) -> str:
    """One line; a ValidationError names each variable, never the value it was given."""
    if isinstance(exc, ValidationError):
        return "; ".join(
            f"{variable(prefix, str(err['loc'][0]) if err['loc'] else '?')}: {err['msg']}"
            for err in exc.errors(include_input=False)
        )
    return str(exc)


def fail(service: str, message: str) -> int:
    print(f"ouvrage-{service}: {message}", file=sys.stderr)
    return 2


async def unreachable(settings: ServiceSettings, timeout: float = 5.0) -> str | None:
    """Why the database or the broker cannot be reached, or None when both answer."""
    prefix = str(settings.model_config.get("env_prefix", ""))
    try:
        conn = await asyncpg.connect(settings.database_url, timeout=timeout)
        await conn.close()
    except UNREACHABLE as exc:
        return f"the database ({variable(prefix, 'database_url')}) is unreachable: {why(exc)}"
    client = AIOKafkaClient(
        **client_options(settings.kafka_bootstrap), request_timeout_ms=int(timeout * 1000)
    )
    try:
        async with asyncio.timeout(timeout):
            await client.bootstrap()
    except UNREACHABLE as exc:
        name = variable(prefix, "kafka_bootstrap")
        return f"the broker ({name}) is unreachable: {why(exc)}"
    finally:
        await client.close()
    return None


def why(exc: BaseException) -> str:
    # The class and the library's short message: no URL (it may hold a password).
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}" + (f" ({text[:160]})" if text and "@" not in text else "")
