"""Issue 23: what a hostile or careless client sends answers a 4xx problem, never a 500."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from ouvrage_testing.hostile import (
    LONE_SURROGATE_JSON,
    NUL,
    TAMPERED_CURSORS,
    assert_problem,
    json_with,
)

if TYPE_CHECKING:
    from conftest import IdentityHarness

USER = {"email": "paul@example.fr", "first_name": "Paul", "last_name": "Maçon",
        "password": "Truelle&Niveau-42"}  # fmt: skip


@pytest.mark.parametrize("field", ["email", "first_name", "last_name", "password"])
async def test_a_nul_or_a_lone_surrogate_in_a_new_user_is_a_422(
    identity_harness: IdentityHarness, field: str
) -> None:
    h = identity_harness
    company = await h.company()
    headers = {**h.auth(company.admin_token), "content-type": "application/json"}
    answer = await h.http.post("/users", json={**USER, field: NUL}, headers=headers)
    assert_problem(answer, 422, "validation_error", field)
    raw = json_with(USER, field, LONE_SURROGATE_JSON)
    answer = await h.http.post("/users", content=raw, headers=headers)
    assert_problem(answer, 422, "validation_error", field)


async def test_a_lone_surrogate_at_login_is_a_422(identity_harness: IdentityHarness) -> None:
    h = identity_harness
    raw = json_with({"email": "x@example.fr"}, "password", LONE_SURROGATE_JSON)
    answer = await h.http.post(
        "/auth/token", content=raw, headers={"content-type": "application/json"}
    )
    assert_problem(answer, 422, "validation_error", "password")


async def test_a_nul_in_tenant_settings_is_a_422(identity_harness: IdentityHarness) -> None:
    h = identity_harness
    company = await h.company()
    body = {"name": NUL, "timezone": "Europe/Paris"}
    answer = await h.http.put("/tenant", json=body, headers=h.auth(company.admin_token))
    assert_problem(answer, 422, "validation_error", "name")


async def test_tampered_cursors_are_400_invalid_cursor(identity_harness: IdentityHarness) -> None:
    h = identity_harness
    company = await h.company()
    for cursor in TAMPERED_CURSORS.values():
        answer = await h.http.get(
            "/users", params={"cursor": cursor}, headers=h.auth(company.admin_token)
        )
        assert_problem(answer, 400, "invalid_cursor")
