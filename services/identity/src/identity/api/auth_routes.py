"""Tokens: ``POST /auth/token`` (password or refresh grant), ``POST /auth/revoke``, the JWKS."""

from __future__ import annotations

from typing import Any

import structlog
from fastapi import APIRouter, Request, Response, status
from fastapi.responses import JSONResponse
from ouvrage_platform.errors import ProblemError, problem_response

from identity.adapters.rate_limits import LoginRateLimits
from identity.api.deps import ContainerDep, KeyRingDep, TraceDep
from identity.api.errors import to_problem
from identity.api.models import RevokeRequest, TokenPublic, TokenRequest
from identity.api.session_cookie import RefreshCookieDep, require_csrf_header
from identity.app import session_handlers as sessions
from identity.domain.errors import InvalidRefreshTokenError

router = APIRouter(tags=["auth"])
log = structlog.get_logger(__name__)

_NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


# the cookie mode's refusal (session_cookie.py), documented as every problem is
_CSRF_REFUSAL: dict[int | str, dict[str, Any]] = {
    403: {
        "description": "cookie mode without the X-Ouvrage-CSRF header",
        "x-problem-codes": ["csrf_header_required"],
    }
}
# the login throttle's refusal (_throttle below)
_LOGIN_ANSWERS: dict[int | str, dict[str, Any]] = {
    **_CSRF_REFUSAL,
    429: {
        "description": "too many attempts from this address or for this account (Retry-After)",
        "x-problem-codes": ["too_many_attempts"],
    },
}


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


@router.post(
    "/auth/token", response_model=TokenPublic, response_model_exclude_none=True,
    responses=_LOGIN_ANSWERS,
)  # fmt: skip
async def issue_token(
    body: TokenRequest,
    container: ContainerDep,
    trace: TraceDep,
    cookie: RefreshCookieDep,
    request: Request,
    response: Response,
) -> TokenPublic | JSONResponse:
    """Log in with email and password, or rotate a refresh token (in the body or the cookie)."""
    _throttle(request, body)
    response.headers.update(_NO_STORE)
    if body.cookie_mode:  # every cookie-mode request, logging in too (login CSRF)
        require_csrf_header(request)
    if body.grant_type == "password":
        assert body.email is not None and body.password is not None
        tokens = await sessions.login(container, body.email, body.password, trace)
    elif not body.cookie_mode:
        assert body.refresh_token is not None
        tokens = await sessions.refresh(container, body.refresh_token)
    else:
        try:
            tokens = await sessions.refresh(container, cookie.read(request) or "")
        except InvalidRefreshTokenError as exc:  # spent, revoked or absent: forget the cookie
            refused = problem_response(request.url.path, to_problem(exc))
            cookie.clear(refused)
            return refused
    if body.cookie_mode:
        cookie.set(response, tokens.refresh_token)
    return TokenPublic(
        access_token=tokens.access_token,
        expires_in=tokens.expires_in,
        refresh_token=None if body.cookie_mode else tokens.refresh_token,
        password_change_required=tokens.password_change_required,
    )


@router.post("/auth/revoke", status_code=status.HTTP_204_NO_CONTENT, responses=_CSRF_REFUSAL)
async def revoke_token(
    container: ContainerDep,
    cookie: RefreshCookieDep,
    request: Request,
    body: RevokeRequest | None = None,
) -> Response:
    """End the session of a refresh token, from the body or the cookie (204 even if unknown)."""
    answer = Response(status_code=status.HTTP_204_NO_CONTENT)
    token = body.refresh_token if body is not None else None
    if token is None:  # the browser's log-out: the cookie's session
        token = cookie.read(request)
        cookie.clear(answer)
    if token:
        await sessions.revoke(container, token)
    return answer


@router.get("/.well-known/jwks.json")
async def jwks(keyring: KeyRingDep, response: Response) -> dict[str, Any]:
    """The public keys that verify identity's tokens (current and recently retired)."""
    response.headers["Cache-Control"] = "public, max-age=60"
    return await keyring.jwks()
