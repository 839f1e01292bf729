"""The in-app alert: raised for one user, then read."""

from __future__ import annotations

from uuid import UUID

from ouvrage_events import Aggregate
from ouvrage_events.catalog.notifier import AlertMarkedRead, AlertRaised


class Alert(Aggregate):
    stream_type = "alert"

    def __init__(self, aggregate_id: UUID) -> None:
        super().__init__(aggregate_id)
        self.recipient_id: UUID | None = None
        self.read = False

    @classmethod
    def raise_for(
        cls,
        alert_id: UUID,
        *,
        recipient_id: UUID,
        kind: str,
        title: str,
        body: str,
        link: str | None,
        source_event_id: UUID,
    ) -> Alert:
        alert = cls(alert_id)
        alert.record(
            AlertRaised(
                alert_id=alert_id,
                recipient_id=recipient_id,
                kind=kind,
                title=title,
                body=body,
                link=link,
                source_event_id=source_event_id,
            )
        )
        return alert

    def mark_read(self) -> None:
        """Mark the alert read; reading it again changes nothing."""
        if self.read:
            return
        assert self.recipient_id is not None
        self.record(AlertMarkedRead(alert_id=self.id, recipient_id=self.recipient_id))

    def when_AlertRaised(self, event: AlertRaised) -> None:
        self.recipient_id = event.recipient_id

    def when_AlertMarkedRead(self, event: AlertMarkedRead) -> None:
        self.read = True
