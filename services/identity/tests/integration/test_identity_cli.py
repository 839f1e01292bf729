"""The command line: migrate, create-tenant, rebuild (rotate-key: test_identity_key_rotation)."""

from __future__ import annotations

import asyncio
import json
import signal
import socket
import subprocess
from typing import TYPE_CHECKING
from uuid import UUID

import httpx

if TYPE_CHECKING:
    from conftest import IdentityHarness


async def test_migrate_is_idempotent(identity_harness: IdentityHarness) -> None:
    done = identity_harness.cli("migrate")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"applied": []}


async def test_create_tenant_prints_ids_and_a_one_time_password_that_logs_in(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    done = h.cli("create-tenant", "--name", "Leroy Menuiserie", "--admin-email",
                 "Anne.Leroy@example.fr", "--first-name", "Anne", "--last-name", "Leroy",
                 "--timezone", "Indian/Reunion")  # fmt: skip
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert set(out) == {"tenant_id", "admin_user_id", "one_time_password"}
    assert h.identity.policy.failures(out["one_time_password"]) == []
    assert out["one_time_password"] not in done.stderr
    token = await h.token("anne.leroy@example.fr", out["one_time_password"])
    tenant = (await h.http.get("/tenant", headers=h.auth(token))).json()
    assert tenant["id"] == out["tenant_id"] and tenant["timezone"] == "Indian/Reunion"
    me = (await h.http.get(f"/users/{out['admin_user_id']}", headers=h.auth(token))).json()
    assert me["is_admin"] is True and me["name"] == "Anne Leroy"


async def test_create_tenant_with_a_typed_password(identity_harness: IdentityHarness) -> None:
    h = identity_harness
    done = h.cli("create-tenant", "--name", "Petit Plombier", "--admin-email", "pp@example.fr",
                 "--first-name", "Pierre", "--last-name", "Petit", "--password-stdin",
                 stdin="Robinet-Fuite-2024!\n")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "one_time_password" not in json.loads(done.stdout)
    assert (await h.login("pp@example.fr", "Robinet-Fuite-2024!")).status_code == 200


async def test_create_tenant_refusals_record_nothing(identity_harness: IdentityHarness) -> None:
    h = identity_harness
    before = await h.identity.pool.fetchval("SELECT count(*) FROM es_events")
    weak = h.cli("create-tenant", "--name", "X", "--admin-email", "x@example.fr",
                 "--first-name", "X", "--last-name", "Y", "--password-stdin",
                 stdin="azerty123\n")  # fmt: skip
    assert weak.returncode == 2
    assert "Le mot de passe doit" in weak.stderr and "azerty123" not in weak.stderr
    company = await h.company()
    taken = h.cli("create-tenant", "--name", "X", "--admin-email", company.admin_email,
                  "--first-name", "X", "--last-name", "Y")  # fmt: skip
    assert taken.returncode == 2 and "déjà utilisée" in taken.stderr
    zone = h.cli("create-tenant", "--name", "X", "--admin-email", "z@example.fr",
                 "--first-name", "X", "--last-name", "Y", "--timezone", "Nowhere/Land")  # fmt: skip
    assert zone.returncode == 2 and "fuseau horaire" in zone.stderr
    after = await h.identity.pool.fetchval("SELECT count(*) FROM es_events")
    assert after == before + 2  # only the company made with h.company()


async def test_rebuild_gives_back_the_same_directory(identity_harness: IdentityHarness) -> None:
    h = identity_harness
    company = await h.company()
    await h.add_user(company, last_name="Reconstruit")
    query = "SELECT * FROM directory_users ORDER BY id"
    before = [dict(r) for r in await h.identity.pool.fetch(query)]
    done = h.cli("rebuild", "identity_directory")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["events"] >= len(before)
    after = [dict(r) for r in await h.identity.pool.fetch(query)]
    assert after == before
    assert UUID(str(before[0]["id"]))
    unknown = h.cli("rebuild", "nope")
    assert unknown.returncode != 0 and "unknown projection" in unknown.stderr


async def test_serve_answers_ready_the_way_the_launcher_waits_for_it(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = h.spawn_cli("serve", "--port", str(port))
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            ready = await _poll_ready(client, process)
            assert ready.json()["checks"] == {"postgres": "ok", "kafka": "ok", "relay": "ok"}
            jwks = (await client.get("/.well-known/jwks.json")).json()
            assert jwks["keys"] and all(k["alg"] == "RS256" for k in jwks["keys"])
    finally:
        process.terminate()
        process.wait(timeout=30)
    # uvicorn shuts down gracefully, then re-raises the signal it caught.
    assert process.returncode in (0, -signal.SIGTERM)


async def _poll_ready(
    client: httpx.AsyncClient, process: subprocess.Popen[bytes]
) -> httpx.Response:
    async with asyncio.timeout(60):
        while True:
            assert process.poll() is None, "ouvrage-identity serve exited"
            try:
                response = await client.get("/ready")
                if response.status_code == 200:
                    return response
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.2)
