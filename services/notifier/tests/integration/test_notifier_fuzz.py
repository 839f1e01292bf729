"""Issue 23: no request built from the notifier OpenAPI answers a 5xx (hypothesis, schemathesis)."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest_asyncio
from ouvrage_platform.permissions import PERMISSIONS
from ouvrage_testing.fuzz import hostile_run, openapi_of, schemathesis_run
from ouvrage_testing.smtp import SmtpSink

EXAMPLES = 6  # per operation and mode (positive, negative)
HOSTILE_EXAMPLES = 20  # per operation


def _endless(label: str) -> bool:
    return label == "GET /alerts/stream"  # server-sent events: the answer never ends


@pytest_asyncio.fixture(loop_scope="session", scope="module")
async def h(notifier_service: Any, smtp_sink: SmtpSink) -> AsyncIterator[Any]:
    async with notifier_service(smtp_host=smtp_sink.host, smtp_port=smtp_sink.port) as harness:
        yield harness


def _headers(h: Any) -> dict[str, str]:
    return dict(h.auth(uuid.uuid4(), uuid.uuid4(), tuple(sorted(PERMISSIONS))))


async def test_schemathesis_finds_no_server_error(h: Any) -> None:
    report = await schemathesis_run(
        h.client, await openapi_of(h.client), _headers(h),
        examples_per_operation=EXAMPLES, skip=_endless,
    )  # fmt: skip
    print(f"notifier schemathesis: {report}")
    assert report.sent > 0 and not report.server_errors, "\n".join(report.server_errors)


async def test_hostile_values_find_no_server_error(h: Any) -> None:
    report = await hostile_run(
        h.client, await openapi_of(h.client), _headers(h),
        examples_per_operation=HOSTILE_EXAMPLES, skip=_endless,
    )  # fmt: skip
    print(f"notifier hostile: {report}")
    assert report.sent > 0 and not report.server_errors, "\n".join(report.server_errors)
