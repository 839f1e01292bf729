"""The event base class and the envelope every event travels in."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar
from uuid import UUID, uuid4

from pydantic import BaseModel, ConfigDict, Field


class DomainEvent(BaseModel):
    """A fact that happened, named in the past tense; immutable.

    Subclasses set ``service`` (the owning service) and may raise ``schema_version``
    when a breaking change is made (with an upcaster from the previous version).
    Unknown payload fields are ignored so that additive changes never break an older reader.
    """

    model_config = ConfigDict(frozen=True, extra="ignore")

    service: ClassVar[str] = ""
    schema_version: ClassVar[int] = 1
    summary: ClassVar[str] = ""

    @classmethod
    def event_name(cls) -> str:
        return cls.__name__

    @classmethod
    def event_type(cls) -> str:
        return f"ouvrage.{cls.service}.{cls.__name__}"

    def to_payload(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


class Metadata(BaseModel):
    """Who and why: carried from a command to every event it records."""

    model_config = ConfigDict(frozen=True)

    tenant_id: UUID
    actor_id: UUID | None = None
    correlation_id: UUID = Field(default_factory=uuid4)
    causation_id: UUID | None = None
    traceparent: str | None = None

    def caused_by(self, envelope: Envelope, actor_id: UUID | None = None) -> Metadata:
        """Metadata for events recorded in reaction to ``envelope``."""
        return Metadata(
            tenant_id=envelope.tenant_id,
            actor_id=actor_id if actor_id is not None else envelope.actor_id,
            correlation_id=envelope.correlation_id,
            causation_id=envelope.event_id,
            traceparent=envelope.traceparent,
        )


class Envelope(BaseModel):
    """An event as stored and published: identity, position in its stream, and context."""

    model_config = ConfigDict(frozen=True)

    event_id: UUID
    type: str
    schema_version: int
    source: str
    tenant_id: UUID
    aggregate_id: UUID
    aggregate_type: str
    sequence: int
    time: datetime
    actor_id: UUID | None = None
    correlation_id: UUID
    causation_id: UUID | None = None
    traceparent: str | None = None
    payload: dict[str, Any]

    @property
    def service(self) -> str:
        return self.source.rsplit("/", 1)[-1]

    @property
    def name(self) -> str:
        return self.type.rsplit(".", 1)[-1]

    @classmethod
    def wrap(
        cls,
        event: DomainEvent,
        *,
        aggregate_id: UUID,
        aggregate_type: str,
        sequence: int,
        metadata: Metadata,
        time: datetime | None = None,
        event_id: UUID | None = None,
    ) -> Envelope:
        return cls(
            event_id=event_id or uuid4(),
            type=event.event_type(),
            schema_version=event.schema_version,
            source=f"/ouvrage/{event.service}",
            tenant_id=metadata.tenant_id,
            aggregate_id=aggregate_id,
            aggregate_type=aggregate_type,
            sequence=sequence,
            time=time or datetime.now(UTC),
            actor_id=metadata.actor_id,
            correlation_id=metadata.correlation_id,
            causation_id=metadata.causation_id,
            traceparent=metadata.traceparent,
            payload=event.to_payload(),
        )
