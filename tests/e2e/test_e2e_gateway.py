"""The gateway (real nginx) in front of the running services: every documented path reachable
under ``/api/<service>``, the event stream unbuffered, the login and body limits as problem+json,
the security headers and the request id both sides log."""

from __future__ import annotations

import asyncio
import json
import re
import sys
import time
import uuid
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
from e2e_kit import PORT_BASE, PORTS, Company, eventually, expect
from e2e_steps import action_type, new_client, open_action, share

system = sys.modules["ouvrage_local_system"]  # loaded by conftest.py
RunningOuvrage = Any  # conftest's fixture value (conftest is not importable as a module)
OPENAPI = Path(__file__).resolve().parents[2] / "docs" / "openapi"
STREAMS = {("notifier", "/alerts/stream"), ("planning", "/planning/stream")}  # answers never end


def documented_operations() -> list[tuple[str, str, str]]:
    """(service, METHOD, path) of every operation of docs/openapi/<service>.json."""
    found = []
    for document in sorted(OPENAPI.glob("*.json")):
        spec = json.loads(document.read_text())
        for path, item in spec["paths"].items():
            for method in item:
                if method in ("get", "post", "put", "patch", "delete"):
                    found.append((document.stem, method.upper(), path))
    return found


def concrete(path: str) -> str:
    """The path with each ``{parameter}`` replaced by a value a service can parse."""
    return re.sub(
        r"\{[^}]+\}", lambda m: "example.org" if "domain" in m[0] else str(uuid.uuid4()), path
    )


async def test_every_documented_path_is_answered_by_its_service_through_the_gateway(
    e2e_system: RunningOuvrage, company: Company
) -> None:
    operations = documented_operations()
    assert {service for service, _, _ in operations} == set(PORTS)
    gateway = e2e_system.gateway_url
    async with httpx.AsyncClient(timeout=10) as http:
        for service, method, path in operations:
            if (service, path) in STREAMS:
                continue  # an open stream: see the server-sent events test
            request_id = str(uuid.uuid4())
            headers = {**company.admin.auth, "X-Request-ID": request_id}
            body = {} if method in ("POST", "PUT", "PATCH") else None
            url = f"{gateway}/api/{service}{concrete(path)}"
            response = await http.request(method, url, headers=headers, json=body)
            where = f"{method} /api/{service}{path} -> {response.status_code} {response.text[:200]}"
            assert response.status_code not in (502, 504), where
            if response.headers.get("content-type", "").startswith("application/problem+json"):
                assert response.json()["code"] != "unknown_service", where
            # the service itself answered: it echoes the request id as its correlation id
            assert response.headers.get("x-correlation-id") == request_id, where
            assert response.headers["x-request-id"] == request_id, where


async def _events(response: httpx.Response) -> AsyncIterator[tuple[str, str, float]]:
    """(event, data, arrival time) of a server-sent event stream; a comment line (the
    service's heartbeat) as the event ``:``."""
    event, data = "message", []
    async for line in response.aiter_lines():
        if line.startswith(":"):
            yield ":", line, time.time()
        elif line == "":
            if data:
                yield event, "\n".join(data), time.time()
            event, data = "message", []
        elif line.startswith("event:"):
            event = line[6:].strip()
        elif line.startswith("data:"):
            data.append(line[5:].strip())


async def test_an_alert_reaches_a_browser_listening_through_the_gateway_within_a_second(
    e2e_system: RunningOuvrage, company: Company
) -> None:
    julie = await company.add_user("Julie", "Marchand")
    admin = company.admin
    client = await new_client(company, admin, "Gateway", "Flux")
    kind = await action_type(company, admin, "A relancer")
    action = await open_action(company, admin, client, kind["id"], "Passer voir le chantier")
    url = f"{e2e_system.gateway_url}/api/notifier/alerts/stream"
    # as EventSource does: the token in the query, Accept text/event-stream
    params = {"access_token": julie.token}
    async with (
        httpx.AsyncClient(timeout=httpx.Timeout(30, read=60)) as http,
        http.stream("GET", url, params=params, headers={"Accept": "text/event-stream"}) as stream,
    ):
        assert stream.status_code == 200
        assert stream.headers["content-type"].startswith("text/event-stream")
        assert "content-encoding" not in stream.headers  # not gzipped: each event flushed
        events = _events(stream)
        first = await anext(events)
        assert first[0] == "ready"
        await share(company, admin, action, [julie])
        async with asyncio.timeout(45):
            async for event, data, when in events:
                if event == "alert":
                    alert, arrived = json.loads(data), when
                    break
        # the service's heartbeat (every 15 s) passes through the unbuffered proxy too
        async with asyncio.timeout(20):
            async for event, _, _ in events:
                if event == ":":
                    break
    raised = datetime.fromisoformat(alert["raised_at"]).timestamp()
    assert alert["kind"] == "action_shared"
    assert arrived - raised < 1.0, f"the alert took {arrived - raised:.3f}s to arrive"


def _small_gateway(tmp_path: Path, offset: int, **settings: Any) -> Any:
    chosen = system.GatewaySettings(http_port=PORT_BASE + offset, https_port=None, **settings)
    return system.Gateway(tmp_path / "gateway", chosen, PORTS)


async def test_the_login_burst_of_one_address_is_cut_with_429_problem(
    e2e_system: RunningOuvrage, tmp_path: Path
) -> None:
    gateway = _small_gateway(tmp_path, 81, login_rate_per_minute=1, login_burst=3)
    await asyncio.to_thread(gateway.up)
    try:
        body = {"grant_type": "password", "email": "personne@example.org", "password": "Faux-1!"}
        async with httpx.AsyncClient(timeout=30) as http:
            url = f"{gateway.url}/api/identity/auth/token"
            answers = [await http.post(url, json=body) for _ in range(5)]
    finally:
        await asyncio.to_thread(gateway.down)
    statuses = [a.status_code for a in answers]
    assert statuses[:4] == [401] * 4, statuses  # one at the rate, three in the burst
    refused = answers[4]
    assert refused.status_code == 429
    assert refused.headers["content-type"].startswith("application/problem+json")
    assert refused.headers["retry-after"] == "60"
    problem = refused.json()
    assert problem["status"] == 429
    assert problem["code"] == "too_many_requests"
    assert problem["type"] == "urn:ouvrage:problem:too_many_requests"
    assert problem["title"] == "Trop de requêtes"
    assert "tentatives de connexion" in problem["detail"]


async def test_an_oversized_body_is_refused_with_413_problem(
    e2e_system: RunningOuvrage, company: Company
) -> None:
    url = f"{e2e_system.gateway_url}/api/clients/clients"
    big = b'{"note": "' + b"x" * (11 * 1024 * 1024) + b'"}'
    async with httpx.AsyncClient(timeout=30) as http:
        headers = {**company.admin.auth, "Content-Type": "application/json"}
        response = await http.post(url, content=big, headers=headers)
    assert response.status_code == 413
    problem = response.json()
    assert problem["code"] == "payload_too_large"
    assert problem["status"] == 413
    assert "taille autorisée" in problem["detail"]


async def test_headers_request_id_gzip_and_both_logs(
    e2e_system: RunningOuvrage, company: Company
) -> None:
    gateway = e2e_system.gateway_url
    request_id = str(uuid.uuid4())
    async with httpx.AsyncClient(timeout=10) as http:
        page = await http.get(f"{gateway}/")
        listed = await http.get(
            f"{gateway}/api/clients/clients",
            headers={**company.admin.auth, "X-Request-ID": request_id, "Accept-Encoding": "gzip"},
        )
        chosen = await http.get(
            f"{gateway}/api/clients/openapi.json", headers={"X-Request-ID": "nope"}
        )
    for response in (page, listed, chosen):
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "same-origin"
    assert page.headers["cache-control"] == "no-cache"
    expect(listed, 200)
    assert listed.headers["x-request-id"] == request_id
    assert listed.headers.get("content-encoding") == "gzip" or len(listed.content) < 1024
    assert chosen.headers["content-encoding"] == "gzip"
    # a request id that is not a UUID is replaced by one of the gateway's, the same both sides
    assert chosen.headers["x-request-id"] == chosen.headers["x-correlation-id"]
    uuid.UUID(chosen.headers["x-request-id"])
    assert "access-control-allow-origin" not in listed.headers  # CORS closed

    # a service's Location header is rewritten under its prefix
    async with httpx.AsyncClient(timeout=10) as http:
        body = {"kind": "client", "last_name": "Passerelle", "first_name": "Léa"}
        created = await http.post(
            f"{gateway}/api/clients/clients", json=body, headers=company.admin.auth
        )
    record = expect(created, 201)
    assert created.headers["location"] == f"/api/clients/clients/{record['id']}"

    async def logged_by_the_gateway() -> list[dict[str, Any]]:  # its log is flushed each second
        lines = e2e_system.gateway.access_log.read_text().splitlines()
        return [json.loads(line) for line in lines if request_id in line]

    logged = await eventually(logged_by_the_gateway, timeout=5, what="the access log line")
    assert logged[-1]["path"] == "/api/clients/clients"
    assert logged[-1]["status"] == 200
    assert request_id in (e2e_system.log_dir / "clients.log").read_text()


async def test_the_docs_page_lists_every_service(e2e_system: RunningOuvrage) -> None:
    gateway = e2e_system.gateway_url
    async with httpx.AsyncClient(timeout=10, follow_redirects=True) as http:
        page = await http.get(f"{gateway}/api/docs")
        services = (await http.get(f"{gateway}/api/docs/services.json")).json()
        documents = [await http.get(f"{gateway}/api/{name}/openapi.json") for name in services]
    assert page.status_code == 200
    assert "docs.js" in page.text
    assert set(services) == set(PORTS)
    assert all(d.status_code == 200 and d.json()["paths"] for d in documents)


async def test_the_web_app_is_served_with_the_single_page_fallback_and_asset_caching(
    e2e_system: RunningOuvrage, tmp_path: Path
) -> None:
    dist = tmp_path / "dist"
    (dist / "assets").mkdir(parents=True)
    (dist / "index.html").write_text('<!doctype html><script src="/assets/app-3f9a1c.js"></script>')
    (dist / "assets" / "app-3f9a1c.js").write_text("console.log('ouvrage');" * 100)
    gateway = _small_gateway(tmp_path, 82, static_dir=dist)
    await asyncio.to_thread(gateway.up)
    try:
        async with httpx.AsyncClient(timeout=10) as http:
            deep = await http.get(f"{gateway.url}/clients/42/historique")
            asset = await http.get(f"{gateway.url}/assets/app-3f9a1c.js")
            missing = await http.get(f"{gateway.url}/assets/absent-000000.js")
            api = await http.get(f"{gateway.url}/api/clients/health")
    finally:
        await asyncio.to_thread(gateway.down)
    assert deep.status_code == 200 and "app-3f9a1c.js" in deep.text
    assert deep.headers["cache-control"] == "no-cache"
    assert asset.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert asset.headers["content-encoding"] == "gzip"
    assert asset.headers["content-type"] == "application/javascript"
    assert missing.status_code == 404
    assert api.status_code == 200


async def test_cors_stays_closed_but_for_the_listed_origins(
    e2e_system: RunningOuvrage, tmp_path: Path
) -> None:
    app = "https://app.example"
    gateway = _small_gateway(tmp_path, 83, cors_origins=(app,))
    await asyncio.to_thread(gateway.up)
    try:
        async with httpx.AsyncClient(timeout=10) as http:
            url = f"{gateway.url}/api/clients/health"
            allowed = await http.get(url, headers={"Origin": app})
            other = await http.get(url, headers={"Origin": "https://evil.example"})
            preflight = await http.options(
                f"{gateway.url}/api/identity/auth/token",
                headers={"Origin": app, "Access-Control-Request-Method": "POST",
                         "Access-Control-Request-Headers": "content-type, x-ouvrage-csrf"},
            )  # fmt: skip
    finally:
        await asyncio.to_thread(gateway.down)
    assert allowed.headers["access-control-allow-origin"] == app
    assert allowed.headers["access-control-allow-credentials"] == "true"
    assert "access-control-allow-origin" not in other.headers
    assert preflight.status_code == 204
    assert preflight.headers["access-control-allow-origin"] == app
    assert "X-Ouvrage-CSRF" in preflight.headers["access-control-allow-headers"]


async def test_plain_http_can_be_sent_to_https(e2e_system: RunningOuvrage, tmp_path: Path) -> None:
    settings = system.GatewaySettings(
        http_port=PORT_BASE + 84, https_port=PORT_BASE + 85, redirect_https=True
    )
    gateway = system.Gateway(tmp_path / "gateway", settings, PORTS)
    await asyncio.to_thread(gateway.up)
    try:
        async with httpx.AsyncClient(timeout=10) as http:
            answer = await http.get(f"{gateway.url}/api/clients/health?x=1")
    finally:
        await asyncio.to_thread(gateway.down)
    assert answer.status_code == 308
    assert (
        answer.headers["location"] == f"https://127.0.0.1:{PORT_BASE + 85}/api/clients/health?x=1"
    )
