"""What the application needs from the outside world; adapters implement these."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from typing import Any, Protocol
from uuid import UUID

from ouvrage_events.store.db import Conn

EmailStatus = str  # pending | sending | transmitting | sent | failed | unconfirmed


@dataclass(frozen=True)
class Attachment:
    filename: str
    content: bytes
    sha256: str
    content_type: str = "application/pdf"


@dataclass(frozen=True)
class OutboxEntry:
    """An email to send, as the consumer queues it."""

    email_id: UUID
    tenant_id: UUID
    source_event_id: UUID
    source_type: str
    correlation_id: UUID
    recipient_id: UUID
    template: str
    context: dict[str, Any]
    message_id: str
    attachment: Attachment | None = None
    recipient_address: str | None = None
    """An address outside the company (a client's, for a quote or invoice sent by sales):
    ``recipient_id`` is then the client's id and no user is looked up."""


@dataclass(frozen=True)
class ClaimedEmail:
    """An email a sender worker holds (its advisory lock is held on the worker's connection)."""

    entry: OutboxEntry
    attempts: int
    status: EmailStatus = "sending"


@dataclass(frozen=True)
class Delivery:
    """Where an email went, for the delivery log."""

    to_address: str | None = None
    from_address: str | None = None
    reply_to: str | None = None
    subject: str | None = None
    via_platform_sender: bool | None = None


@dataclass(frozen=True)
class EmailLogRow:
    email_id: UUID
    recipient_id: UUID
    template: str
    status: EmailStatus
    attempts: int
    last_error: str | None
    delivery: Delivery
    source_event_id: UUID
    source_type: str
    message_id: str
    created_at: datetime
    sent_at: datetime | None
    position: int


@dataclass(frozen=True)
class BouncedEmail:
    """An email a bounce names, as the outbox has it."""

    entry: OutboxEntry
    status: EmailStatus
    to_address: str | None
    soft_bounces: int
    attempts: int


class Outbox(Protocol):
    async def enqueue(self, conn: Conn, entry: OutboxEntry) -> bool: ...
    async def claim(self, conn: Conn) -> ClaimedEmail | None: ...
    async def mark_transmitting(self, conn: Conn, email_id: UUID) -> None: ...
    async def reschedule(
        self, conn: Conn, email_id: UUID, delay: float, error: str, delivery: Delivery
    ) -> None: ...
    async def finish(
        self,
        conn: Conn,
        email_id: UUID,
        status: EmailStatus,
        error: str | None,
        delivery: Delivery,
    ) -> None: ...
    async def release(self, conn: Conn, email_id: UUID) -> None: ...
    async def in_flight(self, conn: Conn) -> list[UUID]: ...
    async def try_lock(self, conn: Conn, email_id: UUID) -> ClaimedEmail | None: ...
    async def requeue(self, conn: Conn, email_id: UUID, tenant_id: UUID | None) -> bool: ...
    async def log(
        self, conn: Conn, tenant_id: UUID, before: int | None, limit: int
    ) -> list[EmailLogRow]: ...
    async def bounced_email(self, conn: Conn, email_id: UUID) -> BouncedEmail | None: ...
    async def retry_after_bounce(
        self, conn: Conn, email_id: UUID, delay: float, error: str, code: str
    ) -> None: ...
    async def mark_bounced(self, conn: Conn, email_id: UUID, error: str, code: str) -> None: ...


class TransientDeliveryError(Exception):
    """The server said « later » (4xx) or could not be reached: the message was not taken."""


class PermanentDeliveryError(Exception):
    """The server refused the message for good (5xx); the text is the server's answer."""


class UnconfirmedDeliveryError(Exception):
    """The connection broke while the server was taking the message: it may have been sent."""


class Mailer(Protocol):
    async def send(
        self,
        message: EmailMessage,
        *,
        envelope_from: str,
        recipient: str,
        before_data: Callable[[], Awaitable[None]],
    ) -> None:
        """Send, calling ``before_data`` just before the message content goes out."""
        ...


@dataclass(frozen=True)
class RenderedEmail:
    subject: str
    text: str
    html: str


class Renderer(Protocol):
    def render(self, template: str, context: dict[str, Any]) -> RenderedEmail: ...
