"""Request and response models of the notifier's HTTP API."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from ouvrage_platform.pagination import Page
from pydantic import BaseModel

from notifier.app.alert_queries import AlertView
from notifier.app.ports import EmailLogRow
from notifier.app.sender_domains import Diagnosis


class AlertPublic(BaseModel):
    id: UUID
    kind: str
    title: str
    body: str
    link: str | None
    source_event_id: UUID
    raised_at: datetime
    read: bool
    read_at: datetime | None
    version: int

    @classmethod
    def of(cls, view: AlertView) -> AlertPublic:
        return cls(
            id=view.alert_id,
            kind=view.kind,
            title=view.title,
            body=view.body,
            link=view.link,
            source_event_id=view.source_event_id,
            raised_at=view.raised_at,
            read=view.read_at is not None,
            read_at=view.read_at,
            version=view.version,
        )


class AlertPage(Page[AlertPublic]):
    unread_count: int


class EmailPublic(BaseModel):
    id: UUID
    recipient_id: UUID
    template: str
    status: str
    attempts: int
    error: str | None
    to_address: str | None
    from_address: str | None
    reply_to: str | None
    subject: str | None
    via_platform_sender: bool | None
    message_id: str
    source_event_id: UUID
    source_type: str
    created_at: datetime
    sent_at: datetime | None

    @classmethod
    def of(cls, row: EmailLogRow) -> EmailPublic:
        d = row.delivery
        return cls(
            id=row.email_id,
            recipient_id=row.recipient_id,
            template=row.template,
            status=row.status,
            attempts=row.attempts,
            error=row.last_error,
            to_address=d.to_address,
            from_address=d.from_address,
            reply_to=d.reply_to,
            subject=d.subject,
            via_platform_sender=d.via_platform_sender,
            message_id=row.message_id,
            source_event_id=row.source_event_id,
            source_type=row.source_type,
            created_at=row.created_at,
            sent_at=row.sent_at,
        )


class EmailPage(Page[EmailPublic]):
    pass


class SenderDomainPublic(BaseModel):
    domain: str
    authorised: bool
    verdict: str
    reason: str
    record: str | None
    summary: str
    fix: str | None
    suggested_record: str | None
    lookups: int
    void_lookups: int
    include_chain: list[str]
    platform_spf_domain: str
    recorded_status: str
    sends_from_platform: bool

    @classmethod
    def of(cls, diagnosis: Diagnosis) -> SenderDomainPublic:
        check, advice = diagnosis.check, diagnosis.advice
        return cls(
            domain=check.domain,
            authorised=check.authorised,
            verdict=check.verdict.value,
            reason=check.reason,
            record=check.record,
            summary=advice.summary,
            fix=advice.fix,
            suggested_record=advice.suggested_record,
            lookups=check.lookups,
            void_lookups=check.void_lookups,
            include_chain=list(check.chain),
            platform_spf_domain=diagnosis.platform_spf_domain,
            recorded_status=diagnosis.recorded_status,
            sends_from_platform=not check.authorised,
        )
