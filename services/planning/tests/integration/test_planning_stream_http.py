"""The live board over HTTP: ``GET /planning/stream`` pushes a company's committed planning
changes to that company only; ``GET /planning?client_id=`` is one client's « Planning » tab."""

from __future__ import annotations

import asyncio
import contextlib
import json
import uuid
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

import httpx
import pytest
import uvicorn

if TYPE_CHECKING:
    from conftest import PlanningHarness

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def _events(response: httpx.Response, count: int) -> list[dict[str, str]]:
    """The first ``count`` server-sent events (pings are comments, skipped)."""
    events: list[dict[str, str]] = []
    current: dict[str, str] = {}
    async for line in response.aiter_lines():
        if not line:
            if current.get("event"):
                events.append(current)
                if len(events) == count:
                    return events
            current = {}
            continue
        field, _, value = line.partition(":")
        if field:
            current[field] = value.strip()
    return events


@contextlib.asynccontextmanager
async def _served(h: PlanningHarness) -> AsyncIterator[httpx.AsyncClient]:
    """The harness's app (lifespan already running) behind a real HTTP server: in-process ASGI
    calls do not stream an endless answer."""
    app = h.client._transport.app  # type: ignore[attr-defined]
    config = uvicorn.Config(app, host="127.0.0.1", port=0, lifespan="off", log_config=None)
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    try:
        while not server.started:
            await asyncio.sleep(0.05)
        port = server.servers[0].sockets[0].getsockname()[1]
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            yield client
    finally:
        server.should_exit = True
        await task


async def _site(h: PlanningHarness, headers: dict[str, str], client: uuid.UUID) -> str:
    body = {"client_id": str(client), "title": "Toiture"}
    site = await h.client.post("/worksites", headers=headers, json=body)
    assert site.status_code == 201, site.text
    return str(site.json()["id"])


async def test_the_stream_pushes_the_company_s_changes_only(
    planning_harness: PlanningHarness,
) -> None:
    h = planning_harness
    tenant, other = await h.tenant(), await h.tenant("Autre Société")
    alice, olga = await h.user(tenant), await h.user(other, "Olga", "Autre")
    headers, other_headers = h.headers(alice, tenant), h.headers(olga, other)
    site = await _site(h, headers, await h.client_record(tenant, "Durand"))
    slot = {"starts_at": "2026-12-01T08:00:00+01:00", "ends_at": "2026-12-01T12:00:00+01:00"}
    async with (
        _served(h) as http,
        http.stream("GET", "/planning/stream", headers=headers) as response,
    ):
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        reader = asyncio.ensure_future(_events(response, 3))
        # another company's write is never announced here
        await _site(h, other_headers, await h.client_record(other, "Ailleurs"))
        planned = await h.client.post(
            f"/worksites/{site}/interventions", headers=headers, json=slot
        )
        assert planned.status_code == 201, planned.text
        moved = await h.client.patch(
            f"/interventions/{planned.json()['id']}",
            headers={**headers, "If-Match": f'"{planned.json()["version"]}"'},
            json={"starts_at": "2026-12-02T08:00:00+01:00", "ends_at": "2026-12-02T12:00:00+01:00"},
        )
        assert moved.status_code == 200, moved.text
        ready, first, second = await asyncio.wait_for(reader, 30)
    assert ready["event"] == "ready"
    assert [first["event"], second["event"]] == ["change", "change"]
    change = {"kind": "intervention", "id": planned.json()["id"]}
    assert json.loads(first["data"]) == json.loads(second["data"]) == change


async def test_the_stream_needs_a_valid_token(planning_harness: PlanningHarness) -> None:
    h = planning_harness
    refused = await h.client.get("/planning/stream", headers={"Authorization": "Bearer x.y.z"})
    assert (refused.status_code, refused.json()["code"]) == (401, "unauthenticated")


async def test_one_client_s_worksites(planning_harness: PlanningHarness) -> None:
    h = planning_harness
    tenant = await h.tenant()
    alice = await h.user(tenant)
    headers = h.headers(alice, tenant)
    durand, martin = (
        await h.client_record(tenant, "Durand"),
        await h.client_record(tenant, "Martin"),
    )
    mine = await _site(h, headers, durand)
    await _site(h, headers, martin)
    page = await h.client.get("/planning", headers=headers, params={"client_id": str(durand)})
    assert page.status_code == 200, page.text
    assert [w["id"] for w in page.json()["items"]] == [mine]
    assert len((await h.client.get("/planning", headers=headers)).json()["items"]) == 2
