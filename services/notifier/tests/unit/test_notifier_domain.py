"""The rules table, preferences, sender choice and the aggregates: given events, when a
command, then events or an error."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from notifier.app.rules import RULES, ClientOwner
from notifier.domain.alert import Alert
from notifier.domain.email import Email, EmailRef, email_id_for
from notifier.domain.errors import EmailAlreadySentError, InvalidDomainError
from notifier.domain.preferences import channel_enabled
from notifier.domain.sender import Platform, choose_sender
from notifier.domain.sender_domain import SenderDomain, valid_domain
from notifier.domain.spf import SpfCheck, Verdict
from notifier.domain.spf_advice import advise
from ouvrage_events.catalog.actions import ActionAssigned, ActionDue, ActionShared
from ouvrage_events.catalog.clients import ClientBlocked
from ouvrage_events.catalog.identity import PasswordChanged
from ouvrage_events.catalog.notifier import (
    AlertMarkedRead,
    AlertRaised,
    EmailSent,
    SenderDomainMisconfigured,
    SenderDomainVerified,
)
from ouvrage_events.catalog.planning import (
    InterventionLocked,
    InterventionRescheduled,
    ParfaitAchevementReminderDue,
    SiteSheetSent,
)

NOW = datetime(2026, 3, 12, 8, 30, tzinfo=UTC)
PLATFORM = Platform("notifications@ouvrage.example", "Ouvrage")
A, B, C = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()


def test_the_table_covers_the_products_notifications() -> None:
    channels = {
        event.__name__: (rule.kind, rule.alert, rule.email) for event, rule in RULES.items()
    }
    assert channels == {
        "ActionAssigned": ("action_assigned", True, "action_assigned"),
        "ActionShared": ("action_shared", True, None),
        "ActionDue": ("action_due", True, "action_due"),
        "InterventionLocked": ("intervention_changed", True, None),
        "InterventionRescheduled": ("intervention_changed", True, None),
        "SiteSheetSent": ("site_sheet", False, "site_sheet"),
        "PasswordChanged": ("security", False, "password_changed"),
        "ClientBlocked": ("client_blocked", True, None),
        "QuoteSent": ("sales_document", False, "sales_document"),
        "InvoiceSent": ("sales_document", False, "sales_document"),
        "InvoiceOverdue": ("invoice_overdue", True, None),
        "ParfaitAchevementReminderDue": ("warranty", True, None),
    }


def test_recipients_of_each_rule() -> None:
    common = {"client_id": C, "client_name": "Dupont", "type_name": "A relancer", "alert_at": NOW}
    action = uuid.uuid4()
    slot = {"worksite_id": uuid.uuid4(), "starts_at": NOW, "ends_at": NOW}
    cases = [
        (ActionAssigned(action_id=action, assignee_id=A, **common), [A]),
        (ActionShared(action_id=action, user_ids=[A, B], **common), [A, B]),
        (ActionDue(action_id=action, assignee_id=A, shared_with=[B], **common), [A, B]),
        (ActionDue(action_id=action, shared_with=[B], **common), [None, B]),
        (InterventionLocked(intervention_id=action, operator_ids=[A], **slot), [A]),
        (
            InterventionRescheduled(
                intervention_id=action, operator_ids=[A], previous_operator_ids=[B], **slot
            ),
            [A, B],
        ),
        (
            SiteSheetSent(
                worksite_id=action,
                recipient_id=B,
                client_name="D",
                filename="f.pdf",
                pdf_base64="",
                sha256="",
            ),
            [B],
        ),
        (PasswordChanged(user_id=A), [A]),
        (ClientBlocked(client_id=C, reason="Impayés", owner_id=B), [B]),
        (ClientBlocked(client_id=C, reason="Impayés"), [ClientOwner(C)]),
        (
            ParfaitAchevementReminderDue(
                worksite_id=action, client_id=C, ends_on=NOW.date(), open_reserves=1
            ),
            [ClientOwner(C)],
        ),
    ]
    for event, expected in cases:
        assert list(RULES[type(event)].to(event)) == expected, type(event).__name__


def test_channels_follow_the_users_preferences() -> None:
    assert channel_enabled({}, "action_assigned", "email")
    assert channel_enabled({"action_due": []}, "action_assigned", "email")
    prefs = {"action_assigned": ["alert"]}
    assert channel_enabled(prefs, "action_assigned", "alert")
    assert not channel_enabled(prefs, "action_assigned", "email")
    assert not channel_enabled({"client_blocked": []}, "client_blocked", "email")
    # The security kind is never silenced, even by an event recorded before identity refused it.
    assert channel_enabled({"security": []}, "security", "email")
    assert not channel_enabled({"security": ["alert"]}, "security", "email")


def check(verdict: Verdict, reason: str) -> SpfCheck:
    return SpfCheck("masociete.com", verdict, reason, "v=spf1 -all")


def test_sender_is_the_company_only_when_its_domain_authorises_the_platform() -> None:
    own = choose_sender(
        "Dupont", "contact@masociete.com", check(Verdict.PASS, "authorised"), PLATFORM
    )
    assert (own.envelope_from, own.from_address, own.reply_to, own.via_platform) == (
        "contact@masociete.com", "contact@masociete.com", None, False,
    )  # fmt: skip
    for verdict in (Verdict.FAIL, Verdict.TEMPERROR, Verdict.NONE):
        via = choose_sender("Dupont", "contact@masociete.com", check(verdict, "x"), PLATFORM)
        assert (via.envelope_from, via.from_name, via.reply_to, via.via_platform) == (
            "notifications@ouvrage.example", "Dupont via Ouvrage", "contact@masociete.com", True,
        )  # fmt: skip
    none = choose_sender("Dupont", None, None, PLATFORM)
    assert (none.from_address, none.reply_to) == ("notifications@ouvrage.example", None)


def test_a_misconfigured_domain_is_recorded_once_until_fixed() -> None:
    domain = SenderDomain(uuid.uuid4())
    bad = check(Verdict.FAIL, "all_fail")
    domain.observe(bad, advise(bad, "_spf.ouvrage.example"))
    domain.observe(bad, advise(bad, "_spf.ouvrage.example"))
    timeout = check(Verdict.TEMPERROR, "dns_unavailable")
    domain.observe(timeout, advise(timeout, "_spf.ouvrage.example"))
    good = check(Verdict.PASS, "authorised")
    domain.observe(good, advise(good, "_spf.ouvrage.example"))
    domain.observe(good, advise(good, "_spf.ouvrage.example"))
    assert [type(e) for e in domain.pending] == [SenderDomainMisconfigured, SenderDomainVerified]
    first = domain.pending[0]
    assert isinstance(first, SenderDomainMisconfigured)
    assert (
        first.fix == "Ajoutez include:_spf.ouvrage.example à l'enregistrement SPF de masociete.com."
    )


def test_a_domain_first_seen_authorised_records_nothing() -> None:
    domain = SenderDomain(uuid.uuid4())
    good = check(Verdict.PASS, "authorised")
    domain.observe(good, advise(good, "_spf.ouvrage.example"))
    assert domain.pending == []


def test_reading_an_alert_twice_records_one_event() -> None:
    alert = Alert.fold(
        uuid.uuid4(),
        [
            AlertRaised(
                alert_id=uuid.uuid4(), recipient_id=A, kind="action_shared", title="t",
                source_event_id=uuid.uuid4(),
            )
        ],
    )  # fmt: skip
    alert.mark_read()
    alert.mark_read()
    assert [type(e) for e in alert.pending] == [AlertMarkedRead]
    assert alert.version == 2


def test_an_email_is_sent_at_most_once() -> None:
    source = uuid.uuid4()
    email_id = email_id_for(source, A, "action_assigned")
    assert email_id == email_id_for(source, A, "action_assigned")
    assert email_id != email_id_for(source, B, "action_assigned")
    ref = EmailRef(A, "action_assigned", source)
    email = Email(email_id)
    email.sent(ref, sender_domain="masociete.com", via_platform_sender=False, message_id="<m>")
    with pytest.raises(EmailAlreadySentError):
        email.sent(ref, sender_domain="masociete.com", via_platform_sender=False, message_id="<m>")
    with pytest.raises(EmailAlreadySentError):
        email.failed(ref, "550")
    assert [type(e) for e in email.pending] == [EmailSent]


def test_sender_domains_are_validated() -> None:
    assert valid_domain("MaSociete.COM.") == "masociete.com"
    for bad in ("pas un domaine", "localhost", "-x.com", "a" * 64 + ".com", "x..com"):
        with pytest.raises(InvalidDomainError):
            valid_domain(bad)


def test_only_a_pdf_named_like_a_site_sheet_is_attached() -> None:
    from notifier.domain.attachment import acceptable_site_sheet

    assert acceptable_site_sheet("fiche-chantier-dupont-jean.pdf", b"%PDF-1.7\n...")
    assert acceptable_site_sheet("devis-D-2026-12.pdf", b"%PDF-1.7\n...")
    assert acceptable_site_sheet("facture-F-2026-3.pdf", b"%PDF-1.7\n...")
    assert not acceptable_site_sheet("facture-F-2026-3.pdf.exe", b"%PDF-1.7")
    assert not acceptable_site_sheet("devis-D-2026-1.pdf", b"MZ\x90")
    assert not acceptable_site_sheet("fiche-chantier-dupont.pdf", b"<html>")
    assert not acceptable_site_sheet("fiche-chantier-dupont.PDF", b"%PDF-1.7")
    assert not acceptable_site_sheet("fiche-chantier-a.pdf.exe", b"%PDF-1.7")
    assert not acceptable_site_sheet("fiche-chantier-" + "a" * 61 + ".pdf", b"%PDF-1.7")
    assert not acceptable_site_sheet("fiche-chantier-a/b.pdf", b"%PDF-1.7")
