"""FAQ « Comment bloquer la gestion commerciale pour un client »: « Bloquer la gestion
commerciale » with a reason; the record shows it, ClientBlocked is on the clients topic in
CloudEvents form, and the client's owner is alerted."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import TYPE_CHECKING

import pytest
from e2e_kit import Company, Ouvrage, expect
from e2e_steps import alerts_of, new_client

if TYPE_CHECKING:
    from e2e_kafka import EventTap

pytestmark = pytest.mark.asyncio(loop_scope="session")

REASON = "Impayés depuis mars : deux factures en retard"


async def test_blocking_commercial_management(
    ouvrage: Ouvrage, company: Company, tap: EventTap
) -> None:
    marc = await company.add_user("Marc", "Petit", permissions=("clients.write",))
    admin = company.admin
    client = await new_client(company, marc, "Roux", "Isabelle", emails=["i.roux@example.org"])
    assert client["owner_id"] == str(marc.id)  # the author of the record is its owner
    block_path = f"/clients/{client['id']}/commercial-block"

    # « Bloquer la gestion commerciale » needs its own permission...
    denied = expect(await ouvrage.put("clients", block_path, marc, json={"reason": REASON}), 403)
    assert denied["detail"]
    # ...and a reason.
    blank = await ouvrage.put("clients", block_path, admin, json={"reason": ""})
    assert blank.status_code == 422
    # The administrator blocks it (Oui + the reason, then Valider), on the version they saw.
    stale = await ouvrage.put(
        "clients", block_path, admin, json={"reason": REASON}, headers={"If-Match": '"99"'}
    )
    assert expect(stale, 412)["code"] == "version_conflict"
    version = {"If-Match": f'"{client["version"]}"'}
    blocked = expect(
        await ouvrage.put("clients", block_path, admin, json={"reason": REASON}, headers=version),
        200,
    )
    assert blocked["commercial_block"]["reason"] == REASON

    # The record shows the block and its reason to anyone of the company.
    record = expect(await ouvrage.get("clients", f"/clients/{client['id']}", marc), 200)
    assert record["commercial_block"]["reason"] == REASON
    assert datetime.fromisoformat(record["commercial_block"]["since"])
    assert record["version"] == client["version"] + 1

    # ClientBlocked on ouvrage.clients.events, CloudEvents 1.0 binary mode.
    (event,) = await tap.wait_for(
        "ouvrage.clients.ClientBlocked", lambda r: r.subject == client["id"]
    )
    h = event.headers
    assert h["ce_specversion"] == "1.0"
    assert h["ce_source"] == "/ouvrage/clients"
    assert h["content-type"] == "application/json"
    assert uuid.UUID(h["ce_id"]) and datetime.fromisoformat(h["ce_time"])
    assert h["ce_tenantid"] == str(company.tenant_id)
    assert h["ce_actorid"] == str(admin.id)
    assert int(h["ce_sequence"]) == record["version"]
    assert event.key == client["id"]
    assert event.value["reason"] == REASON
    assert event.value["owner_id"] == str(marc.id)

    # The owner is alerted; the administrator who blocked it is not.
    alert = await alerts_of(
        company, marc, "client_blocked", lambda a: a["link"] == f"/clients/{client['id']}"
    )
    assert alert["title"] == "Gestion commerciale bloquée : Roux Isabelle"
    assert alert["body"] == f"Motif : {REASON}"
    own = expect(await ouvrage.get("notifier", "/alerts", admin), 200)
    assert all(a["kind"] != "client_blocked" for a in own["items"])

    # Unblocking gives commercial management back.
    current = {"If-Match": f'"{record["version"]}"'}
    unblocked = expect(await ouvrage.delete("clients", block_path, admin, headers=current), 200)
    assert unblocked["commercial_block"] is None
    await tap.wait_for("ouvrage.clients.ClientUnblocked", lambda r: r.subject == client["id"])
