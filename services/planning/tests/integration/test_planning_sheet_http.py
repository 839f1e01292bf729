"""The site sheet: a real PDF read back with pypdf, and SiteSheetSent carrying it on Kafka."""

from __future__ import annotations

import base64
import hashlib
import io
import uuid
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

if TYPE_CHECKING:
    from conftest import PlanningHarness

pytestmark = pytest.mark.asyncio(loop_scope="session")


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


async def _worksite(
    h: PlanningHarness, timezone: str = "Europe/Paris"
) -> tuple[uuid.UUID, uuid.UUID, dict[str, str], str]:
    tenant = await h.tenant("Bâtiments Réunis", timezone)
    me = await h.user(tenant, "Hélène", "Garçon")
    headers = h.headers(me, tenant)
    client = await h.client_record(
        tenant, "Müller", city="Écully", notes="Digicode 1234, chien méchant"
    )
    site = await h.client.post(
        "/worksites",
        headers=headers,
        json={
            "client_id": str(client),
            "title": "Rénovation cuisine",
            "start_date": "2026-12-01",
            "provisional": True,
            "notes": "Budget : 1 200 € ; accès par la cour à côté",
        },
    )
    assert site.status_code == 201, site.text
    site_id = site.json()["id"]
    catalog = (await h.client.get("/task-catalog", headers=headers)).json()["items"]
    electricite = next(t for t in catalog if t["name"] == "Électricité")
    await h.client.post(
        f"/worksites/{site_id}/tasks", headers=headers, json={"catalog_task_id": electricite["id"]}
    )
    planned = await h.client.post(
        f"/worksites/{site_id}/interventions",
        headers=headers,
        json={
            "starts_at": "2026-12-01T08:00:00+01:00",
            "ends_at": "2026-12-01T12:00:00+01:00",
            "operator_ids": [str(me)],
            "label": "Dépose carrelage",
        },
    )
    await h.client.post(f"/interventions/{planned.json()['id']}/lock", headers=headers)
    return tenant, me, headers, site_id


async def test_sheet_pdf_holds_client_contact_tasks_interventions_and_notes(
    planning_harness: PlanningHarness,
) -> None:
    h = planning_harness
    _, _, headers, site_id = await _worksite(h)
    response = await h.client.get(f"/worksites/{site_id}/sheet.pdf", headers=headers)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/pdf"
    assert (
        'filename="fiche-chantier-renovation-cuisine.pdf"'
        in response.headers["content-disposition"]
    )
    text = _text(response.content)
    for expected in (
        "Fiche de chantier",
        "Rénovation cuisine",
        "Bâtiments Réunis",
        "Müller Élise",
        "12 rue de l'Église",
        "69003 Écully",
        "Tél. : 06 12 34 56 78",
        "elise@exemple.fr",
        "01/12/2026 (prévisionnelle)",
        "Électricité (À faire)",
        "Dépose carrelage (Planifié - verrouillée)",
        "du 01/12/2026 08:00 au 01/12/2026 12:00",
        "Opérateurs : Hélène Garçon",
        "Budget : 1 200 € ; accès par la cour à côté",
        "Client : Digicode 1234, chien méchant",
    ):
        assert expected in text, expected


@pytest.mark.parametrize("timezone", ["Pacific/Kiritimati", "Pacific/Pago_Pago"])
async def test_sheet_is_printed_on_the_company_day_not_the_server_day(
    planning_harness: PlanningHarness, timezone: str
) -> None:
    # UTC+14 and UTC-11 are 25 hours apart: their days always differ, so one of them is not
    # the server's day whatever the hour.
    h = planning_harness
    _, _, headers, site_id = await _worksite(h, timezone)

    def today() -> str:
        return f"imprimée le {datetime.now(UTC).astimezone(ZoneInfo(timezone)):%d/%m/%Y}"

    before = today()
    response = await h.client.get(f"/worksites/{site_id}/sheet.pdf", headers=headers)
    assert response.status_code == 200
    text = _text(response.content)
    assert before in text or today() in text, text


async def test_send_records_site_sheet_sent_with_the_pdf(planning_harness: PlanningHarness) -> None:
    h = planning_harness
    tenant, me, headers, site_id = await _worksite(h)
    colleague = await h.user(tenant, "Noël", "Férel")
    key = {"Idempotency-Key": f"sheet-{uuid.uuid4()}"}
    sent = await h.client.post(
        f"/worksites/{site_id}/sheet/send",
        headers={**headers, **key},
        json={"user_id": str(colleague)},
    )
    assert sent.status_code == 202, sent.text
    retry = await h.client.post(
        f"/worksites/{site_id}/sheet/send",
        headers={**headers, **key},
        json={"user_id": str(colleague)},
    )
    assert retry.json() == sent.json()
    body = sent.json()
    assert body["filename"] == "fiche-chantier-renovation-cuisine.pdf"

    ce, payload = await h.relayed("ouvrage.planning.SiteSheetSent", uuid.UUID(site_id))
    assert ce["ce_actorid"] == str(me)
    pdf = base64.b64decode(payload["pdf_base64"])
    assert hashlib.sha256(pdf).hexdigest() == payload["sha256"] == body["sha256"]
    assert len(pdf) == body["size_bytes"]
    assert (payload["recipient_id"], payload["client_name"]) == (str(colleague), "Müller Élise")
    assert "Dépose carrelage" in _text(pdf)
    conn_count = await _count_sent(h, site_id)
    assert conn_count == 1

    unknown = await h.client.post(
        f"/worksites/{site_id}/sheet/send", headers=headers, json={"user_id": str(uuid.uuid4())}
    )
    assert unknown.status_code == 422 and unknown.json()["code"] == "unknown_recipient"
    await h.deactivate(tenant, colleague)
    inactive = await h.client.post(
        f"/worksites/{site_id}/sheet/send", headers=headers, json={"user_id": str(colleague)}
    )
    assert inactive.status_code == 422
    assert await _count_sent(h, site_id) == 1


async def _count_sent(h: PlanningHarness, site_id: str) -> int:
    import ouvrage_events as es

    conn = await es.connect(h.dsn)
    try:
        return int(
            await conn.fetchval(
                "SELECT count(*) FROM es_events WHERE stream_id = $1 AND event_type = $2",
                uuid.UUID(site_id),
                "ouvrage.planning.SiteSheetSent",
            )
        )
    finally:
        await conn.close()
