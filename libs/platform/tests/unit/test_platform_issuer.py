"""Services built with create_app verify tokens against identity's JWKS and its issuer."""

import uuid

import httpx
from fastapi import APIRouter
from ouvrage_platform.app import create_app
from ouvrage_platform.auth import CurrentUserDep
from ouvrage_platform.settings import ServiceSettings
from ouvrage_platform.testing import TokenMinter, serve_jwks

router = APIRouter()


@router.get("/me")
async def me(user: CurrentUserDep) -> dict[str, str]:
    return {"id": str(user.id)}


async def test_tokens_of_another_issuer_are_refused() -> None:
    minter = TokenMinter()
    user, tenant = uuid.uuid4(), uuid.uuid4()
    with serve_jwks(minter.jwks()) as url:
        settings = ServiceSettings(
            database_url="postgresql://app:pw@127.0.0.1/demo", http_port=8099, jwks_url=url
        )
        app = create_app(title="demo", settings=settings, routers=[router])
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            ours = minter.mint(user, tenant, extra={"iss": "ouvrage-identity"})
            theirs = minter.mint(user, tenant, extra={"iss": "someone-else"})
            ok = await client.get("/me", headers={"Authorization": f"Bearer {ours}"})
            refused = await client.get("/me", headers={"Authorization": f"Bearer {theirs}"})
    assert ok.status_code == 200, ok.text
    assert ok.json() == {"id": str(user)}
    assert refused.status_code == 401
    assert refused.json()["code"] == "unauthenticated"
