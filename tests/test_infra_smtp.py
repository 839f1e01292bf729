"""The SMTP sink keeps what it receives and shows it through its read API."""

from __future__ import annotations

import smtplib
import uuid
from email.message import EmailMessage

from ouvrage_testing import SmtpSink


def _message(recipient: str) -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = "Fiche chantier n° 42"
    message["From"] = "Ouvrage <noreply@ouvrage.test>"
    message["Reply-To"] = "conducteur@dupont-btp.test"
    message["To"] = recipient
    message.set_content("Bonjour,\nvoici la fiche.")
    message.add_alternative("<p>Bonjour, voici la fiche.</p>", subtype="html")
    message.add_attachment(
        b"%PDF-1.4 fake", maintype="application", subtype="pdf", filename="fiche.pdf"
    )
    return message


async def test_a_sent_message_can_be_read_back(smtp_sink: SmtpSink) -> None:
    recipient = f"chef-{uuid.uuid4().hex[:8]}@dupont-btp.test"
    with smtplib.SMTP(smtp_sink.host, smtp_sink.port, timeout=10) as client:
        client.send_message(_message(recipient), from_addr="bounce@ouvrage.test")

    found = await smtp_sink.wait_for(lambda m: recipient in m.rcpt_to, timeout=5)

    assert found.mail_from == "bounce@ouvrage.test"
    assert found.subject == "Fiche chantier n° 42"
    assert found.from_ == "Ouvrage <noreply@ouvrage.test>"
    assert found.reply_to == "conducteur@dupont-btp.test"
    assert found.to == recipient
    assert found.text is not None and "voici la fiche" in found.text
    assert found.html is not None and "<p>" in found.html
    assert [(a.filename, a.content_type) for a in found.attachments] == [
        ("fiche.pdf", "application/pdf")
    ]
    raw = await smtp_sink.raw(found.id)
    assert b"Fiche chantier" in raw or b"=?utf-8?" in raw
