"""Delivery status notifications (RFC 3464) as a recipient's mail server would send them, built
with the standard library's ``email`` package, and sent over real SMTP or LMTP."""

from __future__ import annotations

import asyncio
import smtplib
from email.message import EmailMessage, Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.parser import BytesParser
from email.policy import compat32

_WIRE = compat32.clone(linesep="\r\n")


def build_dsn(
    *,
    recipient: str,
    status: str = "5.1.1",
    action: str = "failed",
    diagnostic: str = "smtp; 550 5.1.1 <{recipient}>: Recipient address rejected: User unknown",
    original: bytes | None = None,
    reporting_mta: str = "mx.destinataire.example",
    headers_only: bool = False,
) -> bytes:
    """A ``multipart/report; report-type=delivery-status``: a human-readable part, the
    ``message/delivery-status`` part (per-message block, one per-recipient block) and the
    returned message (whole, or its headers only as ``text/rfc822-headers``)."""
    report = MIMEMultipart("report", report_type="delivery-status")
    report["From"] = f"Mail Delivery System <MAILER-DAEMON@{reporting_mta}>"
    report["Subject"] = "Undelivered Mail Returned to Sender"
    report["Auto-Submitted"] = "auto-replied"
    report.attach(MIMEText(f"Le message pour {recipient} n'a pas pu être remis.\n", "plain"))
    per_message = Message()
    per_message["Reporting-MTA"] = f"dns; {reporting_mta}"
    per_recipient = Message()
    per_recipient["Final-Recipient"] = f"rfc822; {recipient}"
    per_recipient["Action"] = action
    per_recipient["Status"] = status
    per_recipient["Diagnostic-Code"] = diagnostic.format(recipient=recipient)
    delivery_status = Message()
    delivery_status.set_type("message/delivery-status")
    delivery_status.set_payload([per_message, per_recipient])
    del delivery_status["MIME-Version"]
    report.attach(delivery_status)
    if original is not None:
        returned = BytesParser(policy=compat32).parsebytes(original, headersonly=headers_only)
        if headers_only:
            headers = "".join(f"{k}: {v}\n" for k, v in returned.items())
            report.attach(MIMEText(headers, "rfc822-headers"))
        else:
            report.attach(MIMEMessage(returned))
    # CRLF line ends: smtplib sends bytes as they are, and SMTP lines end in CRLF.
    return report.as_bytes(policy=_WIRE)


def plain_email(to: str, subject: str = "Absent du bureau") -> bytes:
    message = EmailMessage()
    message["From"] = to
    message["To"] = "someone@example.com"
    message["Subject"] = subject
    message.set_content("Je suis absent jusqu'au 3 janvier.")
    return message.as_bytes(policy=_WIRE)


def send_dsn_sync(host: str, port: int, rcpt: str, raw: bytes, *, lmtp: bool = False) -> None:
    """Send ``raw`` with a null envelope sender (as DSNs are, RFC 3464 §2) to ``rcpt``;
    raises ``smtplib.SMTPException`` when the server refuses it."""
    client = smtplib.LMTP(host, port) if lmtp else smtplib.SMTP(host, port, timeout=10)
    try:
        refused = client.sendmail("<>", [rcpt], raw)
        if refused:
            raise smtplib.SMTPRecipientsRefused(refused)
    finally:
        client.quit()


async def send_dsn(host: str, port: int, rcpt: str, raw: bytes, *, lmtp: bool = False) -> None:
    await asyncio.to_thread(send_dsn_sync, host, port, rcpt, raw, lmtp=lmtp)
