"""Browser sessions: the refresh token as an ``HttpOnly; Secure; SameSite=Strict`` cookie.

A browser asks for the cookie mode (``refresh_token_delivery: "cookie"``); the refresh token then
never reaches JavaScript: identity sets it, rotates it at each refresh and clears it when it is
refused or revoked. Requests that use the cookie must carry the ``X-Ouvrage-CSRF`` header: a
cross-site form cannot set it, and a cross-site script cannot without a CORS preflight the
gateway refuses (OWASP CSRF cheat sheet, "custom request headers").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request, Response
from ouvrage_platform.errors import ProblemError

from identity.settings import IdentitySettings

CSRF_HEADER = "X-Ouvrage-CSRF"
CSRF_REQUIRED_DETAIL = "En-tête X-Ouvrage-CSRF manquant : requête refusée."


@dataclass(frozen=True)
class RefreshCookie:
    """Where the refresh cookie lives (IDENTITY_REFRESH_COOKIE_*), and how to set it."""

    name: str
    path: str
    max_age: int

    def read(self, request: Request) -> str | None:
        """The refresh token of the cookie, once the anti-CSRF header is checked."""
        require_csrf_header(request)
        return request.cookies.get(self.name) or None

    def set(self, response: Response, token: str) -> None:
        response.set_cookie(
            self.name, token, max_age=self.max_age, path=self.path,
            secure=True, httponly=True, samesite="strict",
        )  # fmt: skip

    def clear(self, response: Response) -> None:
        response.delete_cookie(
            self.name, path=self.path, secure=True, httponly=True, samesite="strict"
        )


def get_refresh_cookie(request: Request) -> RefreshCookie:
    settings = request.app.state.settings
    assert isinstance(settings, IdentitySettings)
    return RefreshCookie(
        settings.refresh_cookie_name,
        settings.refresh_cookie_path,
        settings.refresh_token_ttl_seconds,
    )


RefreshCookieDep = Annotated[RefreshCookie, Depends(get_refresh_cookie)]


def require_csrf_header(request: Request) -> None:
    """403 unless the request carries the anti-CSRF header (any non-empty value)."""
    if not request.headers.get(CSRF_HEADER, "").strip():
        raise ProblemError(403, "csrf_header_required", CSRF_REQUIRED_DETAIL)
