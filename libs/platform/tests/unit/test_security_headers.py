"""Answers carrying personal data are not cached, nothing is MIME-sniffed, HSTS over TLS,
no interactive docs in production (issue 13, part 6)."""

import uuid

import httpx
from fastapi import APIRouter, Response
from ouvrage_platform.app import create_app
from ouvrage_platform.auth import CurrentUserDep
from ouvrage_platform.settings import ServiceSettings
from ouvrage_platform.testing import TokenMinter

router = APIRouter()


@router.get("/me")
async def me(user: CurrentUserDep) -> dict[str, str]:
    return {"id": str(user.id), "email": "jeanne@example.fr"}


@router.get("/public-keys")
async def keys(response: Response) -> dict[str, str]:
    response.headers["Cache-Control"] = "public, max-age=60"
    return {}


def _app(environment: str = "development", **more: str) -> tuple[httpx.AsyncClient, str]:
    minter = TokenMinter()
    settings = ServiceSettings(
        database_url="postgresql://u:p@db/x", http_port=1, environment=environment,  # type: ignore[arg-type]
        kafka_bootstrap="k:1", kafka_security_protocol="PLAINTEXT",
        cursor_secret="a-real-random-key", keys_database_url="postgresql://u:p@keys/k",
        platform_key="a-real-random-platform-key", **more,
    )  # fmt: skip
    app = create_app(title="demo", settings=settings, routers=[router], verifier=minter.verifier())
    token = minter.mint(uuid.uuid4(), uuid.uuid4())
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t")
    return client, token


async def test_an_authenticated_answer_is_never_cached_and_never_sniffed() -> None:
    client, token = _app()
    async with client:
        answer = await client.get("/me", headers={"Authorization": f"Bearer {token}"})
        refused = await client.get("/me")
        public = await client.get("/public-keys", headers={"Authorization": f"Bearer {token}"})
        health = await client.get("/health")
    assert answer.status_code == 200
    assert answer.headers["cache-control"] == "no-store"
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert refused.headers["x-content-type-options"] == "nosniff"
    assert public.headers["cache-control"] == "public, max-age=60"  # the route's own choice
    assert "strict-transport-security" not in health.headers  # plain HTTP: no HSTS


async def test_hsts_when_the_request_came_over_tls() -> None:
    client, _ = _app()
    client.base_url = httpx.URL("https://t")
    async with client:
        answer = await client.get("/health")
    assert answer.headers["strict-transport-security"].startswith("max-age=31536000")


async def test_no_interactive_docs_in_production_but_the_openapi_document_stays() -> None:
    dev, _ = _app()
    prod, _ = _app("production")
    async with dev, prod:
        assert (await dev.get("/docs")).status_code == 200
        assert (await prod.get("/docs")).status_code == 404
        assert (await prod.get("/redoc")).status_code == 404
        assert (await prod.get("/openapi.json")).status_code == 200
