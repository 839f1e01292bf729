"""Events of the notifier service: alerts, emails and sender-domain diagnoses."""

from __future__ import annotations

from typing import Annotated, ClassVar
from uuid import UUID

from ouvrage_events.contract.base import DomainEvent
from ouvrage_events.contract.registry import event
from ouvrage_events.privacy.marks import Personal

# Alert texts quote clients and colleagues: sealed under the alert's own key, which the notifier
# destroys when the recipient or a client the alert quotes is erased. A refusal from the mail
# server quotes the recipient's address: sealed under the email's key, destroyed with the user.
_ALERT = Personal("alert", subject=None)
_EMAIL = Personal("email", subject=None)


class NotifierEvent(DomainEvent):
    service: ClassVar[str] = "notifier"


@event
class AlertRaised(NotifierEvent):
    """An in-app alert was raised for a user."""

    alert_id: UUID
    recipient_id: UUID
    kind: str
    title: Annotated[str, _ALERT]
    body: Annotated[str, _ALERT] = ""
    link: str | None = None
    source_event_id: UUID


@event
class AlertMarkedRead(NotifierEvent):
    """The recipient read the alert."""

    alert_id: UUID
    recipient_id: UUID


@event
class EmailSent(NotifierEvent):
    """An email was accepted by the SMTP server."""

    email_id: UUID
    recipient_id: UUID
    template: str
    source_event_id: UUID
    sender_domain: str
    via_platform_sender: bool = False
    message_id: str = ""


@event
class EmailFailed(NotifierEvent):
    """An email was refused for good; ``reason`` is the server's answer."""

    email_id: UUID
    recipient_id: UUID
    template: str
    source_event_id: UUID
    reason: Annotated[str, _EMAIL]


@event
class EmailDeliveryUnconfirmed(NotifierEvent):
    """The connection broke while the server was taking the message: it may or may not have
    been delivered, so it is not sent again automatically (at most one email)."""

    email_id: UUID
    recipient_id: UUID
    template: str
    source_event_id: UUID
    reason: Annotated[str, _EMAIL]


@event
class SenderDomainMisconfigured(NotifierEvent):
    """The tenant's sender domain does not authorise the platform in its SPF record."""

    domain: str
    verdict: str
    fix: str
    record: str | None = None


@event
class SenderDomainVerified(NotifierEvent):
    """The tenant's sender domain authorises the platform again."""

    domain: str
