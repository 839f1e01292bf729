"""The command line: migrate, create-tenant, rebuild (rotate-key: test_identity_key_rotation)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING
from uuid import UUID

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
    assert json.loads(done.stdout)["applied"] >= len(before)
    after = [dict(r) for r in await h.identity.pool.fetch(query)]
    assert after == before
    assert UUID(str(before[0]["id"]))
    unknown = h.cli("rebuild", "nope")
    assert unknown.returncode != 0 and "unknown projection" in unknown.stderr
