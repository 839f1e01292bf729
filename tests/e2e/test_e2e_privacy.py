"""RGPD on the running system (issue 22): a client with a recognisable name and email, activity
in every service (a quote sent to them included); their personal data never reaches an event store table or a Kafka log segment
in clear; the access export gathers every service's part; after the erasure no database dump
holds them, every API and a projection rebuilt from the log show « Personne effacée »."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import pytest
from conftest import ROOT, RunningOuvrage, system
from e2e_kit import Company, Ouvrage, eventually, expect
from e2e_privacy import EVENT_STORE_TABLES, SERVICES_WITH_EVENTS, in_segments, occurrences, pg_dump
from e2e_steps import MENTIONS, action_type, assign, mail_to, open_action
from ouvrage_testing.smtp import SmtpSink

pytestmark = pytest.mark.asyncio(loop_scope="session")

ERASED = "Personne effacée"
TOPICS = [f"ouvrage.{s}.events" for s in SERVICES_WITH_EVENTS]
# A new system's consumers start from the beginning of the shared topics: behind every earlier
# run's events (all engineers' on this broker), the notifier may take minutes to reach ours.
SLOW = 240.0


def _lines(dump: bytes, needles: list[str]) -> list[str]:
    """The dump's lines holding a needle (what a failure shows)."""
    return [line[:300] for line in dump.decode(errors="replace").splitlines()
            if any(n in line for n in needles)]  # fmt: skip


def _dsn(running: RunningOuvrage, service: str) -> str:
    return str(running.env[f"{service.upper()}_DATABASE_URL"])


async def _rebuild(running: RunningOuvrage, service: str, projection: str) -> None:
    process = await asyncio.create_subprocess_exec(
        *system.command(service), "rebuild", projection, env=running.env, cwd=ROOT,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    _out, err = await process.communicate()
    assert process.returncode == 0, err.decode()[-2000:]


async def _activity(
    company: Company, client: dict[str, Any], smtp_sink: SmtpSink
) -> dict[str, Any]:
    """An action (with a note naming the client), assigned to a colleague (an alert); the
    worksite opened by the status; a SAV ticket; the site sheet emailed."""
    boss, ouvrage, last = company.admin, company.ouvrage, client["contact"]["last_name"]
    claire = await company.add_user("Claire", "Moreau")
    relancer = await action_type(company, boss, "A relancer")
    action = await open_action(company, boss, client, relancer["id"], f"Rappeler {last}")
    await assign(company, boss, action, claire)
    status = {"status": "en_cours_de_chantier"}
    expect(await ouvrage.put("clients", f"/clients/{client['id']}/status", boss, json=status,
                             headers={"If-Match": f'"{client["version"]}"'}), 200)  # fmt: skip

    async def worksite() -> dict[str, Any] | None:
        items = expect(await ouvrage.get("planning", "/planning", boss), 200)["items"]
        return next((s for s in items if s["client_id"] == client["id"]), None)

    site = await eventually(worksite, SLOW, what="the worksite")
    sav = {"title": f"Fuite chez {last}", "observations": f"{last} absent le matin", "kind": "sav"}
    await company.accepted(
        lambda: ouvrage.post("planning", f"/clients/{client['id']}/sav", boss, json=sav), 201,
        what="the SAV",
    )  # fmt: skip
    expect(await ouvrage.post("planning", f"/worksites/{site['id']}/sheet/send", boss,
                              json={"user_id": str(claire.id)}), 202)  # fmt: skip
    await mail_to(smtp_sink, claire, f"Fiche de chantier : {client['display_name']}", SLOW)

    async def alerted() -> Any:
        page = expect(await ouvrage.get("notifier", "/alerts", claire), 200)
        return [a for a in page["items"] if client["display_name"] in a["body"] + a["title"]]

    await eventually(alerted, SLOW, what="the assignment alert naming the client")
    quote = await _quote(company, client, smtp_sink)
    return {"action": action, "worksite": site, "colleague": claire, "quote": quote}


async def _quote(company: Company, client: dict[str, Any], smtp_sink: SmtpSink) -> dict[str, Any]:
    """A quote naming the client (attestation, notes), emailed to them."""
    boss, ouvrage = company.admin, company.ouvrage
    last, email = client["contact"]["last_name"], client["contact"]["emails"][0]
    mentions = {**MENTIONS, "name": company.name, "email": company.sender_email}
    expect(await ouvrage.put("sales", "/company", boss, json=mentions), 200)
    line = {"designation": "Réfection", "quantity": "1", "unit": "forfait",
            "unit_price": "1000", "vat_rate": "10"}  # fmt: skip
    body = {"sections": [{"title": "Travaux", "lines": [line]}], "notes": f"Chez {last}",
            "vat_attestation": {"signed_on": "2026-01-05", "signed_by": f"Zéphyrine {last}"}}  # fmt: skip
    quote: dict[str, Any] = await company.accepted(
        lambda: ouvrage.post("sales", f"/clients/{client['id']}/quotes", boss, json=body), 201,
        what="the quote",
    )  # fmt: skip
    expect(await ouvrage.post("sales", f"/quotes/{quote['id']}/send", boss), 200)
    await smtp_sink.wait_for(lambda m: email in m.rcpt_to, timeout=SLOW)
    return quote


async def _access_export(ouvrage: Ouvrage, company: Company, client_id: str) -> dict[str, Any]:
    async def complete() -> dict[str, Any] | None:
        path = f"/clients/{client_id}/personal-data"
        export: dict[str, Any] = expect(await ouvrage.get("clients", path, company.admin), 200)
        parts = export["services"]
        full = not export["missing"] and parts["notifier"]["emails"] and parts["notifier"]["alerts"]
        return export if full else None

    found: dict[str, Any] = await eventually(complete, SLOW, what="the complete access export")
    return found


async def test_a_person_is_sealed_exported_and_erased_everywhere(
    ouvrage: Ouvrage, company: Company, e2e_system: RunningOuvrage, smtp_sink: SmtpSink
) -> None:
    tag = uuid.uuid4().hex[:8]
    last, email = f"Zorglubienne{tag}", f"zephyrine.{tag}@exemple.fr"
    needles = [last, email]
    body = {"kind": "client", "last_name": last, "first_name": "Zéphyrine", "emails": [email],
            "phones": ["06 11 22 33 44"], "notes": f"Voisine de {last}"}  # fmt: skip
    client = expect(await ouvrage.post("clients", "/clients", company.admin, json=body), 201)
    done = await _activity(company, client, smtp_sink)

    # 1. access export: every service's part, with the person's data
    export = await _access_export(ouvrage, company, client["id"])
    parts = export["services"]
    assert set(parts) == {"clients", "actions", "planning", "notifier", "sales"}
    assert parts["clients"]["record"]["contact"]["emails"] == [email]
    assert parts["actions"]["actions"][0]["note"] == f"Rappeler {last}"
    assert parts["planning"]["worksites"] and parts["planning"]["sav_tickets"]
    assert parts["notifier"]["emails"][0]["template"]
    assert parts["sales"]["client"][0]["email"] == email
    assert [q["id"] for q in parts["sales"]["quotes"]] == [done["quote"]["id"]]
    drafted = next(r for r in parts["sales"]["recorded"] if r["event"] == "QuoteDrafted")
    assert drafted["notes"] == f"Chez {last}" and last in drafted["client_name"]

    # 2. before erasure: no event store table, no Kafka segment holds them in clear
    for service in SERVICES_WITH_EVENTS:
        dump = await pg_dump(_dsn(e2e_system, service), EVENT_STORE_TABLES)
        assert occurrences(dump, needles) == dict.fromkeys(needles, 0), (
            service,
            _lines(dump, needles),
        )
    assert in_segments(TOPICS, needles) == dict.fromkeys(needles, 0)
    # the probes do see this client's events, and would see the clear text (read models)
    clients_events = await pg_dump(_dsn(e2e_system, "clients"), EVENT_STORE_TABLES)
    assert client["id"].encode() in clients_events
    assert in_segments(["ouvrage.clients.events"], [client["id"]])[client["id"]] >= 3
    assert occurrences(await pg_dump(_dsn(e2e_system, "clients")), needles)[email] > 0

    # 3. erasure
    erased = await ouvrage.post("clients", f"/clients/{client['id']}/erasure", company.admin)
    assert expect(erased, 200)["recorded_now"] is True
    card = expect(await ouvrage.get("clients", f"/clients/{client['id']}", company.admin), 200)
    assert card["display_name"] == ERASED

    async def blank_everywhere() -> bool:
        action = expect(await ouvrage.get("actions", f"/actions/{done['action']['id']}",
                                          company.admin), 200)  # fmt: skip
        sites = expect(await ouvrage.get("planning", "/planning", company.admin), 200)["items"]
        site = next(s for s in sites if s["id"] == done["worksite"]["id"])
        alerts = expect(await ouvrage.get("notifier", "/alerts", done["colleague"]), 200)
        quote = expect(await ouvrage.get("sales", f"/quotes/{done['quote']['id']}",
                                         company.admin), 200)  # fmt: skip
        return bool(
            action["client_name"] == ERASED
            and site["client_name"] == ERASED
            and last not in str(alerts)
            and quote["client_name"] == ERASED
            and last not in str(quote)
        )

    await eventually(blank_everywhere, SLOW, what="every service blanking the person")

    # 4. after erasure: no database dump holds them; a rebuilt projection shows them erased
    for service in SERVICES_WITH_EVENTS:
        dump = await pg_dump(_dsn(e2e_system, service))
        assert occurrences(dump, needles) == dict.fromkeys(needles, 0), (
            service,
            _lines(dump, needles),
        )
    assert in_segments(TOPICS, needles) == dict.fromkeys(needles, 0)
    await _rebuild(e2e_system, "planning", "worksites_view")
    sites = expect(await ouvrage.get("planning", "/planning", company.admin), 200)["items"]
    rebuilt = next(s for s in sites if s["id"] == done["worksite"]["id"])
    assert rebuilt["client_name"] == ERASED
    again = await ouvrage.post("clients", f"/clients/{client['id']}/erasure", company.admin)
    assert expect(again, 200)["recorded_now"] is False
