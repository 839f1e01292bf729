"""FAQ « Mon email revient « not delivery » », closed as a loop: a quote emailed to a client
leaves with its own return path (VERP); the client's server answers with a delivery status
notification (RFC 3464, built here with the ``email`` package) sent over real SMTP to the
notifier's bounce port; the record's owner then sees « Corriger l'adresse email » in their
actions and the address marked on the record; correcting the address clears the mark."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from conftest import BOUNCE_PORT
from e2e_kit import Company, Ouvrage, eventually, expect
from e2e_steps import MENTIONS
from ouvrage_testing.dsn import build_dsn, send_dsn
from ouvrage_testing.smtp import SmtpSink

pytestmark = pytest.mark.asyncio(loop_scope="session")

LINE = {"designation": "Fenêtre PVC", "quantity": "2", "unit": "u", "unit_price": "800",
        "vat_rate": "20"}  # fmt: skip


async def test_a_bounced_quote_gives_the_owner_an_action_and_marks_the_address(
    ouvrage: Ouvrage, company: Company, smtp_sink: SmtpSink
) -> None:
    admin = company.admin
    luc = await company.add_user("Luc", "Perrin", permissions=("clients.write",))
    mentions = {**MENTIONS, "name": company.name, "email": company.sender_email}
    expect(await ouvrage.put("sales", "/company", admin, json=mentions), 200)
    address = f"roux.{uuid.uuid4().hex[:8]}@destinataire.example"
    client = await company.accepted(
        lambda: ouvrage.post(
            "clients", "/clients", admin,
            json={"kind": "client", "last_name": "Roux", "first_name": "Jean",
                  "emails": [address], "owner_id": str(luc.id)},
        ),
        201,
        what="the client owned by Luc",
    )  # fmt: skip
    quote = await company.accepted(
        lambda: ouvrage.post(
            "sales", f"/clients/{client['id']}/quotes", admin,
            json={"sections": [{"title": "Menuiserie", "lines": [LINE]}]},
        ),
        201,
        what="the quote",
    )  # fmt: skip
    expect(await ouvrage.post("sales", f"/quotes/{quote['id']}/send", admin), 200)

    # The email leaves with a return path of its own at the platform's bounce domain.
    message = await smtp_sink.wait_for(lambda m: address in m.rcpt_to, timeout=60)
    assert message.mail_from.startswith("bounces+")
    assert message.mail_from.endswith("@bounces.ouvrage.example")

    # The client's server reports the mailbox unknown: a DSN to that return path.
    dsn = build_dsn(recipient=address, original=await smtp_sink.raw(message.id))
    await send_dsn("127.0.0.1", BOUNCE_PORT, message.mail_from, dsn)

    # Luc, the record's owner, sees « Corriger l'adresse email » among his actions.
    async def correction() -> dict[str, Any] | None:
        mine = expect(await ouvrage.get("actions", "/actions?assigned_to=me", luc), 200)
        return next(
            (a for a in mine["items"] if a["type_name"] == "Corriger l'adresse email"), None
        )

    action = await eventually(correction, what="the action « Corriger l'adresse email »")
    assert action["client_id"] == client["id"]
    assert address in action["note"]

    # The record shows the address as undeliverable; the delivery log says why.
    async def marked() -> list[Any]:
        record = expect(await ouvrage.get("clients", f"/clients/{client['id']}", luc), 200)
        found: list[Any] = record["undeliverable_emails"]
        return found

    (mark,) = await eventually(marked, what="the undeliverable mark on the record")
    assert (mark["address"], mark["status"]) == (address, "5.1.1")
    log = expect(await ouvrage.get("notifier", "/emails", admin), 200)["items"]
    (logged,) = [e for e in log if e["to_address"] == address]
    assert logged["status"] == "bounced"

    # Correcting the address clears the mark at once.
    corrected = await ouvrage.patch(
        "clients", f"/clients/{client['id']}/contact", luc,
        json={"emails": [f"jean.roux.{uuid.uuid4().hex[:6]}@destinataire.example"]},
    )  # fmt: skip
    expect(corrected, 200)
    record = expect(await ouvrage.get("clients", f"/clients/{client['id']}", luc), 200)
    assert record["undeliverable_emails"] == []
