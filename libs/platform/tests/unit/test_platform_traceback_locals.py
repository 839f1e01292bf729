"""An unexpected error must not log a password held in a frame's locals."""

import io
import logging
from collections.abc import Iterator

import pytest
import structlog
from ouvrage_platform.logging import configure_logging


@pytest.fixture
def platform_logs() -> Iterator[io.StringIO]:
    saved_config = structlog.get_config()
    root = logging.getLogger()
    saved_handlers, saved_level = root.handlers[:], root.level
    buffer = io.StringIO()
    configure_logging("test", stream=buffer)
    try:
        yield buffer
    finally:
        structlog.configure(**saved_config)
        root.handlers[:] = saved_handlers
        root.setLevel(saved_level)


def failing_login(password: str) -> None:
    raise RuntimeError("database unavailable")


def log_a_crash() -> None:
    try:
        failing_login("Sup3r-Secret-2024!")
    except RuntimeError as exc:
        structlog.get_logger("test").error("http.unhandled_error", exc_info=exc)
        logging.getLogger("uvicorn.error").error("crash", exc_info=exc)


def test_tracebacks_keep_their_frames_but_lose_their_locals(platform_logs: io.StringIO) -> None:
    log_a_crash()
    output = platform_logs.getvalue()
    assert "failing_login" in output and "database unavailable" in output
    assert output.count("failing_login") >= 2  # structlog and stdlib records both rendered
    assert "Sup3r-Secret-2024!" not in output
