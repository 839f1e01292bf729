"""Tokens: ``POST /auth/token`` (password or refresh grant), ``POST /auth/revoke``, the JWKS."""

from __future__ import annotations

from typing import Any

import structlog
from fastapi import APIRouter, Request, Response, status
from ouvrage_platform.errors import ProblemError

from identity.adapters.rate_limits import LoginRateLimits
from identity.api.deps import ContainerDep, KeyRingDep, TraceDep
from identity.api.models import RevokeRequest, TokenPublic, TokenRequest
from identity.app import sessions

router = APIRouter(tags=["auth"])
log = structlog.get_logger(__name__)

_NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


def _throttle(request: Request, body: TokenRequest) -> None:
    """429 + Retry-After past the per-address or per-account rate (before any argon2 work)."""
    limits: LoginRateLimits = request.app.state.login_limits
    address = request.client.host if request.client else "unknown"
    account = body.email if body.grant_type == "password" else None
    wait = limits.retry_after(address, account)
    if wait is not None:
        log.info("identity.login_throttled", by_account=account is not None)
        raise ProblemError(
            429, "too_many_attempts",
            f"Trop de tentatives de connexion : réessayez dans {wait} secondes.",
            headers={"Retry-After": str(wait)},
        )  # fmt: skip


@router.post("/auth/token", response_model=TokenPublic)
async def issue_token(
    body: TokenRequest,
    container: ContainerDep,
    trace: TraceDep,
    request: Request,
    response: Response,
) -> TokenPublic:
    """Log in with email and password, or rotate a refresh token."""
    _throttle(request, body)
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
        password_change_required=tokens.password_change_required,
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
