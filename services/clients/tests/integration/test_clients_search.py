"""Search ``GET /clients?q=``: accent- and case-insensitive, any order, prefixes, phones,
e-mails, ranked, paginated; trashed records leave it and the lists."""

from __future__ import annotations

from typing import Any

import pytest
import pytest_asyncio

ClientsHarness = Any  # the ``clients`` fixture (conftest.py)


@pytest_asyncio.fixture(loop_scope="session", scope="module")
async def directory(clients: ClientsHarness) -> dict[str, Any]:
    """One tenant's records, created over HTTP."""
    tenant = clients.tenant()
    people = {
        "paviere": dict(last_name="Pavière", first_name="Robert", phones=["06.12.34.56.78"],
                        emails=["r.paviere@orange.fr"]),
        "pavierex": dict(last_name="Pavièrex", first_name="Roberta"),
        "martin": dict(last_name="Martin", first_name="Robert", phones=["04 78 12 34 56"]),
        "batisud": dict(company_name="Bâti Sud", last_name="Dupont", first_name="Jean",
                        emails=["contact@batisud.fr"]),
        "lefevre": dict(last_name="Lefèvre", first_name="Élodie", phones=["+33 6 99 88 77 66"]),
    }  # fmt: skip
    ids = {key: (await clients.create(tenant, **body))["id"] for key, body in people.items()}
    return {"tenant": tenant, "ids": ids}


async def search(
    clients: ClientsHarness, directory: dict[str, Any], q: str, **params: Any
) -> list[str]:
    response = await clients.http.get(
        "/clients", params={"q": q, **params}, headers=directory["tenant"].headers(())
    )
    assert response.status_code == 200, response.text
    by_id = {v: k for k, v in directory["ids"].items()}
    return [by_id[item["id"]] for item in response.json()["items"]]


@pytest.mark.parametrize("q", ["paviere robert", "Robert Pavière", "pav rob", "PAVIÈRE"])
async def test_the_faq_examples_find_paviere_robert_first(
    clients: ClientsHarness, directory: dict[str, Any], q: str
) -> None:
    found = await search(clients, directory, q)
    assert found[0] == "paviere"
    assert "martin" not in found


async def test_a_full_name_ranks_above_a_longer_name_sharing_its_prefix(
    clients: ClientsHarness, directory: dict[str, Any]
) -> None:
    assert await search(clients, directory, "paviere robert") == ["paviere", "pavierex"]
    found = await search(clients, directory, "robert")
    assert set(found) == {"martin", "paviere", "pavierex"}
    assert found[-1] == "pavierex"  # « Roberta » only starts with the word


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("06 12 34", ["paviere"]),
        ("06.12.34.56.78", ["paviere"]),
        ("0478", ["martin"]),
        ("06 99 88", ["lefevre"]),
        ("+33 6 99", ["lefevre"]),
        ("r.paviere@orange.fr", ["paviere"]),
        ("contact@bati", ["batisud"]),
        ("batisud.fr", ["batisud"]),
        ("bati", ["batisud"]),
        ("elodie lefevre", ["lefevre"]),
        ("dupont 0", []),
        ("introuvable", []),
    ],
)
async def test_phone_digits_emails_and_companies(
    clients: ClientsHarness, directory: dict[str, Any], q: str, expected: list[str]
) -> None:
    assert await search(clients, directory, q) == expected


async def test_search_pages_with_an_opaque_cursor(
    clients: ClientsHarness, directory: dict[str, Any]
) -> None:
    headers = directory["tenant"].headers(())
    seen: list[str] = []
    cursor = None
    for _ in range(5):
        params = {"q": "rob", "limit": 1, **({"cursor": cursor} if cursor else {})}
        page = (await clients.http.get("/clients", params=params, headers=headers)).json()
        seen.extend(item["id"] for item in page["items"])
        cursor = page["next_cursor"]
        if cursor is None:
            break
    ids = directory["ids"]
    assert sorted(seen) == sorted([ids["paviere"], ids["pavierex"], ids["martin"]])


async def test_the_list_pages_in_name_order(
    clients: ClientsHarness, directory: dict[str, Any]
) -> None:
    headers = directory["tenant"].headers(())
    first = (await clients.http.get("/clients", params={"limit": 2}, headers=headers)).json()
    rest = (
        await clients.http.get(
            "/clients", params={"limit": 10, "cursor": first["next_cursor"]}, headers=headers
        )
    ).json()
    names = [c["display_name"] for c in first["items"] + rest["items"]]
    assert names == [
        "Bâti Sud (Dupont Jean)",
        "Lefèvre Élodie",
        "Martin Robert",
        "Pavière Robert",
        "Pavièrex Roberta",
    ]
    assert rest["next_cursor"] is None


async def test_a_forged_cursor_is_a_400(clients: ClientsHarness, directory: dict[str, Any]) -> None:
    headers = directory["tenant"].headers(())
    for cursor in ("not-a-cursor!", "eyJyYW5rIjoieCJ9"):  # the second is {"rank":"x"}
        response = await clients.http.get(
            "/clients", params={"q": "rob", "cursor": cursor}, headers=headers
        )
        assert response.status_code == 400, response.text
        assert response.json()["code"] == "invalid_cursor"


async def test_a_trashed_record_leaves_search_and_list_and_shows_in_the_trash(
    clients: ClientsHarness, directory: dict[str, Any]
) -> None:
    tenant = directory["tenant"]
    created = await clients.create(tenant, last_name="Pavière", first_name="Robert")
    known = directory | {"ids": directory["ids"] | {"dup": created["id"]}}
    assert set(await search(clients, known, "paviere robert")) == {"paviere", "pavierex", "dup"}

    await clients.http.post(f"/clients/{created['id']}/trash", headers=tenant.headers())

    assert await search(clients, known, "paviere robert") == ["paviere", "pavierex"]
    listed = await clients.http.get("/clients", headers=tenant.headers())
    assert created["id"] not in [c["id"] for c in listed.json()["items"]]
    trash = await clients.http.get("/clients", params={"trash": "true"}, headers=tenant.headers())
    assert [c["id"] for c in trash.json()["items"]] == [created["id"]]
    assert await search(clients, known, "paviere", trash="true") == ["dup"]

    await clients.http.post(f"/clients/{created['id']}/restore", headers=tenant.headers())
    assert "dup" in await search(clients, known, "paviere robert")


async def test_a_contact_change_is_searchable_at_once(
    clients: ClientsHarness, directory: dict[str, Any]
) -> None:
    tenant = directory["tenant"]
    created = await clients.create(tenant, last_name="Bernard")
    known = directory | {"ids": directory["ids"] | {"bernard": created["id"]}}
    await clients.http.patch(
        f"/clients/{created['id']}/contact",
        json={"last_name": "Bérnardini", "phones": ["05 55 44 33 22"]},
        headers=tenant.headers(),
    )
    assert await search(clients, known, "bernardini") == ["bernard"]
    assert await search(clients, known, "05 55 44") == ["bernard"]
    assert await search(clients, known, "bernard") == ["bernard"]
