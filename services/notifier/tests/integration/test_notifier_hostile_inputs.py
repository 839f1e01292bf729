"""Issue 23: what a hostile or careless client sends answers a 4xx problem, never a 500."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio
from ouvrage_testing.hostile import NUL, TAMPERED_CURSORS, assert_problem
from ouvrage_testing.smtp import SmtpSink


@pytest_asyncio.fixture(loop_scope="session", scope="module")
async def h(notifier_service: Any, smtp_sink: SmtpSink) -> AsyncIterator[Any]:
    async with notifier_service(smtp_host=smtp_sink.host, smtp_port=smtp_sink.port) as harness:
        yield harness


def _admin(h: Any) -> dict[str, str]:
    return dict(h.auth(uuid.uuid4(), uuid.uuid4(), ("settings.manage",)))


@pytest.mark.parametrize("name", sorted(TAMPERED_CURSORS))
async def test_tampered_cursors_are_400_invalid_cursor(h: Any, name: str) -> None:
    for path in ("/alerts", "/emails"):
        answer = await h.client.get(
            path, params={"cursor": TAMPERED_CURSORS[name]}, headers=_admin(h)
        )
        assert_problem(answer, 400, "invalid_cursor")


async def test_a_nul_in_a_path_or_query_parameter_is_a_422(h: Any) -> None:
    domain = await h.client.get("/sender-domains/exemple%00.fr", headers=_admin(h))
    assert_problem(domain, 422, "validation_error", "domain")
    stream = await h.client.get("/alerts/stream", params={"access_token": NUL})
    assert_problem(stream, 422, "validation_error", "access_token")
