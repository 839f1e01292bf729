"""Floods of POST /auth/token are refused before they cost argon2 work or memory (issue 13,
part 4): per-address and per-account rates (429 + Retry-After), a bounded number of argon2
computations (503 + Retry-After), and a body-size limit (413)."""

from __future__ import annotations

import asyncio
import dataclasses
import uuid
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from identity.adapters.argon2_hasher import Argon2Hasher
from identity.adapters.rate_limits import LoginRateLimits

if TYPE_CHECKING:
    from conftest import IdentityHarness

PROBLEM = "application/problem+json"


@pytest.fixture
def strict_limits(identity_harness: IdentityHarness) -> Iterator[None]:
    state = identity_harness.app.state
    relaxed = state.login_limits
    state.login_limits = LoginRateLimits(per_address="6/minute", per_account="4/minute")
    try:
        yield
    finally:
        state.login_limits = relaxed


def _throttled(answer: object) -> None:
    import httpx

    assert isinstance(answer, httpx.Response)
    assert answer.status_code == 429, answer.text
    assert answer.headers["content-type"] == PROBLEM
    assert 1 <= int(answer.headers["retry-after"]) <= 60
    assert answer.json()["code"] == "too_many_attempts"
    assert "réessayez dans" in answer.json()["detail"]


async def test_guessing_one_accounts_password_is_throttled(
    identity_harness: IdentityHarness, strict_limits: None
) -> None:
    h = identity_harness
    company = await h.company()  # its administrator's login is the account's first attempt
    for _ in range(3):
        assert (await h.login(company.admin_email, "Pas-Le-Bon-1!")).status_code == 401
    _throttled(await h.login(company.admin_email, h.admin_password))
    _throttled(await h.login(company.admin_email.upper(), h.admin_password))  # same account


async def test_spraying_many_accounts_from_one_address_is_throttled(
    identity_harness: IdentityHarness, strict_limits: None
) -> None:
    h = identity_harness
    for _ in range(6):
        r = await h.login(f"inconnu.{uuid.uuid4().hex[:6]}@example.fr", "Devine-Moi-42!")
        assert r.status_code == 401
    _throttled(await h.login(f"encore.{uuid.uuid4().hex[:6]}@example.fr", "Devine-Moi-42!"))
    refresh = await h.http.post(
        "/auth/token", json={"grant_type": "refresh_token", "refresh_token": "x" * 43}
    )
    _throttled(refresh)


async def test_argon2_saturated_answers_503_instead_of_queuing_without_bound(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    company = await h.company()
    saturated = Argon2Hasher(time_cost=1, memory_cost_kib=8, parallelism=1,
                             max_concurrent=1, queue_seconds=0.05)  # fmt: skip
    original = h.app.state.container
    h.app.state.container = dataclasses.replace(original, hasher=saturated)
    try:
        await saturated._slots.acquire()  # another login holds the only slot
        r = await h.login(company.admin_email, h.admin_password)
        assert r.status_code == 503 and r.headers["retry-after"] == "1"
        assert r.headers["content-type"] == PROBLEM and r.json()["code"] == "busy"
        saturated._slots.release()
        assert (await h.login(company.admin_email, h.admin_password)).status_code == 200
    finally:
        h.app.state.container = original


async def test_argon2_runs_at_most_max_concurrent_at_once() -> None:
    hasher = Argon2Hasher(time_cost=2, memory_cost_kib=8192, parallelism=1,
                          max_concurrent=2, queue_seconds=0.0)  # fmt: skip
    stored = await hasher.hash("Mot-De-Passe-1!")
    outcomes = await asyncio.gather(
        *(hasher.verify(stored, "Mot-De-Passe-1!") for _ in range(6)), return_exceptions=True
    )
    assert outcomes.count(True) >= 2
    assert any(type(o).__name__ == "HasherBusyError" for o in outcomes)


async def test_an_oversized_login_body_is_refused_with_413(
    identity_harness: IdentityHarness,
) -> None:
    r = await identity_harness.http.post(
        "/auth/token", content=b'{"email": "' + b"a" * (2 * 1024 * 1024) + b'"}',
        headers={"content-type": "application/json"},
    )  # fmt: skip
    assert r.status_code == 413 and r.headers["content-type"] == PROBLEM
