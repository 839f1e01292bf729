"""No password, hash or token appears in the logs or on the topic, whatever the flow."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any
from uuid import UUID

import pytest
import structlog
from ouvrage_platform.logging import configure_logging

if TYPE_CHECKING:
    from conftest import IdentityHarness


@pytest.fixture
def captured_logs() -> Iterator[io.StringIO]:
    """The production logging pipeline (JSON lines, DEBUG and up), written to a buffer."""
    saved_config = structlog.get_config()
    root = logging.getLogger()
    saved_handlers, saved_level = root.handlers[:], root.level
    buffer = io.StringIO()
    configure_logging("identity", "DEBUG", stream=buffer)
    try:
        yield buffer
    finally:
        structlog.configure(**saved_config)
        root.handlers[:] = saved_handlers
        root.setLevel(saved_level)


async def password_hash(h: IdentityHarness, user_id: Any) -> str:
    value = await h.identity.pool.fetchval(
        "SELECT password_hash FROM credentials WHERE user_id = $1", UUID(str(user_id))
    )
    return str(value)


async def test_secrets_stay_out_of_logs_and_events(
    identity_harness: IdentityHarness, captured_logs: io.StringIO
) -> None:
    h = identity_harness
    secrets: list[str] = [h.admin_password]
    company = await h.company()
    secrets += [company.admin_token, await password_hash(h, company.admin_id)]
    user = await h.add_user(company, password="Initial-Secret-2024!")
    secrets += ["Initial-Secret-2024!", await password_hash(h, user["id"])]

    first = (await h.login(user["email"], "Initial-Secret-2024!")).json()
    wrong = await h.login(user["email"], "Wrong-Guess-2024!")
    assert wrong.status_code == 401
    rotated = await h.http.post("/auth/token", json={"grant_type": "refresh_token",
                                                     "refresh_token": first["refresh_token"]})  # fmt: skip
    second = rotated.json()
    secrets += ["Wrong-Guess-2024!", first["access_token"], first["refresh_token"],
                second["access_token"], second["refresh_token"]]  # fmt: skip

    url = f"/users/{user['id']}/password"
    own = await h.http.put(url, headers=h.auth(second["access_token"]), json={
        "current_password": "Initial-Secret-2024!", "new_password": "Changed-Secret-2024!"})  # fmt: skip
    assert own.status_code == 200
    secrets += ["Changed-Secret-2024!", await password_hash(h, user["id"])]
    reset = await h.http.put(url, headers=h.auth(company.admin_token),
                             json={"new_password": "Reset-By-Admin-2024!"})  # fmt: skip
    assert reset.status_code == 200
    secrets += ["Reset-By-Admin-2024!", await password_hash(h, user["id"])]
    weak = await h.http.put(url, headers=h.auth(company.admin_token),
                            json={"new_password": "weak-secret"})  # fmt: skip
    assert weak.status_code == 422
    assert "weak-secret" not in weak.text
    secrets.append("weak-secret")
    third = (await h.login(user["email"], "Reset-By-Admin-2024!")).json()
    await h.http.post("/auth/revoke", json={"refresh_token": third["refresh_token"]})
    secrets += [third["access_token"], third["refresh_token"]]
    for _ in range(5):
        await h.login(user["email"], "Brute-Force-2024!")
    secrets.append("Brute-Force-2024!")
    await h.reader.of_type("UserLockedOut", UUID(user["id"]))
    await h.reader.wait_for(lambda r: h.reader.count("PasswordChanged", UUID(user["id"])) == 2)

    logs = captured_logs.getvalue()
    assert "identity.login_succeeded" in logs and "identity.password_changed" in logs
    assert "identity.user_locked_out" in logs
    topic = b"\n".join(
        (r.key or b"") + (r.value or b"") + b"".join(k.encode() + v for k, v in r.headers)
        for r in h.reader.records
    )
    assert b"PasswordChanged" in topic
    for secret in secrets:
        assert secret not in logs, "a secret reached the logs"
        assert secret.encode() not in topic, "a secret reached the topic"
    for marker in ("$argon2", "BEGIN PRIVATE KEY", "eyJ"):
        assert marker not in logs
        assert marker.encode() not in topic
