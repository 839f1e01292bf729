"""FAQ « Attribuer une action à un collaborateur »: an action on a client record, assigned to a
collaborator and shared with a colleague; the assignee gets an alert and an email, the colleague
an alert, and ActionAssigned is on the actions topic."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

import pytest
from e2e_kit import Company, Ouvrage, expect
from e2e_steps import action_type, alerts_of, assign, mail_to, new_client, open_action, share
from ouvrage_testing.smtp import SmtpSink

if TYPE_CHECKING:
    from e2e_kafka import EventTap

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def test_assigned_and_shared_action(
    ouvrage: Ouvrage, company: Company, smtp_sink: SmtpSink, tap: EventTap
) -> None:
    paul = await company.add_user("Paul", "Martin")
    julie = await company.add_user("Julie", "Bernard")
    admin = company.admin
    client = await new_client(company, admin, "Durand", "Sophie", phones=["06 12 34 56 78"])
    relancer = await action_type(company, admin, "A relancer")

    action = await open_action(company, admin, client, relancer["id"], "Rappeler pour le devis")
    assigned = await assign(company, admin, action, paul)
    shared = await share(company, admin, action, [julie])
    assert assigned["assignee_id"] == str(paul.id)
    assert shared["shared_with"] == [str(julie.id)]

    # Each sees it in their lists.
    mine = expect(await ouvrage.get("actions", "/actions?assigned_to=me", paul), 200)
    assert [a["id"] for a in mine["items"]] == [action["id"]]
    informed = expect(await ouvrage.get("actions", "/actions?shared_with=me", julie), 200)
    assert [a["id"] for a in informed["items"]] == [action["id"]]

    # The assignee is alerted and emailed; the colleague is alerted.
    link = f"/actions/{action['id']}"
    to_paul = await alerts_of(company, paul, "action_assigned", lambda a: a["link"] == link)
    assert to_paul["title"] == "Action attribuée : A relancer"
    assert to_paul["body"].startswith("Durand Sophie – à traiter le ")
    assert to_paul["read"] is False
    to_julie = await alerts_of(company, julie, "action_shared", lambda a: a["link"] == link)
    assert to_julie["title"] == "Action partagée : A relancer"
    mail = await mail_to(smtp_sink, paul, "Action à traiter : A relancer – Durand Sophie")
    assert "Rappeler pour le devis" in (mail.text or "")
    assert julie.email not in mail.rcpt_to
    # The company's SPF authorises the platform: the email is from the company's address.
    assert company.sender_email in (mail.from_ or "") and mail.reply_to is None
    # The person who assigned it is not told about their own gesture.
    own = expect(await ouvrage.get("notifier", "/alerts", admin), 200)
    assert all(a["link"] != link for a in own["items"])

    # ActionAssigned is on ouvrage.actions.events (CloudEvents binary mode).
    (record,) = await tap.wait_for(
        "ouvrage.actions.ActionAssigned", lambda r: r.subject == action["id"]
    )
    assert record.key == action["id"]
    assert record.headers["ce_source"] == "/ouvrage/actions"
    assert record.headers["ce_actorid"] == str(admin.id)
    assert record.tenant_id == str(company.tenant_id)
    assert record.value["assignee_id"] == str(paul.id)
    assert record.value["client_name"] == "Durand Sophie"
    await tap.wait_for("ouvrage.actions.ActionShared", lambda r: r.subject == action["id"])


async def test_an_unassigned_action_alerts_its_creator_when_it_falls_due(
    ouvrage: Ouvrage, company: Company, smtp_sink: SmtpSink
) -> None:
    """« la date à laquelle vous voulez être alerté »: the person who set the date is alerted,
    even when nobody else was given the action."""
    admin = company.admin
    client = await new_client(company, admin, "Paviere", "Robert")
    relancer = await action_type(company, admin, "A relancer")
    body = {"action_type_id": relancer["id"], "alert_at": datetime.now(UTC).isoformat()}
    path = f"/clients/{client['id']}/actions"
    action = await company.accepted(
        lambda: ouvrage.post("actions", path, admin, json=body), 201, what="the action"
    )
    assert action["assignee_id"] is None

    link = f"/actions/{action['id']}"
    due = await alerts_of(company, admin, "action_due", lambda a: a["link"] == link)
    assert due["title"] == "À traiter : A relancer"
    await mail_to(smtp_sink, admin, "Rappel : A relancer")
