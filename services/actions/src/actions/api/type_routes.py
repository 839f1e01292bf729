"""Routes of ``/action-types`` (FAQ « Paramètrer une action »)."""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

import ouvrage_events as es
from fastapi import APIRouter, Depends, Path, Query, Response
from ouvrage_platform.auth import CurrentUser, CurrentUserDep, require
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
from ouvrage_platform.permissions import Permission
from ouvrage_platform.versioning import IfMatchDep

from actions.adapters import queries
from actions.api.deps import ContainerDep, with_etag
from actions.api.models import ActionTypeCreate, ActionTypePublic, ActionTypeRename, ResponseCreate
from actions.app.records import ActionTypeRecord
from actions.domain import commands as c
from actions.domain.errors import ActionTypeNotFoundError

router = APIRouter(prefix="/action-types", tags=["action types"])

Manager = Annotated[CurrentUser, Depends(require(Permission.SETTINGS_MANAGE))]


def _public(record: ActionTypeRecord, response: Response) -> ActionTypePublic:
    with_etag(response, record.version)
    return ActionTypePublic.of(record)


def _after(cursor: str | None) -> tuple[str, UUID] | None:
    if cursor is None:
        return None
    position = decode_cursor(cursor)
    try:
        return str(position["n"]), UUID(str(position["i"]))
    except (KeyError, ValueError) as exc:
        raise ProblemError(400, "invalid_cursor", "Le curseur de pagination est invalide.") from exc


@router.get("", response_model=Page[ActionTypePublic])
async def list_action_types(
    user: CurrentUserDep,
    container: ContainerDep,
    include_retired: Annotated[bool, Query(description="Inclure les types retirés")] = False,
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Page[ActionTypePublic]:
    """The company's action types, by name."""
    rows = await queries.list_types(
        container.pool,
        user.tenant_id,
        include_retired=include_retired,
        limit=limit + 1,
        after=_after(cursor),
    )
    items = [ActionTypePublic.of(r) for r in rows[:limit]]
    last = rows[limit - 1] if len(rows) > limit else None
    next_cursor = encode_cursor({"n": last.name, "i": last.id}) if last else None
    return Page[ActionTypePublic](items=items, next_cursor=next_cursor)


@router.post("", status_code=201, response_model=ActionTypePublic)
async def define_action_type(
    body: ActionTypeCreate,
    user: Manager,
    metadata: CommandMetadataDep,
    key: IdempotencyKeyDep,
    container: ContainerDep,
    response: Response,
) -> Any:
    """Create an action type, with its possible responses."""
    idem = idempotency_of(
        key,
        "POST /action-types",
        body.model_dump(mode="json"),
        render=lambda r: ActionTypePublic.of(r).model_dump(mode="json"),
    )
    cmd = c.DefineActionType(name=body.name, responses=list(body.responses))
    result = await container.types.define(cmd, metadata, idem)
    if isinstance(result, es.Replay):
        return replayed(result)
    response.headers["Location"] = f"/action-types/{result.id}"
    return _public(result, response)


@router.get("/{action_type_id}", response_model=ActionTypePublic)
async def get_action_type(
    action_type_id: UUID, user: CurrentUserDep, container: ContainerDep, response: Response
) -> ActionTypePublic:
    """One action type (its ETag is its version)."""
    record = await queries.fetch_type(container.pool, user.tenant_id, action_type_id)
    if record is None:
        raise ActionTypeNotFoundError(action_type_id)
    return _public(record, response)


@router.patch("/{action_type_id}", response_model=ActionTypePublic)
async def rename_action_type(
    action_type_id: UUID,
    body: ActionTypeRename,
    user: Manager,
    metadata: CommandMetadataDep,
    version: IfMatchDep,
    container: ContainerDep,
    response: Response,
) -> ActionTypePublic:
    """Rename an action type."""
    cmd = c.RenameActionType(action_type_id, body.name, version)
    return _public(await container.types.rename(cmd, metadata), response)


@router.post("/{action_type_id}/responses", response_model=ActionTypePublic)
async def add_response(
    action_type_id: UUID,
    body: ResponseCreate,
    user: Manager,
    metadata: CommandMetadataDep,
    version: IfMatchDep,
    container: ContainerDep,
    response: Response,
) -> ActionTypePublic:
    """Add a possible response (« Ajouter une réponse »)."""
    cmd = c.AddResponse(action_type_id, body.response, version)
    return _public(await container.types.add_response(cmd, metadata), response)


@router.delete("/{action_type_id}/responses/{response}", response_model=ActionTypePublic)
async def remove_response(
    action_type_id: UUID,
    response: Annotated[SingleLine, Path(max_length=80)],
    user: Manager,
    metadata: CommandMetadataDep,
    version: IfMatchDep,
    container: ContainerDep,
    http_response: Response,
) -> ActionTypePublic:
    """Remove a possible response."""
    cmd = c.RemoveResponse(action_type_id, response, version)
    return _public(await container.types.remove_response(cmd, metadata), http_response)


@router.post("/{action_type_id}/retire", response_model=ActionTypePublic)
async def retire_action_type(
    action_type_id: UUID,
    user: Manager,
    metadata: CommandMetadataDep,
    version: IfMatchDep,
    container: ContainerDep,
    response: Response,
) -> ActionTypePublic:
    """Retire an action type: existing actions keep it, new ones cannot use it."""
    cmd = c.RetireActionType(action_type_id, version)
    return _public(await container.types.retire(cmd, metadata), response)
