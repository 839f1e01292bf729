"""A broad search (more matches than the service ranks) is answered in name order, paged."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest_asyncio

ClientsHarness = Any  # what ``clients_running`` yields (conftest.py)


@pytest_asyncio.fixture(loop_scope="session", scope="module")
async def narrow_ranking(
    database_dsn: str,
    kafka_bootstrap: str,
    clients_topic: str,
    clients_minter: Any,
    clients_running: Any,
) -> AsyncIterator[ClientsHarness]:
    """The app ranking at most 3 candidates (the default is 1,000)."""
    async with clients_running(
        database_dsn, kafka_bootstrap, clients_topic, clients_minter, search_rank_candidates=3
    ) as harness:
        yield harness


async def test_past_the_ranking_cap_results_come_by_name_across_pages(
    narrow_ranking: ClientsHarness,
) -> None:
    clients = narrow_ranking
    tenant = clients.tenant()
    for last, first in [("Martin", "Zoé"), ("Marchand", "Luc"), ("Masson", "Ana"),
                        ("Maréchal", "Paul"), ("Dupont", "Marc"), ("Bernard", "Léa")]:  # fmt: skip
        await clients.create(tenant, last_name=last, first_name=first)
    headers = tenant.headers(())

    names: list[str] = []
    params: dict[str, Any] = {"q": "ma", "limit": 2}
    while True:
        page = (await clients.http.get("/clients", params=params, headers=headers)).json()
        names.extend(item["display_name"] for item in page["items"])
        if page["next_cursor"] is None:
            break
        params["cursor"] = page["next_cursor"]

    assert names == [
        "Dupont Marc",
        "Marchand Luc",
        "Maréchal Paul",
        "Martin Zoé",
        "Masson Ana",
    ]


async def test_under_the_cap_results_are_ranked(narrow_ranking: ClientsHarness) -> None:
    clients = narrow_ranking
    tenant = clients.tenant()
    for last, first in [("Pavièrex", "Roberta"), ("Pavière", "Robert")]:
        await clients.create(tenant, last_name=last, first_name=first)

    page = (
        await clients.http.get(
            "/clients", params={"q": "paviere robert"}, headers=tenant.headers(())
        )
    ).json()

    assert [c["display_name"] for c in page["items"]] == ["Pavière Robert", "Pavièrex Roberta"]
