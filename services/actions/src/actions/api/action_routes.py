"""Routes of actions on client records (FAQ « Attribuer une action à un collaborateur »)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any
from uuid import UUID

import ouvrage_events as es
from fastapi import APIRouter, Query, Response
from ouvrage_platform.auth import CurrentUser, CurrentUserDep
from ouvrage_platform.errors import ProblemError
from ouvrage_platform.idempotency import IdempotencyKeyDep, idempotency_of, replayed
from ouvrage_platform.inputs import SingleLine
from ouvrage_platform.metadata import CommandMetadataDep
from ouvrage_platform.pagination import (
    DEFAULT_LIMIT,
    CursorQuery,
    LimitQuery,
    Page,
    decode_cursor,
    encode_cursor,
)
from ouvrage_platform.versioning import IfMatchDep

from actions.adapters import queries
from actions.api.deps import MAY_CHANGE, ContainerDep, with_etag
from actions.api.models import (
    ActionAnswer,
    ActionAssign,
    ActionCancel,
    ActionCreate,
    ActionPublic,
    ActionShare,
    ActionUpdate,
    Status,
)
from actions.app.records import ActionFilters, ActionRecord
from actions.domain import commands as c
from actions.domain.errors import ActionNotFoundError

router = APIRouter(tags=["actions"])

UserFilter = Annotated[
    SingleLine | None,
    Query(description="« me » ou l'identifiant d'un collaborateur", max_length=36),
]


def _public(record: ActionRecord, response: Response) -> ActionPublic:
    with_etag(response, record.version)
    return ActionPublic.of(record)


def _user_filter(value: str | None, user: CurrentUser, name: str) -> UUID | None:
    if value is None:
        return None
    if value == "me":
        return user.id
    try:
        return UUID(value)
    except ValueError as exc:
        raise ProblemError(
            422, "invalid_filter", f"Le filtre « {name} » attend « me » ou un identifiant."
        ) from exc


def _after(cursor: str | None) -> tuple[datetime, UUID] | None:
    if cursor is None:
        return None
    position = decode_cursor(cursor)
    try:
        return datetime.fromisoformat(str(position["a"])), UUID(str(position["i"]))
    except (KeyError, ValueError) as exc:
        raise ProblemError(400, "invalid_cursor", "Le curseur de pagination est invalide.") from exc


@router.post("/clients/{client_id}/actions", status_code=201, response_model=ActionPublic)
async def create_action(
    client_id: UUID,
    body: ActionCreate,
    user: CurrentUserDep,
    metadata: CommandMetadataDep,
    key: IdempotencyKeyDep,
    container: ContainerDep,
    response: Response,
) -> Any:
    """Create an action on a client record: alert time, type, note, assignee, colleagues."""
    idem = idempotency_of(
        key,
        f"POST /clients/{client_id}/actions",
        body.model_dump(mode="json"),
        render=lambda r: ActionPublic.of(r).model_dump(mode="json"),
    )
    cmd = c.CreateAction(
        client_id=client_id,
        action_type_id=body.action_type_id,
        alert_at=body.alert_at,
        note=body.note,
        assignee_id=body.assignee_id,
        share_with=list(body.share_with),
    )
    result = await container.actions.create(cmd, metadata, idem)
    if isinstance(result, es.Replay):
        return replayed(result)
    response.headers["Location"] = f"/actions/{result.id}"
    return _public(result, response)


_FILTER_ANSWERS: dict[int | str, dict[str, object]] = {
    422: {"description": "Filtre invalide", "x-problem-codes": ["invalid_filter"]}
}


@router.get("/actions", response_model=Page[ActionPublic], responses=_FILTER_ANSWERS)
async def list_actions(
    user: CurrentUserDep,
    container: ContainerDep,
    assigned_to: UserFilter = None,
    shared_with: UserFilter = None,
    client_id: UUID | None = None,
    status: Status | None = None,
    overdue: Annotated[bool, Query(description="Ouvertes et dont l'alerte est passée")] = False,
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Page[ActionPublic]:
    """The company's actions by alert time: mine (assigned, shared), a client's, overdue."""
    now = datetime.now(UTC)
    filters = ActionFilters(
        assigned_to=_user_filter(assigned_to, user, "assigned_to"),
        shared_with=_user_filter(shared_with, user, "shared_with"),
        client_id=client_id,
        status=status,
        overdue_at=now if overdue else None,
    )
    rows = await queries.list_actions(
        container.pool, user.tenant_id, filters, limit=limit + 1, after=_after(cursor)
    )
    items = [ActionPublic.of(r, now) for r in rows[:limit]]
    last = rows[limit - 1] if len(rows) > limit else None
    next_cursor = encode_cursor({"a": last.alert_at.isoformat(), "i": last.id}) if last else None
    return Page[ActionPublic](items=items, next_cursor=next_cursor)


@router.get("/actions/{action_id}", response_model=ActionPublic)
async def get_action(
    action_id: UUID, user: CurrentUserDep, container: ContainerDep, response: Response
) -> ActionPublic:
    """One action (its ETag is its version)."""
    record = await queries.fetch_action(container.pool, user.tenant_id, action_id)
    if record is None:
        raise ActionNotFoundError(action_id)
    return _public(record, response)


@router.patch("/actions/{action_id}", response_model=ActionPublic, dependencies=[MAY_CHANGE])
async def update_action(
    action_id: UUID,
    body: ActionUpdate,
    metadata: CommandMetadataDep,
    version: IfMatchDep,
    container: ContainerDep,
    response: Response,
) -> ActionPublic:
    """Reschedule the alert and/or change the note."""
    cmd = c.UpdateAction(action_id, body.alert_at, body.note, version)
    return _public(await container.actions.update(cmd, metadata), response)


@router.post("/actions/{action_id}/assign", response_model=ActionPublic, dependencies=[MAY_CHANGE])
async def assign_action(
    action_id: UUID,
    body: ActionAssign,
    metadata: CommandMetadataDep,
    version: IfMatchDep,
    container: ContainerDep,
    response: Response,
) -> ActionPublic:
    """Assign (or reassign) the action to a collaborator."""
    cmd = c.AssignAction(action_id, body.assignee_id, version)
    return _public(await container.actions.assign(cmd, metadata), response)


@router.post("/actions/{action_id}/share", response_model=ActionPublic, dependencies=[MAY_CHANGE])
async def share_action(
    action_id: UUID,
    body: ActionShare,
    metadata: CommandMetadataDep,
    version: IfMatchDep,
    container: ContainerDep,
    response: Response,
) -> ActionPublic:
    """Share the action with more colleagues, to keep them informed."""
    cmd = c.ShareAction(action_id, list(body.user_ids), version)
    return _public(await container.actions.share(cmd, metadata), response)


@router.post("/actions/{action_id}/answer", response_model=ActionPublic, dependencies=[MAY_CHANGE])
async def answer_action(
    action_id: UUID,
    body: ActionAnswer,
    metadata: CommandMetadataDep,
    version: IfMatchDep,
    container: ContainerDep,
    response: Response,
) -> ActionPublic:
    """Answer the action with one of its type's responses."""
    cmd = c.AnswerAction(action_id, body.response, body.comment, version)
    return _public(await container.actions.answer(cmd, metadata), response)


@router.post(
    "/actions/{action_id}/complete", response_model=ActionPublic, dependencies=[MAY_CHANGE]
)
async def complete_action(
    action_id: UUID,
    metadata: CommandMetadataDep,
    version: IfMatchDep,
    container: ContainerDep,
    response: Response,
) -> ActionPublic:
    """Mark the action done."""
    cmd = c.CompleteAction(action_id, version)
    return _public(await container.actions.complete(cmd, metadata), response)


@router.post("/actions/{action_id}/cancel", response_model=ActionPublic, dependencies=[MAY_CHANGE])
async def cancel_action(
    action_id: UUID,
    metadata: CommandMetadataDep,
    version: IfMatchDep,
    container: ContainerDep,
    response: Response,
    body: ActionCancel | None = None,
) -> ActionPublic:
    """Cancel the action."""
    cmd = c.CancelAction(action_id, body.reason if body else "", version)
    return _public(await container.actions.cancel(cmd, metadata), response)
