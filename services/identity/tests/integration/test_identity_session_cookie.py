"""Browser sessions: the refresh token in an HttpOnly cookie, rotated, guarded by X-Ouvrage-CSRF."""

from __future__ import annotations

from http.cookies import SimpleCookie
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from conftest import IdentityHarness

NAME = "__Secure-ouvrage-refresh"
CSRF = {"X-Ouvrage-CSRF": "1"}


def refresh_cookie(response: httpx.Response) -> tuple[str, str]:
    """The refresh cookie's value and its raw Set-Cookie line."""
    line = next(v for v in response.headers.get_list("set-cookie") if v.startswith(f"{NAME}="))
    return SimpleCookie(line)[NAME].value, line


async def cookie_login(h: IdentityHarness, email: str) -> httpx.Response:
    body = {"email": email, "password": h.admin_password, "refresh_token_delivery": "cookie"}
    return await h.http.post("/auth/token", json=body, headers=CSRF)


async def cookie_refresh(
    h: IdentityHarness, token: str, headers: dict[str, str] = CSRF
) -> httpx.Response:
    body = {"grant_type": "refresh_token", "refresh_token_delivery": "cookie"}
    sent = {**headers, "Cookie": f"{NAME}={token}"}
    return await h.http.post("/auth/token", json=body, headers=sent)


async def test_the_cookie_mode_sets_a_strict_httponly_cookie_and_keeps_the_token_out_of_the_body(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    company = await h.company()
    r = await cookie_login(h, company.admin_email)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["access_token"] and "refresh_token" not in body
    token, line = refresh_cookie(r)
    attributes = {part.strip().lower() for part in line.split(";")[1:]}
    assert {"httponly", "secure", "samesite=strict", "path=/api/identity/auth"} <= attributes
    assert "max-age=2592000" in attributes
    assert len(token) > 20


async def test_a_cookie_refresh_rotates_the_cookie_and_needs_the_csrf_header(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    company = await h.company()
    first, _ = refresh_cookie(await cookie_login(h, company.admin_email))
    refused = await cookie_refresh(h, first, headers={})
    assert refused.status_code == 403
    assert refused.json()["code"] == "csrf_header_required"
    rotated = await cookie_refresh(h, first)
    assert rotated.status_code == 200, rotated.text
    second, _ = refresh_cookie(rotated)
    assert second != first
    assert rotated.json()["access_token"] and "refresh_token" not in rotated.json()


async def test_reusing_a_spent_refresh_cookie_ends_the_session(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    company = await h.company()
    spent, _ = refresh_cookie(await cookie_login(h, company.admin_email))
    current, _ = refresh_cookie(await cookie_refresh(h, spent))
    reused = await cookie_refresh(h, spent)  # a stolen copy played back
    assert reused.status_code == 401
    assert reused.json()["code"] == "invalid_refresh_token"
    _, cleared = refresh_cookie(reused)
    assert "max-age=0" in cleared.lower()
    # the whole session is revoked: the legitimate, newer cookie is refused too
    assert (await cookie_refresh(h, current)).status_code == 401


async def test_log_out_revokes_the_cookie_session_and_clears_the_cookie(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    company = await h.company()
    token, _ = refresh_cookie(await cookie_login(h, company.admin_email))
    cookie = {"Cookie": f"{NAME}={token}"}
    assert (await h.http.post("/auth/revoke", headers=cookie)).status_code == 403
    out = await h.http.post("/auth/revoke", headers={**cookie, **CSRF})
    assert out.status_code == 204
    assert "max-age=0" in refresh_cookie(out)[1].lower()
    assert (await cookie_refresh(h, token)).status_code == 401


async def test_the_json_mode_is_unchanged_for_other_clients(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    company = await h.company()
    r = await h.login(company.admin_email, h.admin_password)
    assert r.status_code == 200
    assert r.json()["refresh_token"]
    assert "set-cookie" not in r.headers
    again = await h.http.post(
        "/auth/token",
        json={"grant_type": "refresh_token", "refresh_token": r.json()["refresh_token"]},
    )
    assert again.status_code == 200 and again.json()["refresh_token"]
    both = await h.http.post(
        "/auth/token",
        json={
            "grant_type": "refresh_token",
            "refresh_token": "x",
            "refresh_token_delivery": "cookie",
        },
        headers=CSRF,
    )
    assert both.status_code == 422
