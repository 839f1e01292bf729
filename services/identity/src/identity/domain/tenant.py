"""The company (tenant): its name, time zone and the address its emails are sent from."""

from __future__ import annotations

from uuid import UUID

from ouvrage_events.aggregate import Aggregate
from ouvrage_events.catalog.identity import (
    TenantProfileChanged,
    TenantRegistered,
    TenantSenderChanged,
)

from identity.domain.errors import SenderEmailRequiredError
from identity.domain.validation import check_timezone, clean_name, normalise_email

DEFAULT_TIMEZONE = "Europe/Paris"


class Tenant(Aggregate):
    stream_type = "tenant"

    def __init__(self, aggregate_id: UUID) -> None:
        super().__init__(aggregate_id)
        self.name = ""
        self.timezone = DEFAULT_TIMEZONE
        self.sender_email: str | None = None

    @classmethod
    def register(
        cls,
        tenant_id: UUID,
        *,
        name: str,
        timezone: str = DEFAULT_TIMEZONE,
        sender_email: str | None = None,
    ) -> Tenant:
        """A new company."""
        tenant = cls(tenant_id)
        tenant.record(
            TenantRegistered(
                tenant_id=tenant_id,
                name=clean_name(name),
                timezone=check_timezone(timezone),
                sender_email=normalise_email(sender_email) if sender_email else None,
            )
        )
        return tenant

    def update(self, *, name: str, timezone: str, sender_email: str | None) -> None:
        """Change the profile and/or the sender; records only what changed."""
        new_name, new_timezone = clean_name(name), check_timezone(timezone)
        new_sender = normalise_email(sender_email) if sender_email else None
        if new_sender is None and self.sender_email is not None:
            raise SenderEmailRequiredError()
        if (new_name, new_timezone) != (self.name, self.timezone):
            self.record(
                TenantProfileChanged(tenant_id=self.id, name=new_name, timezone=new_timezone)
            )
        if new_sender is not None and new_sender != self.sender_email:
            self.record(TenantSenderChanged(tenant_id=self.id, sender_email=new_sender))

    def when_TenantRegistered(self, e: TenantRegistered) -> None:
        self.name, self.timezone, self.sender_email = e.name, e.timezone, e.sender_email

    def when_TenantProfileChanged(self, e: TenantProfileChanged) -> None:
        self.name, self.timezone = e.name, e.timezone

    def when_TenantSenderChanged(self, e: TenantSenderChanged) -> None:
        self.sender_email = e.sender_email
