"""Services built with create_app verify tokens against identity's JWKS, issuer and audience."""

import uuid

import httpx
from fastapi import APIRouter
from ouvrage_platform.app import create_app
from ouvrage_platform.audience import PASSWORD_CHANGE_AUDIENCE
from ouvrage_platform.auth import CurrentUserDep
from ouvrage_platform.settings import ServiceSettings
from ouvrage_platform.testing import TokenMinter, serve_jwks
from pydantic_settings import SettingsConfigDict

router = APIRouter()
USER, TENANT = uuid.uuid4(), uuid.uuid4()


@router.get("/me")
async def me(user: CurrentUserDep) -> dict[str, str]:
    return {"id": str(user.id)}


class _ClientsLike(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="CLIENTS_")


async def _answers(
    minter: TokenMinter, settings_class: type[ServiceSettings], tokens: list[str]
) -> list[httpx.Response]:
    """``GET /me`` with each token, on an app verifying against the minter's served JWKS."""
    with serve_jwks(minter.jwks()) as url:
        settings = settings_class(
            database_url="postgresql://app:pw@127.0.0.1/demo", http_port=8099, jwks_url=url
        )
        app = create_app(title="demo", settings=settings, routers=[router])
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            return [
                await client.get("/me", headers={"Authorization": f"Bearer {token}"})
                for token in tokens
            ]


async def test_tokens_of_another_issuer_are_refused() -> None:
    minter = TokenMinter()
    ours = minter.mint(USER, TENANT, extra={"iss": "ouvrage-identity"})
    theirs = minter.mint(USER, TENANT, extra={"iss": "someone-else"})
    ok, refused = await _answers(minter, ServiceSettings, [ours, theirs])
    assert ok.status_code == 200, ok.text
    assert ok.json() == {"id": str(USER)}
    assert refused.status_code == 401
    assert refused.json()["code"] == "unauthenticated"


async def test_tokens_for_another_audience_are_refused() -> None:
    """A token identity made for other services only (or for a password change) is refused."""
    minter = TokenMinter()
    assert _ClientsLike(database_url="x", http_port=1).expected_audience == "ouvrage-clients"
    tokens = [
        minter.mint(USER, TENANT),
        minter.mint(USER, TENANT, extra={"aud": ["ouvrage-planning"]}),
        minter.mint(USER, TENANT, extra={"aud": [PASSWORD_CHANGE_AUDIENCE]}),
        minter.mint(USER, TENANT, drop=["aud"]),
    ]
    answers = await _answers(minter, _ClientsLike, tokens)
    assert [a.status_code for a in answers] == [200, 401, 401, 401]
