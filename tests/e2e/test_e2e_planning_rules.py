"""FAQ « Les bonnes règles afin de créer et gérer son planning chantier », rules 1 to 6: the
status puts the client on the planning, tasks from the catalog, start dates giving the order,
operators planned and the dots' colours, the padlock refusing a move, the site sheet emailed to
a collaborator (a PDF attached); then the status « chantier terminé » ends the site."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import pytest
from e2e_kit import Company, Ouvrage, Person, eventually, expect
from e2e_steps import alerts_of, mail_to, new_client
from ouvrage_testing.smtp import SmtpSink

if TYPE_CHECKING:
    from e2e_kafka import EventTap

pytestmark = pytest.mark.asyncio(loop_scope="session")

PARIS = ZoneInfo("Europe/Paris")


def _if_match(thing: dict[str, Any]) -> dict[str, str]:
    return {"If-Match": f'"{thing["version"]}"'}


async def _planning(ouvrage: Ouvrage, by: Person) -> list[dict[str, Any]]:
    page = expect(await ouvrage.get("planning", "/planning", by), 200)
    items: list[dict[str, Any]] = page["items"]
    return items


async def _on_planning(
    company: Company, by: Person, client: dict[str, Any], status: str = "en_cours_de_chantier"
) -> dict[str, Any]:
    """Rule 1: a status that puts the client on the planning (« par exemple, en cours de
    chantier ») opens its worksite (through Kafka)."""
    changed = expect(
        await company.ouvrage.put("clients", f"/clients/{client['id']}/status", by,
                                  json={"status": status}, headers=_if_match(client)),
        200,
    )  # fmt: skip
    assert changed["status"]["code"] == status

    async def opened() -> dict[str, Any] | None:
        sites = await _planning(company.ouvrage, by)
        return next((s for s in sites if s["client_id"] == client["id"]), None)

    site: dict[str, Any] = await eventually(opened, what="the worksite on the planning")
    assert site["origin"] == "status" and site["on_planning"] is True
    return site


async def _start_on(ouvrage: Ouvrage, by: Person, site: dict[str, Any], day: date) -> Any:
    """Rule 3: the start date, even a provisional one."""
    body = {"start_date": day.isoformat(), "provisional": True}
    return expect(await ouvrage.put("planning", f"/worksites/{site['id']}/start-date", by,
                                     json=body, headers=_if_match(site)), 200)  # fmt: skip


def _slot(day: date, start: int, end: int) -> dict[str, str]:
    return {
        "starts_at": datetime.combine(day, time(start), PARIS).isoformat(),
        "ends_at": datetime.combine(day, time(end), PARIS).isoformat(),
    }


async def _dot(ouvrage: Ouvrage, by: Person, job: dict[str, Any], state: str) -> dict[str, Any]:
    """Rule 4: the dot's colour (« rouge à faire, orange planifié, vert fait »)."""
    changed: dict[str, Any] = expect(
        await ouvrage.put("planning", f"/interventions/{job['id']}/state", by,
                          json={"state": state}, headers=_if_match(job)), 200)  # fmt: skip
    return changed


async def test_planning_rules(
    ouvrage: Ouvrage, company: Company, smtp_sink: SmtpSink, tap: EventTap
) -> None:
    boss = company.admin  # « Gérer le planning »
    leo = await company.add_user("Léo", "Girard", is_operator=True)
    max_ = await company.add_user("Max", "Henry", is_operator=True)
    claire = await company.add_user("Claire", "Moreau")
    lefevre = await new_client(company, boss, "Lefèvre", "Marc")
    garnier = await new_client(company, boss, "Garnier", "Anne")

    # 1. The status puts each client on the planning.
    site_a = await _on_planning(company, boss, lefevre)
    # « par exemple »: the company's own status, set in Paramètres → Statuts, does it too.
    added = expect(await ouvrage.post("clients", "/statuses", boss,
                                      json={"label": "Travaux programmés", "on_planning": True}),
                   201)  # fmt: skip
    assert added["on_planning"] is True
    site_b = await _on_planning(company, boss, garnier, added["code"])
    assert site_a["client_name"] == "Lefèvre Marc"

    # 2. Tasks from the company's catalog.
    catalog = expect(await ouvrage.get("planning", "/task-catalog", boss), 200)["items"]
    tasks = {t["name"]: t["id"] for t in catalog}
    for name in ("Maçonnerie", "Plomberie"):
        path = f"/worksites/{site_a['id']}/tasks"
        site_a = expect(await ouvrage.post("planning", path, boss,
                                           json={"catalog_task_id": tasks[name]}), 201)  # fmt: skip
    assert [t["name"] for t in site_a["tasks"]] == ["Maçonnerie", "Plomberie"]
    again = await ouvrage.post("planning", f"/worksites/{site_a['id']}/tasks", boss,
                               json={"catalog_task_id": tasks["Plomberie"]})  # fmt: skip
    assert expect(again, 409)["detail"] == "La tâche « Plomberie » est déjà affectée à ce chantier."

    # 3. Start dates give the order: the earliest first, whatever the creation order.
    day_a = date.today() + timedelta(days=14)
    site_a = await _start_on(ouvrage, boss, site_a, day_a)
    site_b = await _start_on(ouvrage, boss, site_b, day_a + timedelta(days=7))
    assert [s["id"] for s in await _planning(ouvrage, boss)] == [site_a["id"], site_b["id"]]
    site_b = await _start_on(ouvrage, boss, site_b, day_a - timedelta(days=7))
    assert [s["id"] for s in await _planning(ouvrage, boss)] == [site_b["id"], site_a["id"]]

    # 4. Operators planned on an intervention (« case à planifier »), then the dot changed.
    body = {**_slot(day_a, 8, 12), "operator_ids": [str(leo.id), str(max_.id)],
            "label": "Gros œuvre", "state": "a_faire"}  # fmt: skip
    job = await company.accepted(
        lambda: ouvrage.post("planning", f"/worksites/{site_a['id']}/interventions", boss,
                             json=body), 201, what="the intervention")  # fmt: skip
    assert {o["id"] for o in job["operators"]} == {str(leo.id), str(max_.id)}
    assert job["dot"]["colour"] == "red"
    job = await _dot(ouvrage, boss, job, "planifie")
    assert (job["dot"]["colour"], job["dot"]["label"]) == ("orange", "Planifié")
    job = await _dot(ouvrage, boss, job, "fait")
    assert job["dot"]["colour"] == "green"
    week = "{}-W{:02d}".format(*day_a.isocalendar()[:2])
    agenda = expect(await ouvrage.get("planning", f"/operators/{leo.id}/agenda", leo,
                                      params={"week": week}), 200)  # fmt: skip
    assert [(i["id"], i["client_name"]) for i in agenda["interventions"]] == [
        (job["id"], "Lefèvre Marc")
    ]

    # 5. The padlock: a locked intervention must not move.
    job = expect(await ouvrage.post("planning", f"/interventions/{job['id']}/lock", boss,
                                    headers=_if_match(job)), 200)  # fmt: skip
    assert job["locked"] is True
    moved = await ouvrage.patch("planning", f"/interventions/{job['id']}", boss,
                                json=_slot(day_a + timedelta(days=1), 8, 12))  # fmt: skip
    problem = expect(moved, 409)
    assert problem["code"] == "intervention_locked"
    assert problem["detail"] == (
        "Cette intervention est verrouillée : déverrouillez-la avant de la modifier."
    )
    still = expect(await ouvrage.get("planning", f"/interventions/{job['id']}", boss), 200)
    assert still["starts_at"] == job["starts_at"] and still["locked"] is True
    # The operators are told it is locked.
    lock_alert = await alerts_of(company, leo, "intervention_changed",
                                 lambda a: a["title"].startswith("Intervention verrouillée"))  # fmt: skip
    assert lock_alert["link"] == f"/worksites/{site_a['id']}"

    # 6. The site sheet: printable as a PDF, and emailed to a collaborator (« l'enveloppe »).
    pdf = await ouvrage.get("planning", f"/worksites/{site_a['id']}/sheet.pdf", boss)
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
    sent = expect(await ouvrage.post("planning", f"/worksites/{site_a['id']}/sheet/send", boss,
                                     json={"user_id": str(claire.id)}), 202)  # fmt: skip
    mail = await mail_to(smtp_sink, claire, "Fiche de chantier : Lefèvre Marc")
    (attachment,) = [a for a in mail.attachments if a.content_type == "application/pdf"]
    assert attachment.filename == sent["filename"] and attachment.size == sent["size_bytes"]
    (event,) = await tap.wait_for(
        "ouvrage.planning.SiteSheetSent", lambda r: r.subject == site_a["id"]
    )
    assert event.value["recipient_id"] == str(claire.id)
    assert event.value["sha256"] == sent["sha256"]

    # The end: « chantier terminé » (a status that ends the site) closes the worksite.
    statuses = expect(await ouvrage.get("clients", "/statuses", boss), 200)
    assert [s["code"] for s in statuses if s["ends_worksite"]] == ["chantier_termine"]
    current = expect(await ouvrage.get("clients", f"/clients/{lefevre['id']}", boss), 200)
    done = expect(
        await ouvrage.put("clients", f"/clients/{lefevre['id']}/status", boss,
                          json={"status": "chantier_termine"}, headers=_if_match(current)),
        200,
    )  # fmt: skip
    assert done["status"] == {"code": "chantier_termine", "label": "Chantier terminé"}
    (closed,) = await tap.wait_for(
        "ouvrage.planning.WorksiteClosed", lambda r: r.subject == site_a["id"]
    )
    assert closed.value["by_status"] == "chantier_termine"

    async def ended() -> bool:
        return [s["id"] for s in await _planning(ouvrage, boss)] == [site_b["id"]]

    assert await eventually(ended, what="the finished worksite off the planning")
