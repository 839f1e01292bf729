"""The tenant's status list: defaults, statuses added with settings.manage, used on records."""

from __future__ import annotations

from typing import Any
from uuid import uuid4

ClientsHarness = Any  # the ``clients`` fixture (conftest.py)


def _status(code: str, label: str, **does: bool) -> dict[str, Any]:
    rules = {"on_planning": False, "ends_worksite": False, "trash": False, **does}
    return {"code": code, "label": label, "default": True, **rules}


DEFAULTS = [
    _status("prospect", "Prospect"),
    _status("devis_en_cours", "Devis en cours"),
    _status("en_cours_de_chantier", "En cours de chantier", on_planning=True),
    _status("chantier_termine", "Chantier terminé", ends_worksite=True),
    _status("sav", "SAV"),
    _status("corbeille", "Corbeille", trash=True),
]


async def test_a_tenant_adds_a_status_and_uses_it(clients: ClientsHarness) -> None:
    tenant, other = clients.tenant(), clients.tenant()
    assert (await clients.http.get("/statuses", headers=tenant.headers(()))).json() == DEFAULTS

    added = await clients.http.post(
        "/statuses", json={"label": "À relancer"}, headers=tenant.headers()
    )
    record = await clients.create(tenant, last_name="Blanc", status="a_relancer")

    assert added.status_code == 201, added.text
    assert added.json() == {
        **_status("a_relancer", "À relancer"),
        "default": False,
    }
    listed = (await clients.http.get("/statuses", headers=tenant.headers(()))).json()
    assert listed == [*DEFAULTS, added.json()]
    assert record["status"] == {"code": "a_relancer", "label": "À relancer"}
    others = (await clients.http.get("/statuses", headers=other.headers(()))).json()
    assert others == DEFAULTS
    refused = await clients.http.post(
        "/clients", json={"last_name": "Noir", "status": "a_relancer"}, headers=other.headers()
    )
    assert refused.status_code == 422
    assert refused.json()["code"] == "unknown_status"


async def test_a_status_code_is_defined_once(clients: ClientsHarness) -> None:
    tenant = clients.tenant()
    first = await clients.http.post("/statuses", json={"label": "Perdu"}, headers=tenant.headers())
    again = await clients.http.post(
        "/statuses", json={"label": "Perdu !", "code": "perdu"}, headers=tenant.headers()
    )
    default = await clients.http.post("/statuses", json={"label": "SAV"}, headers=tenant.headers())
    bad = await clients.http.post(
        "/statuses", json={"label": "X", "code": "Pas Bon"}, headers=tenant.headers()
    )

    assert first.status_code == 201
    assert (again.status_code, again.json()["code"]) == (409, "status_exists")
    assert (default.status_code, default.json()["code"]) == (409, "status_exists")
    assert (bad.status_code, bad.json()["code"]) == (422, "invalid_status")


async def test_defining_a_status_is_idempotent_with_a_key(clients: ClientsHarness) -> None:
    tenant = clients.tenant()
    key = {"Idempotency-Key": f"status-{uuid4()}"}
    first = await clients.http.post(
        "/statuses", json={"label": "Gagné"}, headers=tenant.headers(**key)
    )
    retry = await clients.http.post(
        "/statuses", json={"label": "Gagné"}, headers=tenant.headers(**key)
    )

    assert first.status_code == retry.status_code == 201
    assert retry.json() == first.json()
    listed = (await clients.http.get("/statuses", headers=tenant.headers(()))).json()
    assert [s["code"] for s in listed].count("gagne") == 1
