"""Tokens revoked by identity's events are refused, and an open alert stream ends when its
token expires or its user is deactivated (issue 13, revocation)."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest_asyncio
from ouvrage_events.catalog.identity import UserDeactivated, UserPermissionsChanged
from ouvrage_testing.smtp import SmtpSink


@pytest_asyncio.fixture(loop_scope="session", scope="module")
async def h(notifier_service: Any, smtp_sink: SmtpSink) -> AsyncIterator[Any]:
    async with notifier_service(
        smtp_host=smtp_sink.host, smtp_port=smtp_sink.port, http=True
    ) as harness:
        yield harness


async def _events_until_end(response: httpx.Response) -> list[str]:
    names: list[str] = []
    async for line in response.aiter_lines():
        if line.startswith("event:"):
            names.append(line.partition(":")[2].strip())
            if names[-1] == "session_ended":
                return names
    return names


async def _refused_soon(h: Any, headers: dict[str, str], timeout: float = 15.0) -> float:
    """Seconds until ``GET /alerts`` answers 401 (a timeout fails the test)."""
    started = asyncio.get_running_loop().time()
    async with asyncio.timeout(timeout):
        while (answer := await h.client.get("/alerts", headers=headers)).status_code != 401:
            assert answer.status_code == 200
            await asyncio.sleep(0.2)
    assert answer.headers["content-type"] == "application/problem+json"
    assert "reconnectez-vous" in answer.json()["detail"]
    return asyncio.get_running_loop().time() - started


async def test_a_deactivated_users_token_is_refused_and_their_stream_ends(h: Any) -> None:
    tenant_id, user = uuid.uuid4(), uuid.uuid4()
    headers = h.auth(user, tenant_id)
    assert (await h.client.get("/alerts", headers=headers)).status_code == 200
    async with h.client.stream("GET", "/alerts/stream", headers=headers) as response:
        assert response.status_code == 200
        reader = asyncio.ensure_future(_events_until_end(response))
        await h.publish(UserDeactivated(user_id=user), tenant_id=tenant_id, aggregate_id=user)
        events = await asyncio.wait_for(reader, 20)
    assert events == ["ready", "session_ended"]
    await _refused_soon(h, headers)
    # A new token is refused too: a deactivated user is never valid again.
    assert (await h.client.get("/alerts", headers=h.auth(user, tenant_id))).status_code == 401


async def test_tokens_issued_before_a_permission_change_are_refused_newer_ones_accepted(
    h: Any,
) -> None:
    tenant_id, user = uuid.uuid4(), uuid.uuid4()
    old = h.auth(user, tenant_id, ("planning.manage",))
    await asyncio.sleep(1.0)  # tokens' iat are whole seconds here
    event = UserPermissionsChanged(user_id=user, is_admin=False, permissions=[])
    await h.publish(event, tenant_id=tenant_id, aggregate_id=user)
    await _refused_soon(h, old)
    await asyncio.sleep(1.0)
    assert (await h.client.get("/alerts", headers=h.auth(user, tenant_id))).status_code == 200
    # Somebody else is not affected.
    other = h.auth(uuid.uuid4(), tenant_id)
    assert (await h.client.get("/alerts", headers=other)).status_code == 200


async def test_a_stream_ends_when_its_token_expires(h: Any) -> None:
    tenant_id, user = uuid.uuid4(), uuid.uuid4()
    token = h.minter.mint(user, tenant_id, ttl=3)
    async with h.client.stream("GET", "/alerts/stream", params={"access_token": token}) as response:
        assert response.status_code == 200
        events = await asyncio.wait_for(_events_until_end(response), 20)
    assert events == ["ready", "session_ended"]
