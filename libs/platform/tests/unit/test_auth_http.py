import uuid
from typing import Annotated

import httpx
import pytest
import structlog
from fastapi import APIRouter, Depends, FastAPI
from ouvrage_platform.auth import CurrentUser, CurrentUserDep, require
from ouvrage_platform.errors import install_problem_handlers
from ouvrage_platform.permissions import Permission
from ouvrage_platform.testing import TokenMinter

USER = uuid.uuid4()
TENANT = uuid.uuid4()

router = APIRouter()


@router.get("/me")
async def me(user: CurrentUserDep) -> dict[str, str]:
    context = structlog.contextvars.get_contextvars()
    return {"id": str(user.id), "tenant": str(user.tenant_id), "log_tenant": context["tenant_id"]}


@router.post("/clients/{client_id}/commercial-block")
async def block(
    client_id: str,
    user: Annotated[CurrentUser, Depends(require(Permission.CLIENTS_BLOCK))],
) -> dict[str, str]:
    return {"blocked": client_id}


@pytest.fixture
def client(minter: TokenMinter) -> httpx.AsyncClient:
    app = FastAPI()
    app.state.verifier = minter.verifier()
    install_problem_handlers(app)
    app.include_router(router)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test")


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def test_valid_token_reaches_the_route(
    client: httpx.AsyncClient, minter: TokenMinter
) -> None:
    response = await client.get("/me", headers=bearer(minter.mint(USER, TENANT)))

    assert response.status_code == 200
    assert response.json() == {"id": str(USER), "tenant": str(TENANT), "log_tenant": str(TENANT)}


async def test_missing_header_is_401_with_challenge(client: httpx.AsyncClient) -> None:
    response = await client.get("/me")

    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["code"] == "unauthenticated"
    assert response.json()["detail"] == "Authentification requise."


async def test_other_scheme_is_401(client: httpx.AsyncClient, minter: TokenMinter) -> None:
    response = await client.get("/me", headers={"Authorization": "Basic dXNlcjpwYXNz"})

    assert response.status_code == 401
    assert response.json()["detail"] == "Authentification requise."


@pytest.mark.parametrize(
    "make_token",
    [
        lambda m: m.mint(USER, TENANT, ttl=-60),
        lambda m: m.mint(USER, TENANT, alg="none"),
        lambda m: m.mint(USER, TENANT, alg="HS256"),
        lambda m: m.mint(USER, TENANT, drop=["tid"]),
        lambda m: "not-a-jwt",
    ],
    ids=["expired", "alg-none", "hs256-confusion", "no-tid", "garbage"],
)
async def test_bad_token_is_401_invalid_token(
    client: httpx.AsyncClient, minter: TokenMinter, make_token: object
) -> None:
    token = make_token(minter)  # type: ignore[operator]

    response = await client.get("/me", headers=bearer(token))

    assert response.status_code == 401
    assert response.headers["www-authenticate"] == 'Bearer error="invalid_token"'
    assert response.json()["code"] == "unauthenticated"
    assert response.json()["detail"] == "Jeton invalide ou expiré."


async def test_missing_permission_is_403(client: httpx.AsyncClient, minter: TokenMinter) -> None:
    token = minter.mint(USER, TENANT, ["clients.write"])

    response = await client.post("/clients/c-1/commercial-block", headers=bearer(token))

    assert response.status_code == 403
    body = response.json()
    assert body["code"] == "forbidden"
    assert body["detail"] == "Vous n'avez pas la permission « clients.block »."
    assert body["permission"] == "clients.block"


async def test_granted_permission_passes(client: httpx.AsyncClient, minter: TokenMinter) -> None:
    token = minter.mint(USER, TENANT, ["clients.block"])

    response = await client.post("/clients/c-1/commercial-block", headers=bearer(token))

    assert response.status_code == 200


async def test_forbidden_needs_authentication_first(client: httpx.AsyncClient) -> None:
    response = await client.post("/clients/c-1/commercial-block")

    assert response.status_code == 401


def test_unknown_permission_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown permission"):
        require("clients.delete")


def test_openapi_declares_the_bearer_scheme(minter: TokenMinter) -> None:
    app = FastAPI()
    app.include_router(router)

    schemes = app.openapi()["components"]["securitySchemes"]

    assert schemes["HTTPBearer"]["scheme"] == "bearer"
