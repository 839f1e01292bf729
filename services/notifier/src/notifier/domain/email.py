"""One email (one event, one recipient, one template): sent at most once."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal
from uuid import UUID, uuid5

from ouvrage_events import Aggregate
from ouvrage_events.catalog.notifier import (
    BouncedAddress,
    EmailBounced,
    EmailDeliveryUnconfirmed,
    EmailFailed,
    EmailSent,
)

from notifier.domain.errors import EmailAlreadySentError

EmailStatus = Literal["new", "sent", "failed", "unconfirmed", "bounced"]
_NAMESPACE = UUID("7b0f3c52-7f4e-4d3c-9a55-0c4e1f7d2a10")


def email_id_for(source_event_id: UUID, recipient_id: UUID, template: str) -> UUID:
    """The same (event, recipient, template) always gives the same email id."""
    return uuid5(_NAMESPACE, f"email/{source_event_id}/{recipient_id}/{template}")


def alert_id_for(source_event_id: UUID, recipient_id: UUID, kind: str) -> UUID:
    """The same (event, recipient, kind) always gives the same alert id."""
    return uuid5(_NAMESPACE, f"alert/{source_event_id}/{recipient_id}/{kind}")


@dataclass(frozen=True)
class EmailRef:
    """What every email event repeats about the email."""

    recipient_id: UUID
    template: str
    source_event_id: UUID


@dataclass(frozen=True)
class Bounce:
    """What a delivery status notification said about the email's recipient."""

    recipient_kind: Literal["client", "user"]
    address: str
    status: str
    diagnostic: str
    owner_id: UUID | None = None
    after_retries: bool = False


class Email(Aggregate):
    stream_type = "email"

    def __init__(self, aggregate_id: UUID) -> None:
        super().__init__(aggregate_id)
        self.status: EmailStatus = "new"

    def sent(
        self, ref: EmailRef, *, sender_domain: str, via_platform_sender: bool, message_id: str
    ) -> None:
        self._refuse_if_sent()
        self.record(
            EmailSent(
                email_id=self.id,
                recipient_id=ref.recipient_id,
                template=ref.template,
                source_event_id=ref.source_event_id,
                sender_domain=sender_domain,
                via_platform_sender=via_platform_sender,
                message_id=message_id,
            )
        )

    def failed(self, ref: EmailRef, reason: str) -> None:
        self._refuse_if_sent()
        self.record(
            EmailFailed(
                email_id=self.id,
                recipient_id=ref.recipient_id,
                template=ref.template,
                source_event_id=ref.source_event_id,
                reason=reason,
            )
        )

    def unconfirmed(self, ref: EmailRef, reason: str) -> None:
        self._refuse_if_sent()
        self.record(
            EmailDeliveryUnconfirmed(
                email_id=self.id,
                recipient_id=ref.recipient_id,
                template=ref.template,
                source_event_id=ref.source_event_id,
                reason=reason,
            )
        )

    def bounced(self, ref: EmailRef, bounce: Bounce) -> bool:
        """Record that the email came back undeliverable; False (nothing recorded) when its
        bounce was already recorded or it was never accepted by a server."""
        if self.status != "sent":
            return False
        client = bounce.recipient_kind == "client"
        detail = BouncedAddress(address=bounce.address, diagnostic=bounce.diagnostic)
        self.record(
            EmailBounced(
                email_id=self.id,
                recipient_id=ref.recipient_id,
                recipient_kind=bounce.recipient_kind,
                client_id=ref.recipient_id if client else None,
                user_id=None if client else ref.recipient_id,
                owner_id=bounce.owner_id,
                template=ref.template,
                source_event_id=ref.source_event_id,
                status=bounce.status,
                after_retries=bounce.after_retries,
                client_recipient=detail if client else None,
                user_recipient=None if client else detail,
            )
        )
        return True

    def _refuse_if_sent(self) -> None:
        if self.status in ("sent", "bounced"):
            raise EmailAlreadySentError()

    def when_EmailSent(self, event: EmailSent) -> None:
        self.status = "sent"

    def when_EmailFailed(self, event: EmailFailed) -> None:
        self.status = "failed"

    def when_EmailBounced(self, event: EmailBounced) -> None:
        self.status = "bounced"

    def when_EmailDeliveryUnconfirmed(self, event: EmailDeliveryUnconfirmed) -> None:
        self.status = "unconfirmed"
