"""Search uses an index per company: the words of other companies are never read, then dropped."""

from __future__ import annotations

from typing import Any

import ouvrage_events as es
from clients.adapters import search_sql
from clients.app.ports import ListFilters
from clients.app.search_terms import parse_query

ClientsHarness = Any  # what ``clients`` yields (conftest.py)


async def _plan(dsn: str, tenant_id: Any, text: str) -> dict[str, Any]:
    """The executed plan of the ranked first-page search (a generic plan, as after the fifth
    run of a prepared statement)."""
    query = parse_query(text)
    args = search_sql._ranked_args(tenant_id, query, ListFilters(), 20)
    conn = await es.connect(dsn, server_settings={"search_path": "proj_clients_view, public"})
    try:
        await conn.execute("SET plan_cache_mode = force_generic_plan")
        explain = f"EXPLAIN (ANALYZE, FORMAT JSON) {search_sql._RANKED_FIRST}"
        plan: dict[str, Any] = (await conn.fetchval(explain, *args, 1001))[0]["Plan"]
        return plan
    finally:
        await conn.close()


def _index_scans(plan: dict[str, Any]) -> list[dict[str, Any]]:
    found = [plan] if plan.get("Node Type") == "Bitmap Index Scan" else []
    for child in plan.get("Plans", []):
        found += _index_scans(child)
    return found


async def _fill(dsn: str, tenant_id: Any, words: str, copies: int) -> None:
    """``copies`` more records of the tenant found by ``words`` (copies of one of its records):
    directories of a realistic size, so that the planner chooses as it would in production."""
    conn = await es.connect(dsn, server_settings={"search_path": "proj_clients_view, public"})
    try:
        columns = await conn.fetchval(
            "SELECT string_agg(quote_ident(attname), ', ') FROM pg_attribute "
            "WHERE attrelid = 'client_cards'::regclass AND attnum > 0 AND NOT attisdropped "
            "AND attname NOT IN ('id', 'search')"
        )
        await conn.execute(
            f"INSERT INTO client_cards (id, search, {columns}) "
            f"SELECT gen_random_uuid(), to_tsvector('simple', $3), {columns} "
            "FROM client_cards, generate_series(1, $2) WHERE tenant_id = $1 "
            "AND id = (SELECT min(id::text)::uuid FROM client_cards WHERE tenant_id = $1)",
            tenant_id,
            copies,
            words,
        )
        await conn.execute("ANALYZE client_cards")
    finally:
        await conn.close()


async def test_a_search_reads_its_company_entries_only(clients: ClientsHarness) -> None:
    mine, other = clients.tenant(), clients.tenant()
    for _ in range(3):
        await clients.create(mine, last_name="Pavière", first_name="Roberte")
    await clients.create(other, last_name="Pavière", first_name="Roberte")
    await _fill(clients.dsn, mine.id, "dupont jean", 2000)
    await _fill(clients.dsn, other.id, "pavière roberte", 2000)  # the same words, elsewhere

    page = await clients.http.get("/clients", params={"q": "pav rob"}, headers=mine.headers())
    assert len(page.json()["items"]) == 3

    plan = await _plan(clients.dsn, mine.id, "pav rob")
    by_terms = [s for s in _index_scans(plan) if s["Index Name"] == "client_cards_tenant_search"]
    assert by_terms, f"the search must go through the per-company index: {plan}"
    assert by_terms[0]["Actual Rows"] == 3  # not 15: the other company's rows are never read
