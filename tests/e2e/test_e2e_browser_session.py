"""A browser session through the gateway's HTTPS side: the refresh token lives in an HttpOnly,
Secure, SameSite=Strict cookie scoped to /api/identity/auth, the access token in memory; a refresh
needs the X-Ouvrage-CSRF header, and a spent refresh cookie played back ends the session."""

from __future__ import annotations

import ssl
from typing import Any

import httpx
from e2e_kit import Company, expect

NAME = "__Secure-ouvrage-refresh"
CSRF = {"X-Ouvrage-CSRF": "1"}
REFRESH = {"grant_type": "refresh_token", "refresh_token_delivery": "cookie"}


def browser(e2e_system: Any) -> httpx.AsyncClient:
    """An HTTPS client with a cookie jar (Secure and Path rules applied), trusting the
    launcher's self-signed certificate."""
    gateway = e2e_system.gateway
    return httpx.AsyncClient(
        base_url=gateway.https_url,
        verify=ssl.create_default_context(cafile=str(gateway.certificate)),
        timeout=30,
    )


async def test_the_refresh_cookie_rotates_through_the_gateway_and_a_replay_ends_the_session(
    e2e_system: Any, company: Company
) -> None:
    admin = company.admin
    login = {"email": admin.email, "password": admin.password, "refresh_token_delivery": "cookie"}
    async with browser(e2e_system) as tab, browser(e2e_system) as thief:
        logged = expect(await tab.post("/api/identity/auth/token", json=login, headers=CSRF), 200)
        assert "refresh_token" not in logged
        spent = tab.cookies[NAME]
        set_cookie = next(c for c in tab.cookies.jar if c.name == NAME)
        assert set_cookie.path == "/api/identity/auth" and set_cookie.secure
        assert set_cookie.has_nonstandard_attr("HttpOnly")

        # without the anti-CSRF header the cookie alone is refused
        no_csrf = await tab.post("/api/identity/auth/token", json=REFRESH)
        assert no_csrf.status_code == 403
        assert no_csrf.json()["code"] == "csrf_header_required"

        refreshed = expect(
            await tab.post("/api/identity/auth/token", json=REFRESH, headers=CSRF), 200
        )
        assert tab.cookies[NAME] != spent
        clients = await tab.get(
            "/api/clients/clients", headers={"Authorization": f"Bearer {refreshed['access_token']}"}
        )
        expect(clients, 200)

        # a copy of the spent cookie played back: refused, and the whole session revoked
        thief.cookies.set(NAME, spent, domain="127.0.0.1", path="/api/identity/auth")
        replay = await thief.post("/api/identity/auth/token", json=REFRESH, headers=CSRF)
        assert replay.status_code == 401
        assert replay.json()["code"] == "invalid_refresh_token"
        after = await tab.post("/api/identity/auth/token", json=REFRESH, headers=CSRF)
        assert after.status_code == 401
        assert NAME not in tab.cookies  # cleared by identity's answer


async def test_the_refresh_cookie_is_not_sent_outside_identity_token_paths(
    e2e_system: Any, company: Company
) -> None:
    admin = company.admin
    login = {"email": admin.email, "password": admin.password, "refresh_token_delivery": "cookie"}
    async with browser(e2e_system) as tab:
        token = expect(await tab.post("/api/identity/auth/token", json=login, headers=CSRF), 200)
        clients = await tab.get(
            "/api/clients/clients", headers={"Authorization": f"Bearer {token['access_token']}"}
        )
    expect(clients, 200)
    assert NAME not in clients.request.headers.get("cookie", "")
