"""Probable duplicates (on create and on demand) and the record's French timeline."""

from __future__ import annotations

from typing import Any

ClientsHarness = Any  # the ``clients`` fixture (conftest.py)


async def test_creation_answers_the_probable_duplicates_and_is_never_refused(
    clients: ClientsHarness,
) -> None:
    tenant = clients.tenant()
    first = await clients.create(
        tenant, last_name="Pavière", first_name="Robert", phones=["06 12 34 56 78"]
    )
    by_phone = await clients.create(tenant, last_name="Dupuis", phones=["+33 6 12 34 56 78"])
    by_email = await clients.create(tenant, company_name="Bâti Sud", emails=["R.Paviere@Orange.fr"])

    second = await clients.create(
        tenant,
        last_name="Robert",
        first_name="Pavière",
        phones=["06.12.34.56.78"],
        emails=["r.paviere@orange.fr"],
    )

    found = {d["client"]["id"]: d["reasons"] for d in second["probable_duplicates"]}
    assert found == {
        first["id"]: ["name", "phone"],
        by_phone["id"]: ["phone"],
        by_email["id"]: ["email"],
    }
    assert second["probable_duplicates"][0]["client"]["id"] == first["id"]  # the strongest first


async def test_duplicates_on_demand_page_and_forget_trashed_records(
    clients: ClientsHarness,
) -> None:
    tenant = clients.tenant()
    a = await clients.create(tenant, last_name="Martin", first_name="Luc")
    b = await clients.create(tenant, last_name="Martin", first_name="Luc")
    c = await clients.create(tenant, last_name="MARTIN", first_name="luc")
    url = f"/clients/{c['id']}/duplicates"

    first = (await clients.http.get(url, params={"limit": 1}, headers=tenant.headers(()))).json()
    rest = (
        await clients.http.get(
            url, params={"cursor": first["next_cursor"]}, headers=tenant.headers(())
        )
    ).json()
    assert {d["client"]["id"] for d in first["items"] + rest["items"]} == {a["id"], b["id"]}
    assert rest["next_cursor"] is None

    await clients.http.post(
        f"/clients/{b['id']}/trash", json={"duplicate_of": a["id"]}, headers=tenant.headers()
    )
    after = (await clients.http.get(url, headers=tenant.headers(()))).json()
    assert [d["client"]["id"] for d in after["items"]] == [a["id"]]


async def test_history_is_a_french_timeline_of_who_did_what_when(clients: ClientsHarness) -> None:
    tenant = clients.tenant()
    original = await clients.create(tenant, last_name="Pavière", first_name="Robert")
    record = await clients.create(tenant, last_name="Paviere", first_name="Robert")
    base = f"/clients/{record['id']}"
    h = tenant.headers()
    await clients.http.put(f"{base}/status", json={"status": "devis_en_cours"}, headers=h)
    await clients.http.put(f"{base}/commercial-block", json={"reason": "impayés"}, headers=h)
    await clients.http.delete(f"{base}/commercial-block", headers=h)
    await clients.http.post(f"{base}/trash", json={"duplicate_of": original["id"]}, headers=h)
    await clients.http.post(f"{base}/restore", headers=h)

    page = (await clients.http.get(f"{base}/history", params={"limit": 4}, headers=h)).json()
    more = (
        await clients.http.get(f"{base}/history", params={"cursor": page["next_cursor"]}, headers=h)
    ).json()

    entries = page["items"] + more["items"]
    assert [e["label"] for e in entries] == [
        "Fiche créée",
        "Statut changé : Prospect → Devis en cours",
        "Gestion commerciale bloquée : impayés",
        "Gestion commerciale débloquée",
        "Mise à la corbeille (doublon de Pavière Robert)",
        "Fiche restaurée depuis la corbeille",
        "Statut changé : Corbeille → Devis en cours",
    ]
    # The status « Corbeille » (sequence 5) says the same as the trash line: it is not repeated.
    assert [e["sequence"] for e in entries] == [1, 2, 3, 4, 6, 7, 8]
    assert {e["actor_id"] for e in entries} == {str(tenant.user_id)}
    assert entries[2]["type"] == "ClientBlocked"
    assert all(e["at"] for e in entries)
    assert more["next_cursor"] is None
