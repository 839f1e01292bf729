"""Request (``XCreate``…) and response (``XPublic``) models of the API."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Literal
from uuid import UUID

from ouvrage_platform.inputs import BoundedDatetime, MultiLine, SingleLine
from pydantic import BaseModel, ConfigDict, Field

from actions.app.records import ActionRecord, ActionTypeRecord
from actions.domain.times import to_local

Name = Annotated[SingleLine, Field(min_length=1, max_length=80)]
ResponseText = Annotated[SingleLine, Field(min_length=1, max_length=80)]
Note = Annotated[MultiLine, Field(max_length=2000)]
Status = Literal["open", "completed", "cancelled"]


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ActionTypeCreate(_Request):
    name: Name
    responses: Annotated[list[ResponseText], Field(max_length=50)] = []


class ActionTypeRename(_Request):
    name: Name


class ResponseCreate(_Request):
    response: ResponseText


class ActionTypePublic(BaseModel):
    id: UUID
    version: int
    name: str
    responses: list[str]
    retired: bool
    created_at: datetime
    updated_at: datetime

    @classmethod
    def of(cls, record: ActionTypeRecord) -> ActionTypePublic:
        return cls(
            id=record.id,
            version=record.version,
            name=record.name,
            responses=record.responses,
            retired=record.retired,
            created_at=record.created_at,
            updated_at=record.updated_at,
        )


class ActionCreate(_Request):
    action_type_id: UUID
    alert_at: BoundedDatetime = Field(
        description="Date et heure de l'alerte : heure locale de la société (fuseau Europe/Paris "
        "par défaut) si sans décalage, sinon prise telle quelle (ex. 2026-12-01T09:00:00+01:00)"
    )
    note: Note = ""
    assignee_id: UUID | None = None
    share_with: Annotated[list[UUID], Field(max_length=50)] = []


class ActionAssign(_Request):
    assignee_id: UUID


class ActionShare(_Request):
    user_ids: Annotated[list[UUID], Field(min_length=1, max_length=50)]


class ActionUpdate(_Request):
    alert_at: BoundedDatetime | None = None
    note: Note | None = None


class ActionAnswer(_Request):
    response: ResponseText
    comment: Note = ""


class ActionCancel(_Request):
    reason: Annotated[MultiLine, Field(max_length=500)] = ""


class ActionPublic(BaseModel):
    id: UUID
    version: int
    client_id: UUID
    client_name: str
    client_pending: bool = Field(
        description="Fiche client pas encore connue du service (nom renseigné dès qu'elle l'est)"
    )
    action_type_id: UUID
    type_name: str
    note: str
    alert_at: datetime = Field(description="Date et heure de l'alerte, en UTC")
    alert_at_local: datetime = Field(description="La même, à l'heure locale de la société")
    timezone: str
    assignee_id: UUID | None
    shared_with: list[UUID]
    status: Status
    response: str | None
    response_comment: str | None
    cancel_reason: str | None
    needs_reassignment: bool
    due: bool = Field(description="L'alerte de l'heure actuelle a été déclenchée")
    overdue: bool = Field(description="Ouverte et son heure d'alerte est passée")
    created_by: UUID | None
    created_at: datetime
    updated_at: datetime
    rule_id: UUID | None = Field(None, description="La règle de relance qui l'a créée")
    rule_name: str = ""

    @classmethod
    def of(cls, r: ActionRecord, now: datetime | None = None) -> ActionPublic:
        now = now or datetime.now(UTC)
        return cls(
            id=r.id,
            version=r.version,
            client_id=r.client_id,
            client_name=r.client_name,
            client_pending=r.client_pending,
            action_type_id=r.action_type_id,
            type_name=r.type_name,
            note=r.note,
            alert_at=r.alert_at.astimezone(UTC),
            alert_at_local=to_local(r.alert_at, r.timezone),
            timezone=r.timezone,
            assignee_id=r.assignee_id,
            shared_with=r.shared_with,
            status=r.status,
            response=r.response,
            response_comment=r.response_comment,
            cancel_reason=r.cancel_reason,
            needs_reassignment=r.needs_reassignment,
            due=r.due_alert_at is not None and r.due_alert_at == r.alert_at,
            overdue=r.status == "open" and r.alert_at <= now,
            created_by=r.created_by,
            created_at=r.created_at,
            updated_at=r.updated_at,
            rule_id=r.rule_id,
            rule_name=r.rule_name,
        )
