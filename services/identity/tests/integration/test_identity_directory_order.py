"""GET /users in French order (accents and case ignored), page after page, old rows included."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from identity.app.directory_projection import directory
from identity.bootstrap import migrate

if TYPE_CHECKING:
    from conftest import Company, IdentityHarness

NAMES = ["Zola", "Étienne", "élodie", "Émile", "Adam"]
FRENCH_ORDER = ["Adam", "Admin", "élodie", "Émile", "Étienne", "Zola"]


async def _walk(h: IdentityHarness, company: Company, limit: int) -> list[dict[str, Any]]:
    """Every page of the directory, following ``next_cursor``."""
    seen: list[dict[str, Any]] = []
    cursor = None
    while True:
        params = {"limit": limit, **({"cursor": cursor} if cursor else {})}
        r = await h.http.get("/users", params=params, headers=h.auth(company.admin_token))
        assert r.status_code == 200, r.text
        assert len(r.json()["items"]) <= limit
        seen += r.json()["items"]
        cursor = r.json()["next_cursor"]
        if cursor is None:
            return seen


async def test_the_directory_sorts_accents_and_case_in_french_order(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    company = await h.company()
    for last in NAMES:
        await h.add_user(company, last_name=last)
    for limit in (1, 2, 4, 50):
        assert [u["last_name"] for u in await _walk(h, company, limit)] == FRENCH_ORDER


async def test_same_names_keep_a_stable_order_across_pages(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    company = await h.company()
    created = [await h.add_user(company, last_name="Émile", first_name="Jean") for _ in range(4)]
    await h.add_user(company, last_name="Emile", first_name="Jean")
    seen = await _walk(h, company, 2)
    assert [u["last_name"] for u in seen] == ["Admin", "Emile", "Émile", "Émile", "Émile", "Émile"]
    twins = [u["id"] for u in seen if u["last_name"] == "Émile"]
    assert twins == sorted(u["id"] for u in created)  # ties broken by id, no duplicates


async def test_migrate_gives_a_sort_key_to_rows_written_before_it_existed(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    company = await h.company()
    for last in NAMES:
        await h.add_user(company, last_name=last)
    table = f'"{directory.schema}".directory_users'
    await h.identity.pool.execute(
        f"UPDATE {table} SET sort_key = NULL WHERE tenant_id = $1", company.tenant_id
    )
    await migrate(h.settings)
    missing = await h.identity.pool.fetchval(
        f"SELECT count(*) FROM {table} WHERE tenant_id = $1 AND sort_key IS NULL",
        company.tenant_id,
    )
    assert missing == 0
    assert [u["last_name"] for u in await _walk(h, company, 2)] == FRENCH_ORDER
