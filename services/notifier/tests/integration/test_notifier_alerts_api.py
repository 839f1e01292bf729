"""``/alerts`` over HTTP (served by uvicorn for the live stream): listing with the unread count
and pagination, marking read with If-Match, confinement to the caller, server-sent events."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

import httpx
import pytest_asyncio
from ouvrage_events.catalog.actions import ActionShared
from ouvrage_testing.smtp import SmtpSink

ALERT_AT = datetime(2026, 3, 12, 8, 30, tzinfo=UTC)


@pytest_asyncio.fixture(loop_scope="session", scope="module")
async def h(notifier_service: Any, smtp_sink: SmtpSink) -> AsyncIterator[Any]:
    async with notifier_service(
        smtp_host=smtp_sink.host, smtp_port=smtp_sink.port, http=True
    ) as harness:
        yield harness


async def share(h: Any, tenant_id: UUID, users: list[UUID], type_name: str) -> Any:
    event = ActionShared(
        action_id=uuid.uuid4(), user_ids=users, client_id=uuid.uuid4(), client_name="Dupont",
        type_name=type_name, alert_at=ALERT_AT,
    )  # fmt: skip
    return await h.publish(event, tenant_id=tenant_id, aggregate_id=event.action_id)


async def inbox_of(h: Any, count: int) -> tuple[UUID, UUID]:
    tenant_id = uuid.uuid4()
    user = uuid.uuid4()
    for i in range(count):
        await share(h, tenant_id, [user], f"Action {i}")
    await h.wait_alerts(user, tenant_id, count=count)
    return tenant_id, user


async def test_alerts_are_listed_newest_first_with_the_unread_count_and_pages(h: Any) -> None:
    tenant_id, user = await inbox_of(h, 5)
    first = await h.alerts(user, tenant_id, limit=2)
    assert first["unread_count"] == 5
    assert len(first["items"]) == 2 and first["next_cursor"]
    titles = [i["title"] for i in first["items"]]
    cursor = first["next_cursor"]
    while cursor:
        page = await h.alerts(user, tenant_id, limit=2, cursor=cursor)
        titles += [i["title"] for i in page["items"]]
        cursor = page["next_cursor"]
    assert sorted(titles) == sorted(f"Action partagée : Action {i}" for i in range(5))
    assert len(set(titles)) == 5
    raised = [i["raised_at"] for i in (await h.alerts(user, tenant_id))["items"]]
    assert raised == sorted(raised, reverse=True)


async def test_reading_an_alert_updates_the_unread_list_and_is_idempotent(h: Any) -> None:
    tenant_id, user = await inbox_of(h, 2)
    alert = (await h.alerts(user, tenant_id))["items"][0]
    headers = h.auth(user, tenant_id)
    response = await h.client.post(f"/alerts/{alert['id']}/read", headers=headers)
    assert response.status_code == 200
    body = response.json()
    assert body["read"] is True and body["version"] == 2
    assert response.headers["etag"] == '"2"'
    again = await h.client.post(f"/alerts/{alert['id']}/read", headers=headers)
    assert again.json()["version"] == 2  # nothing new recorded
    unread = await h.alerts(user, tenant_id, unread="true")
    assert unread["unread_count"] == 1
    assert [i["id"] for i in unread["items"]] != [alert["id"]]
    assert len(unread["items"]) == 1
    read_events = await h.wait_notifier_event(
        "ouvrage.notifier.AlertMarkedRead", lambda e: e.payload["alert_id"] == alert["id"]
    )
    assert len(read_events) == 1


async def test_if_match_with_a_stale_version_answers_412(h: Any) -> None:
    tenant_id, user = await inbox_of(h, 1)
    (alert,) = (await h.alerts(user, tenant_id))["items"]
    headers = {**h.auth(user, tenant_id), "If-Match": '"7"'}
    stale = await h.client.post(f"/alerts/{alert['id']}/read", headers=headers)
    assert stale.status_code == 412
    assert stale.json()["code"] == "version_conflict"
    assert stale.json()["current_version"] == 1
    assert (await h.alerts(user, tenant_id))["unread_count"] == 1
    headers["If-Match"] = '"1"'
    ok = await h.client.post(f"/alerts/{alert['id']}/read", headers=headers)
    assert ok.status_code == 200


async def test_another_users_or_companys_alert_answers_404(h: Any) -> None:
    tenant_id, user = await inbox_of(h, 1)
    (alert,) = (await h.alerts(user, tenant_id))["items"]
    for other in (h.auth(uuid.uuid4(), tenant_id), h.auth(user, uuid.uuid4())):
        response = await h.client.post(f"/alerts/{alert['id']}/read", headers=other)
        assert response.status_code == 404
        assert response.json()["code"] == "alert_not_found"
        assert response.json()["detail"] == "Cette alerte est introuvable."
    assert (await h.alerts(user, uuid.uuid4()))["items"] == []
    assert (await h.alerts(user, tenant_id))["unread_count"] == 1


async def test_alerts_need_a_valid_token(h: Any) -> None:
    assert (await h.client.get("/alerts")).status_code == 401
    bad = await h.client.get("/alerts", headers={"Authorization": "Bearer x.y.z"})
    assert (bad.status_code, bad.json()["code"]) == (401, "unauthenticated")
    stream = await h.client.get("/alerts/stream", params={"access_token": "x.y.z"})
    assert stream.status_code == 401


async def read_events(response: httpx.Response, count: int) -> list[dict[str, str]]:
    """The first ``count`` server-sent events of a streaming response."""
    events: list[dict[str, str]] = []
    current: dict[str, str] = {}
    async for line in response.aiter_lines():
        if not line:
            if current.get("event"):
                events.append(current)
            current = {}
            if len(events) == count:
                return events
            continue
        field, _, value = line.partition(":")
        current[field] = value.strip()
    return events


async def test_the_stream_pushes_new_alerts_of_the_caller_only(h: Any) -> None:
    tenant_id, user = uuid.uuid4(), uuid.uuid4()
    token = h.minter.mint(user, tenant_id)
    async with h.client.stream("GET", "/alerts/stream", params={"access_token": token}) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        # The headers came back, so the stream is subscribed: what is raised now is pushed.
        reader = asyncio.ensure_future(read_events(response, 2))
        await share(h, tenant_id, [uuid.uuid4()], "Pas pour moi")
        env = await share(h, tenant_id, [user], "Pour moi")
        ready, alert = await asyncio.wait_for(reader, 30)
    assert ready["event"] == "ready"
    assert json.loads(ready["data"]) == {"unread_count": 0}
    assert alert["event"] == "alert"
    data = json.loads(alert["data"])
    assert data["title"] == "Action partagée : Pour moi"
    assert data["source_event_id"] == str(env.event_id)
    assert alert["id"] == data["id"]


async def test_a_reconnecting_stream_gets_what_it_missed(h: Any) -> None:
    tenant_id, user = await inbox_of(h, 1)
    (seen,) = (await h.alerts(user, tenant_id))["items"]
    await share(h, tenant_id, [user], "Pendant la coupure")
    await h.wait_alerts(user, tenant_id, count=2)
    headers = {**h.auth(user, tenant_id), "Last-Event-ID": seen["id"]}
    async with h.client.stream("GET", "/alerts/stream", headers=headers) as response:
        ready, missed = await asyncio.wait_for(read_events(response, 2), 30)
    assert json.loads(ready["data"]) == {"unread_count": 2}
    assert json.loads(missed["data"])["title"] == "Action partagée : Pendant la coupure"
