"""Delivery status notifications (RFC 3464), read with the standard library's ``email``.

A DSN is a ``multipart/report; report-type=delivery-status`` whose ``message/delivery-status``
part holds one block of per-message fields, then one block per recipient (``Final-Recipient``,
``Action``, ``Status``, ``Diagnostic-Code``). The ``email`` package parses that part into a list
of header blocks (``Message`` objects). A ``5.x.x`` status is permanent (hard bounce); ``4.x.x``
is transient (soft bounce); ``delivered``/``relayed``/``expanded`` say nothing went wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import Message
from typing import Literal

Severity = Literal["hard", "soft"]

_STATUS = re.compile(r"^([245])\.(\d{1,3})\.(\d{1,3})$")
_PROBLEMS = ("failed", "delayed")
_MAX_DIAGNOSTIC = 500


class NotADeliveryReportError(ValueError):
    """The message is not an RFC 3464 delivery status notification."""


@dataclass(frozen=True)
class RecipientReport:
    """One recipient's block of a DSN."""

    address: str
    action: str
    status: str
    diagnostic: str

    @property
    def severity(self) -> Severity | None:
        """``hard`` for 5.x.x, ``soft`` for 4.x.x; None when the message got through."""
        if self.action not in _PROBLEMS:
            return None
        return "hard" if self.status.startswith("5.") else "soft"


@dataclass(frozen=True)
class DeliveryReport:
    recipients: tuple[RecipientReport, ...]
    original_message_id: str | None = None

    def problems(self) -> list[RecipientReport]:
        return [r for r in self.recipients if r.severity is not None]


def parse_dsn(raw: bytes) -> DeliveryReport:
    """The recipients' statuses of a DSN; ``NotADeliveryReportError`` for anything else."""
    message = message_from_bytes(raw, policy=policy.compat32)
    if message.get_content_type() != "multipart/report":
        raise NotADeliveryReportError("not a multipart/report")
    if message.get_param("report-type", "").lower() != "delivery-status":  # type: ignore[union-attr]
        raise NotADeliveryReportError("not a delivery-status report")
    status_part = _part(message, "message/delivery-status")
    if status_part is None:
        raise NotADeliveryReportError("no message/delivery-status part")
    blocks = status_part.get_payload()
    if not isinstance(blocks, list) or len(blocks) < 2:
        raise NotADeliveryReportError("no per-recipient block")
    found = (_recipient(b) for b in blocks[1:] if isinstance(b, Message))
    recipients = tuple(r for r in found if r is not None)
    if not recipients:
        raise NotADeliveryReportError("no recipient with an action and a status")
    return DeliveryReport(recipients, _original_message_id(message))


def _part(message: Message, content_type: str) -> Message | None:
    for part in message.walk():
        if part.get_content_type() == content_type:
            return part
    return None


def _recipient(block: Message) -> RecipientReport | None:
    action = str(block.get("Action", "")).strip().lower()
    status = _status(str(block.get("Status", "")))
    address = _typed_value(block.get("Final-Recipient") or block.get("Original-Recipient"))
    if not action or status is None or not address:
        return None
    return RecipientReport(address, action, status, _diagnostic(block.get("Diagnostic-Code")))


def _status(value: str) -> str | None:
    # « Status: 5.1.1 (bad destination mailbox) »: a comment may follow the code.
    code = value.strip().split(" ", 1)[0]
    return code if _STATUS.match(code) else None


def _typed_value(value: object) -> str:
    """``rfc822; someone@example.com`` -> ``someone@example.com`` (the address type is dropped)."""
    text = " ".join(str(value or "").split())
    _kind, sep, rest = text.partition(";")
    return (rest if sep else text).strip().strip("<>")


def _diagnostic(value: object) -> str:
    return _typed_value(value)[:_MAX_DIAGNOSTIC]


def _original_message_id(message: Message) -> str | None:
    returned = _part(message, "message/rfc822") or _part(message, "text/rfc822-headers")
    if returned is None:
        return None
    if returned.get_content_type() == "message/rfc822":
        inner = returned.get_payload()
        headers = inner[0] if isinstance(inner, list) and inner else None
    else:
        text = returned.get_payload(decode=True) or b""
        headers = message_from_bytes(text if isinstance(text, bytes) else b"")
    if headers is None or not isinstance(headers, Message):
        return None
    value = headers.get("Message-ID")
    return str(value).strip() if value else None
