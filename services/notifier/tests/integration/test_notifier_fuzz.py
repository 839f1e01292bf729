"""Issue 23: no request built from the notifier OpenAPI answers a 5xx (schemathesis, hypothesis)."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest_asyncio
from ouvrage_platform.permissions import PERMISSIONS
from ouvrage_testing.fuzz import assert_no_server_error
from ouvrage_testing.smtp import SmtpSink


@pytest_asyncio.fixture(loop_scope="session", scope="module")
async def h(notifier_service: Any, smtp_sink: SmtpSink) -> AsyncIterator[Any]:
    async with notifier_service(smtp_host=smtp_sink.host, smtp_port=smtp_sink.port) as harness:
        yield harness


def _endless(label: str) -> bool:
    return label == "GET /alerts/stream"  # server-sent events: the answer never ends


async def test_no_request_answers_a_server_error(h: Any) -> None:
    headers = dict(h.auth(uuid.uuid4(), uuid.uuid4(), tuple(sorted(PERMISSIONS))))
    await assert_no_server_error(h.client, headers, service="notifier", skip=_endless)
