"""Steps several scenarios share, each the calls a web client makes for one user gesture."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from e2e_kit import Company, Person, eventually, expect
from ouvrage_testing.smtp import SinkMessage, SmtpSink

# A company's legal mentions, complete enough for sales to print a quote or an invoice
MENTIONS = {
    "legal_form": "SARL",
    "address": "3 rue des Artisans",
    "postal_code": "69003",
    "city": "Lyon",
    "siret": "12345678900012",
    "vat_number": "FR32123456789",
    "insurer": "Assurances Mutuelles du Bâtiment",
    "insurance_policy": "n° 456-789",
    "insurance_coverage": "France métropolitaine",
    "payment_days": 30,
}


async def new_client(
    company: Company, by: Person, last_name: str, first_name: str, **fields: Any
) -> dict[str, Any]:
    """« Nouveau client »: ``POST /clients``; the record as answered."""
    body = {"kind": "client", "last_name": last_name, "first_name": first_name, **fields}
    created: dict[str, Any] = expect(
        await company.ouvrage.post("clients", "/clients", by, json=body), 201
    )
    return created


async def action_type(company: Company, by: Person, name: str) -> dict[str, Any]:
    """The company's action type called ``name`` (the defaults appear once actions has
    consumed TenantRegistered)."""

    async def find() -> dict[str, Any] | None:
        page = expect(await company.ouvrage.get("actions", "/action-types", by), 200)
        return next((t for t in page["items"] if t["name"] == name), None)

    found: dict[str, Any] = await eventually(find, what=f"action type « {name} »")
    return found


def in_days(days: int, hour: int = 9) -> str:
    """A local alert time (company time zone), ``days`` from today."""
    day = datetime.now() + timedelta(days=days)
    return day.replace(hour=hour, minute=0, second=0, microsecond=0).isoformat()


async def open_action(
    company: Company, by: Person, client: dict[str, Any], type_id: str, note: str
) -> dict[str, Any]:
    """« Actions » on the client record: alert date, type, note; returned once the actions
    service has learnt the client's name (ActionClientConfirmed)."""
    body = {"action_type_id": type_id, "alert_at": in_days(7), "note": note}
    path = f"/clients/{client['id']}/actions"
    created = await company.accepted(
        lambda: company.ouvrage.post("actions", path, by, json=body), 201, what="the action"
    )

    async def confirmed() -> dict[str, Any] | None:
        action = expect(await company.ouvrage.get("actions", f"/actions/{created['id']}", by), 200)
        return action if action["client_name"] == client["display_name"] else None

    action: dict[str, Any] = await eventually(confirmed, what="the client known by actions")
    return action


async def assign(
    company: Company, by: Person, action: dict[str, Any], assignee: Person
) -> dict[str, Any]:
    """« attribuer cette action à un collaborateur » (retried until actions knows the user)."""

    async def send() -> Any:
        current = expect(await company.ouvrage.get("actions", f"/actions/{action['id']}", by), 200)
        return await company.ouvrage.post(
            "actions", f"/actions/{action['id']}/assign", by,
            json={"assignee_id": str(assignee.id)},
            headers={"If-Match": f'"{current["version"]}"'},
        )  # fmt: skip

    assigned: dict[str, Any] = await company.accepted(send, 200, what="the assignment")
    return assigned


async def share(
    company: Company, by: Person, action: dict[str, Any], colleagues: list[Person]
) -> dict[str, Any]:
    """« partager cette action (afin d'informer un collègue) »."""

    async def send() -> Any:
        current = expect(await company.ouvrage.get("actions", f"/actions/{action['id']}", by), 200)
        return await company.ouvrage.post(
            "actions", f"/actions/{action['id']}/share", by,
            json={"user_ids": [str(c.id) for c in colleagues]},
            headers={"If-Match": f'"{current["version"]}"'},
        )  # fmt: skip

    shared: dict[str, Any] = await company.accepted(send, 200, what="the sharing")
    return shared


async def alerts_of(
    company: Company, person: Person, kind: str, where: Callable[[dict[str, Any]], bool]
) -> dict[str, Any]:
    """The person's alert of ``kind`` matching ``where``, as ``GET /alerts`` shows it to them."""

    async def find() -> dict[str, Any] | None:
        page = expect(await company.ouvrage.get("notifier", "/alerts", person), 200)
        return next((a for a in page["items"] if a["kind"] == kind and where(a)), None)

    found: dict[str, Any] = await eventually(find, what=f"alert {kind} for {person.first_name}")
    return found


async def mail_to(
    sink: SmtpSink, person: Person, subject_part: str, timeout: float = 30.0
) -> SinkMessage:
    """The email the sink received for ``person`` whose subject contains ``subject_part``."""

    def match(message: SinkMessage) -> bool:
        return person.email in message.rcpt_to and subject_part in (message.subject or "")

    return await sink.wait_for(match, timeout=timeout)


def unique(name: str) -> str:
    """A name no other run used (the sink and the topics are shared between runs)."""
    return f"{name} {uuid.uuid4().hex[:4].upper()}"
