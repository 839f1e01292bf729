import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
import pytest
import structlog
from fastapi import APIRouter, FastAPI
from ouvrage_platform.app import create_app
from ouvrage_platform.correlation import current_correlation_id
from ouvrage_platform.health import add_ready_check
from ouvrage_platform.metadata import CommandMetadataDep
from ouvrage_platform.settings import ServiceSettings
from ouvrage_platform.testing import TokenMinter

router = APIRouter()


class ClientBlockedError(Exception):
    pass


@router.get("/clients/{client_id}")
async def get_client(client_id: str) -> dict[str, str | None]:
    return {
        "correlation_id": str(current_correlation_id()),
        "logged": structlog.contextvars.get_contextvars().get("correlation_id"),
    }


@router.post("/clients/{client_id}/block")
async def block(client_id: str) -> None:
    raise ClientBlockedError("La gestion commerciale de ce client est bloquée : impayés")


@router.get("/crash")
async def crash() -> None:
    raise RuntimeError("boom")


async def ok() -> None:
    return None


async def down() -> None:
    raise ConnectionRefusedError("postgresql://app:hunter2@db failed")


def settings() -> ServiceSettings:
    return ServiceSettings(database_url="postgresql://app:pw@127.0.0.1/demo", http_port=8099)


@pytest.fixture
def app(minter: TokenMinter) -> FastAPI:
    return create_app(
        title="demo",
        settings=settings(),
        routers=[router],
        error_mapping={ClientBlockedError: (409, "client_blocked")},
        ready_checks={"kafka": ok},
        verifier=minter.verifier(),
    )


@pytest.fixture
def client(app: FastAPI) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test")


async def test_health(client: httpx.AsyncClient) -> None:
    response = await client.get("/health")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


async def test_ready_when_every_check_passes(app: FastAPI, client: httpx.AsyncClient) -> None:
    add_ready_check(app, "postgres", ok)

    response = await client.get("/ready")

    assert response.status_code == 200
    assert response.json() == {"status": "ready", "checks": {"kafka": "ok", "postgres": "ok"}}


async def test_not_ready_names_the_failing_checks_only(
    app: FastAPI, client: httpx.AsyncClient
) -> None:
    add_ready_check(app, "postgres", down)

    response = await client.get("/ready")

    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["code"] == "not_ready"
    assert body["failed"] == ["postgres"]
    assert body["checks"] == {"kafka": "ok", "postgres": "failed"}
    assert "hunter2" not in response.text


async def test_correlation_id_is_generated_echoed_and_bound(client: httpx.AsyncClient) -> None:
    response = await client.get("/clients/c-1")

    generated = response.headers["x-correlation-id"]
    assert uuid.UUID(generated)
    assert response.json() == {"correlation_id": generated, "logged": generated}


async def test_incoming_correlation_id_is_kept(client: httpx.AsyncClient) -> None:
    incoming = str(uuid.uuid4())

    response = await client.get("/clients/c-1", headers={"X-Correlation-ID": incoming})

    assert response.headers["x-correlation-id"] == incoming
    assert response.json()["correlation_id"] == incoming


@pytest.mark.parametrize("incoming", ["web-42", 'x" injected', "a" * 300])
async def test_non_uuid_correlation_id_is_replaced(
    client: httpx.AsyncClient, incoming: str
) -> None:
    response = await client.get("/clients/c-1", headers={"X-Correlation-ID": incoming})

    assert uuid.UUID(response.headers["x-correlation-id"])
    assert response.headers["x-correlation-id"] != incoming


async def test_no_correlation_id_outside_a_request() -> None:
    assert current_correlation_id() is None


async def test_errors_are_problems_with_a_correlation_id(client: httpx.AsyncClient) -> None:
    blocked = await client.post("/clients/c-1/block")
    crashed = await client.get("/crash")

    assert blocked.status_code == 409
    assert blocked.json()["code"] == "client_blocked"
    assert crashed.status_code == 500
    assert crashed.json()["code"] == "internal_error"
    assert crashed.headers["x-correlation-id"]


async def test_metrics_count_requests_by_route_template(client: httpx.AsyncClient) -> None:
    await client.get("/clients/c-1")
    await client.get("/clients/c-2")
    await client.get("/crash")
    await client.get("/no/such/path")

    text = (await client.get("/metrics")).text

    assert 'http_requests_total{method="GET",route="/clients/{client_id}",status="200"} 2.0' in text
    assert 'http_requests_total{method="GET",route="/crash",status="500"} 1.0' in text
    assert 'route="unmatched",status="404"' in text
    assert "http_request_duration_seconds_bucket" in text
    # the route template, never the concrete path, labels the series
    assert 'route="/clients/c-1"' not in text
    assert "/clients/c-1" not in text


async def test_metrics_include_the_process_wide_registry(client: httpx.AsyncClient) -> None:
    response = await client.get("/metrics")

    assert response.headers["content-type"].startswith("text/plain")
    assert "python_info" in response.text


async def test_two_apps_do_not_clash_on_metrics(minter: TokenMinter) -> None:
    first = create_app(title="a", settings=settings(), verifier=minter.verifier())
    second = create_app(title="b", settings=settings(), verifier=minter.verifier())

    assert first.state.metrics_registry is not second.state.metrics_registry


async def test_openapi_is_served(client: httpx.AsyncClient) -> None:
    response = await client.get("/openapi.json")

    assert response.status_code == 200
    assert "/clients/{client_id}" in response.json()["paths"]


class Closable:
    def __init__(self) -> None:
        self.closed = False

    async def __call__(self) -> None:
        return None

    async def aclose(self) -> None:
        self.closed = True


async def test_lifespan_runs_the_service_lifespan_then_closes_shared_clients(
    minter: TokenMinter,
) -> None:
    events: list[str] = []
    check = Closable()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        events.append("open")
        add_ready_check(app, "postgres", check)
        yield
        events.append("close")

    app = create_app(title="demo", settings=settings(), lifespan=lifespan)

    async with app.router.lifespan_context(app):
        assert app.state.ready_checks == {"postgres": check}

    assert events == ["open", "close"]
    assert check.closed


def test_the_default_verifier_reads_the_configured_jwks_url() -> None:
    app = create_app(title="demo", settings=settings())

    assert app.state.verifier._keys._url == "http://127.0.0.1:8001/.well-known/jwks.json"


async def test_command_metadata_carries_tenant_actor_correlation_and_trace(
    app: FastAPI, client: httpx.AsyncClient, minter: TokenMinter
) -> None:
    @app.post("/meta")
    async def meta(metadata: CommandMetadataDep) -> dict[str, str | None]:
        return {k: None if v is None else str(v) for k, v in metadata.model_dump().items()}

    user, tenant, correlation = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"

    response = await client.post(
        "/meta",
        headers={
            "Authorization": f"Bearer {minter.mint(user, tenant)}",
            "X-Correlation-ID": str(correlation),
            "traceparent": traceparent,
        },
    )

    assert response.json() == {
        "tenant_id": str(tenant),
        "actor_id": str(user),
        "correlation_id": str(correlation),
        "causation_id": None,
        "traceparent": traceparent,
    }


async def test_malformed_traceparent_is_dropped(
    app: FastAPI, client: httpx.AsyncClient, minter: TokenMinter
) -> None:
    @app.post("/meta2")
    async def meta(metadata: CommandMetadataDep) -> dict[str, str | None]:
        return {"traceparent": metadata.traceparent}

    token = minter.mint(uuid.uuid4(), uuid.uuid4())

    response = await client.post(
        "/meta2", headers={"Authorization": f"Bearer {token}", "traceparent": "evil\\u2028"}
    )

    assert response.json() == {"traceparent": None}
