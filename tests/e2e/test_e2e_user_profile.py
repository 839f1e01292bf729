"""FAQ « Outils –> Paramètres –> Utilisateurs »: clicking a user's name opens their record (name,
email, phone, the email signature above the password). The signature ends the emails sent on
their behalf; the preferences (roue crantée) change one field at a time, so toggling the SAV
display keeps the notification channels."""

from __future__ import annotations

import pytest
from e2e_kit import Company, Ouvrage, expect
from e2e_steps import action_type, assign, mail_to, new_client, open_action
from ouvrage_testing.smtp import SmtpSink

pytestmark = pytest.mark.asyncio(loop_scope="session")

SIGNATURE = "Jeanne Admin\nConductrice de travaux\n04 72 00 00 00"


async def test_the_user_record_and_the_signature_of_the_emails(
    ouvrage: Ouvrage, company: Company, smtp_sink: SmtpSink
) -> None:
    admin = company.admin
    julie = await company.add_user("Julie", "Bernard")

    # The administrator edits their own record: phone and signature.
    me = expect(await ouvrage.get("identity", f"/users/{admin.id}", admin), 200)
    edited = expect(await ouvrage.patch("identity", f"/users/{admin.id}", admin,
                                        json={"phone": "04 72 00 00 00", "email_signature": SIGNATURE},
                                        headers={"If-Match": f'"{me["version"]}"'}), 200)  # fmt: skip
    assert (edited["phone"], edited["email_signature"]) == ("04 72 00 00 00", SIGNATURE)
    # Julie, without « Paramétrer les comptes utilisateurs », cannot edit somebody else's.
    refused = await ouvrage.patch("identity", f"/users/{admin.id}", julie, json={"phone": "01"})
    assert expect(refused, 403)["code"] == "forbidden"

    # An email sent on the administrator's behalf ends with their signature.
    client = await new_client(company, admin, "Roux", "Émile")
    relancer = await action_type(company, admin, "A relancer")
    action = await open_action(company, admin, client, relancer["id"], "Rappeler")
    await assign(company, admin, action, julie)
    mail = await mail_to(smtp_sink, julie, "Action à traiter : A relancer – Roux Émile")
    body = (mail.text or "").replace("\r\n", "\n").partition("\n-- \n")[0]
    assert body.rstrip().endswith(SIGNATURE)

    # Julie's preferences: a channel switched off stays off when she toggles the SAV display.
    prefs = f"/users/{julie.id}/preferences"
    expect(await ouvrage.put("identity", prefs, julie,
                             json={"notification_channels": {"action_shared": ["alert"]}}), 200)  # fmt: skip
    toggled = expect(await ouvrage.patch("identity", prefs, julie,
                                         json={"show_archived_sav": True}), 200)  # fmt: skip
    assert toggled["show_archived_sav"] is True
    assert toggled["notification_channels"]["action_shared"] == ["alert"]
