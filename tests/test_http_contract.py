"""The HTTP contract: every public path of DESIGN.md is served by its service, with the method
named there, and docs/openapi/ holds each service's current OpenAPI document."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[1]

# DESIGN.md, "Public paths": the contract web clients build on (extend, don't rename).
PUBLIC_PATHS = {
    "identity": [
        ("POST", "/auth/token"), ("GET", "/.well-known/jwks.json"), ("GET", "/users"),
        ("POST", "/users"), ("GET", "/users/{id}"), ("PUT", "/users/{id}/password"),
        ("PUT", "/users/{id}/permissions"), ("GET", "/users/{id}/preferences"),
        ("PUT", "/users/{id}/preferences"), ("POST", "/users/{id}/deactivate"),
    ],
    "clients": [
        ("GET", "/clients"), ("POST", "/clients"), ("GET", "/clients/{id}"),
        ("PATCH", "/clients/{id}/contact"), ("PUT", "/clients/{id}/status"),
        ("PUT", "/clients/{id}/commercial-block"), ("DELETE", "/clients/{id}/commercial-block"),
        ("POST", "/clients/{id}/trash"), ("POST", "/clients/{id}/restore"),
        ("GET", "/clients/{id}/duplicates"), ("GET", "/clients/{id}/history"),
    ],
    "actions": [
        ("GET", "/action-types"), ("POST", "/action-types"),
        ("POST", "/action-types/{id}/responses"), ("POST", "/clients/{client_id}/actions"),
        ("GET", "/actions"), ("POST", "/actions/{id}/assign"), ("POST", "/actions/{id}/share"),
        ("POST", "/actions/{id}/answer"), ("POST", "/actions/{id}/complete"),
        ("PATCH", "/actions/{id}"),
    ],
    "planning": [
        ("GET", "/planning"), ("POST", "/worksites"), ("PUT", "/worksites/{id}/start-date"),
        ("POST", "/worksites/{id}/tasks"), ("POST", "/worksites/{id}/interventions"),
        ("PATCH", "/interventions/{id}"), ("PUT", "/interventions/{id}/state"),
        ("POST", "/interventions/{id}/lock"), ("DELETE", "/interventions/{id}/lock"),
        ("GET", "/operators/{user_id}/agenda"), ("GET", "/worksites/{id}/sheet.pdf"),
        ("POST", "/worksites/{id}/sheet/send"), ("POST", "/clients/{id}/sav"), ("GET", "/sav"),
        ("POST", "/sav/{id}/archive"), ("GET", "/home"),
    ],
    "notifier": [
        ("GET", "/alerts"), ("POST", "/alerts/{id}/read"), ("GET", "/alerts/stream"),
        ("GET", "/emails"), ("GET", "/sender-domains/{domain}"),
    ],
    "sales": [
        ("GET", "/clients/{client_id}/quotes"), ("POST", "/clients/{client_id}/quotes"),
        ("GET", "/quotes/{id}"), ("PATCH", "/quotes/{id}"), ("POST", "/quotes/{id}/send"),
        ("POST", "/quotes/{id}/accept"), ("POST", "/quotes/{id}/refuse"),
        ("GET", "/quotes/{id}.pdf"), ("POST", "/quotes/{id}/invoices"),
        ("POST", "/invoices/{id}/credit-note"), ("GET", "/invoices/{id}"),
        ("GET", "/invoices/{id}.pdf"), ("POST", "/invoices/{id}/send"),
        ("POST", "/invoices/{id}/payments"), ("GET", "/clients/{client_id}/balance"),
        ("GET", "/invoices"),
    ],
}  # fmt: skip
EVERY_SERVICE = [("GET", "/health"), ("GET", "/ready")]  # and /metrics, outside the schema


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("ouvrage_openapi", ROOT / "tools" / "openapi.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _shape(path: str) -> str:
    """/users/{user_id} and /users/{id} are the same path for a client (/quotes/{id}.pdf
    keeps its suffix)."""
    return re.sub(r"\{[^}]*\}", "{}", path)


@pytest.mark.parametrize("service", sorted(PUBLIC_PATHS))
def test_every_public_path_is_served(service: str) -> None:
    document = _tool().openapi(service)
    served = {
        (method.upper(), _shape(path))
        for path, operations in document["paths"].items()
        for method in operations
    }
    missing = [
        f"{method} {path}"
        for method, path in PUBLIC_PATHS[service] + EVERY_SERVICE
        if (method, _shape(path)) not in served
    ]
    assert missing == [], f"{service} does not serve {missing}"


def test_the_openapi_documents_are_up_to_date() -> None:
    assert _tool().main(["--check"]) == 0, "run `uv run python tools/openapi.py`"


@pytest.mark.parametrize("service", sorted(PUBLIC_PATHS))
async def test_every_service_serves_prometheus_metrics(service: str) -> None:
    app = _tool().build_app(service)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        metrics = await client.get("/metrics")
        health = await client.get("/health")
    assert metrics.status_code == 200
    assert metrics.headers["content-type"].startswith("text/plain")
    assert "# TYPE" in metrics.text
    assert health.json() == {"status": "ok"}
