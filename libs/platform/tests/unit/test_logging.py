import io
import json
import logging
from collections.abc import Iterator
from typing import Any

import pytest
import structlog
from ouvrage_platform.logging import REDACTED, configure_logging, redact_secrets


@pytest.fixture
def stream() -> Iterator[io.StringIO]:
    buffer = io.StringIO()
    configure_logging("demo", "DEBUG", stream=buffer)
    yield buffer
    structlog.reset_defaults()
    logging.getLogger().handlers.clear()


def lines(buffer: io.StringIO) -> list[dict[str, Any]]:
    return [json.loads(line) for line in buffer.getvalue().splitlines()]


def test_logs_are_json_lines_with_service_level_and_iso_time(stream: io.StringIO) -> None:
    structlog.get_logger().info("client.blocked", client_id="c-1")

    [line] = lines(stream)
    assert line["event"] == "client.blocked"
    assert line["client_id"] == "c-1"
    assert line["service"] == "demo"
    assert line["level"] == "info"
    assert line["timestamp"].endswith("Z")
    assert "T" in line["timestamp"]


def test_bound_request_ids_are_merged(stream: io.StringIO) -> None:
    with structlog.contextvars.bound_contextvars(correlation_id="corr-1", tenant_id="t-1"):
        structlog.get_logger().info("action.created")

    [line] = lines(stream)
    assert line["correlation_id"] == "corr-1"
    assert line["tenant_id"] == "t-1"


def test_sensitive_keys_are_redacted_at_any_depth(stream: io.StringIO) -> None:
    structlog.get_logger().info(
        "user.login",
        user_id="u-1",
        password="hunter2",
        Authorization="Bearer abc",
        request={"headers": {"Cookie": "sid=1", "accept": "json"}, "refresh_token": "r"},
        attempts=[{"api_secret": "x", "n": 1}],
        password_hash="$argon2id$...",
    )

    [line] = lines(stream)
    assert line["user_id"] == "u-1"
    assert line["password"] == REDACTED
    assert line["Authorization"] == REDACTED
    assert line["password_hash"] == REDACTED
    assert line["request"]["headers"] == {"Cookie": REDACTED, "accept": "json"}
    assert line["request"]["refresh_token"] == REDACTED
    assert line["attempts"] == [{"api_secret": REDACTED, "n": 1}]
    assert "hunter2" not in stream.getvalue()


def test_stdlib_logs_are_json_and_redacted(stream: io.StringIO) -> None:
    logging.getLogger("uvicorn.access").info(
        '%s - "%s %s HTTP/%s" %d',
        "127.0.0.1",
        "GET",
        "/alerts/stream?access_token=abc.def",
        "1.1",
        200,
    )

    [line] = lines(stream)
    assert line["logger"] == "uvicorn.access"
    assert line["service"] == "demo"
    assert "abc.def" not in line["event"]
    assert '"GET /alerts/stream?… HTTP/1.1" 200' in line["event"]


def test_access_logs_drop_query_strings_with_personal_data(stream: io.StringIO) -> None:
    logging.getLogger("uvicorn.access").info(
        '%s - "%s %s HTTP/%s" %d', "127.0.0.1", "GET", "/clients?q=Pavi%C3%A8re+06+12", "1.1", 200
    )
    logging.getLogger("uvicorn.access").info(
        '%s - "%s %s HTTP/%s" %d', "127.0.0.1", "GET", "/clients/42", "1.1", 200
    )

    first, second = lines(stream)
    assert "Pavi" not in first["event"] and "06" not in first["event"]
    assert "/clients?…" in first["event"]
    assert '"GET /clients/42 HTTP/1.1"' in second["event"]


def test_level_filters(stream: io.StringIO) -> None:
    configure_logging("demo", "WARNING", stream=stream)

    structlog.get_logger().info("ignored")
    structlog.get_logger().warning("kept")

    assert [line["event"] for line in lines(stream)] == ["kept"]


def test_redact_processor_leaves_the_event_name() -> None:
    event = redact_secrets(None, "info", {"event": "auth.token_issued", "token": "t"})

    assert event == {"event": "auth.token_issued", "token": REDACTED}


def test_exceptions_are_rendered_as_structured_tracebacks(stream: io.StringIO) -> None:
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        structlog.get_logger().exception("failed")

    [line] = lines(stream)
    assert line["exception"][0]["exc_type"] == "RuntimeError"
