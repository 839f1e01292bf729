"""Tokens: ``POST /auth/token`` (password or refresh grant), ``POST /auth/revoke``, the JWKS."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response, status

from identity.api.deps import ContainerDep, KeyRingDep, TraceDep
from identity.api.models import RevokeRequest, TokenPublic, TokenRequest
from identity.app import session_handlers as sessions

router = APIRouter(tags=["auth"])

_NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


@router.post("/auth/token", response_model=TokenPublic)
async def issue_token(
    body: TokenRequest, container: ContainerDep, trace: TraceDep, response: Response
) -> TokenPublic:
    """Log in with email and password, or rotate a refresh token."""
    response.headers.update(_NO_STORE)
    if body.grant_type == "refresh_token":
        assert body.refresh_token is not None
        tokens = await sessions.refresh(container, body.refresh_token)
    else:
        assert body.email is not None and body.password is not None
        tokens = await sessions.login(container, body.email, body.password, trace)
    return TokenPublic(
        access_token=tokens.access_token,
        expires_in=tokens.expires_in,
        refresh_token=tokens.refresh_token,
    )


@router.post("/auth/revoke", status_code=status.HTTP_204_NO_CONTENT)
async def revoke_token(body: RevokeRequest, container: ContainerDep) -> Response:
    """End the session of a refresh token (answers 204 even for an unknown token)."""
    await sessions.revoke(container, body.refresh_token)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/.well-known/jwks.json")
async def jwks(keyring: KeyRingDep, response: Response) -> dict[str, Any]:
    """The public keys that verify identity's tokens (current and recently retired)."""
    response.headers["Cache-Control"] = "public, max-age=60"
    return await keyring.jwks()
