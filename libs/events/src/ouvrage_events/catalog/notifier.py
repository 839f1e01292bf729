"""Events of the notifier service: alerts, emails and sender-domain diagnoses."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict

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


class BouncedAddress(BaseModel):
    """The address a bounce came back for and the remote server's diagnostic (which usually
    quotes the address): personal data of the recipient."""

    model_config = ConfigDict(frozen=True)

    address: str
    diagnostic: str = ""


@event
class EmailBounced(NotifierEvent):
    """The recipient's mail server reported, in a delivery status notification (RFC 3464), that
    the email cannot be delivered: a permanent failure (``5.x.x``), or a temporary one
    (``4.x.x``) still failing after every retry (``after_retries``).

    The recipient is a client (an email sent to a client's address: ``client_id``, with the
    client's owner in ``owner_id``) or a user (``user_id``). The address and diagnostic are sealed
    under that person's key (``client_recipient`` or ``user_recipient``, whichever applies)."""

    email_id: UUID
    recipient_id: UUID
    recipient_kind: Literal["client", "user"]
    client_id: UUID | None = None
    user_id: UUID | None = None
    owner_id: UUID | None = None
    template: str
    source_event_id: UUID
    status: str
    after_retries: bool = False
    client_recipient: Annotated[BouncedAddress | None, Personal("client", erased=None)] = None
    user_recipient: Annotated[BouncedAddress | None, Personal("user", erased=None)] = None

    @property
    def recipient(self) -> BouncedAddress | None:
        return self.client_recipient or self.user_recipient


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
