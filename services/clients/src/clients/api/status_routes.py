"""Routes of the tenant's status list."""

from __future__ import annotations

from typing import Annotated

import ouvrage_events as es
from fastapi import APIRouter, Path, status
from fastapi.responses import JSONResponse
from ouvrage_platform.idempotency import IdempotencyKeyDep, idempotency_of
from ouvrage_platform.inputs import SingleLine

from clients.api.deps import ContainerDep, ReaderDep, SettingsDep
from clients.api.models import StatusCreate, StatusPublic, StatusRules
from clients.domain.commands import ConfigureStatus, DefineStatus
from clients.domain.statuses import DEFAULT_STATUSES, Status

router = APIRouter(tags=["statuses"])


@router.get("/statuses", response_model=list[StatusPublic])
async def list_statuses(user: ReaderDep, container: ContainerDep) -> list[StatusPublic]:
    """The statuses a record can have: the defaults, then the tenant's own."""
    entries = await container.queries.statuses(user.tenant_id)
    return [_public(e.status, e.default) for e in entries]


def _public(s: Status, default: bool = False) -> StatusPublic:
    return StatusPublic(
        code=s.code,
        label=s.label,
        default=default,
        on_planning=s.on_planning,
        ends_worksite=s.ends_worksite,
        trash=s.trash,
    )


@router.post("/statuses", status_code=status.HTTP_201_CREATED, response_model=StatusPublic)
async def define_status(
    body: StatusCreate,
    meta: SettingsDep,
    container: ContainerDep,
    idempotency_key: IdempotencyKeyDep,
) -> StatusPublic | JSONResponse:
    """Add a status to the tenant's list."""
    idem = idempotency_of(
        idempotency_key,
        "POST /statuses",
        body.model_dump(mode="json"),
        render=lambda s: _public(s).model_dump(mode="json"),
    )
    cmd = DefineStatus(body.label, body.code, body.on_planning, body.ends_worksite, body.trash)
    result = await container.statuses.define(cmd, meta, idem)
    if isinstance(result, es.Replay):
        return JSONResponse(result.body, status_code=result.status)
    return _public(result)


@router.patch("/statuses/{code}", response_model=StatusPublic)
async def configure_status(
    code: Annotated[SingleLine, Path(max_length=40)],
    body: StatusRules,
    meta: SettingsDep,
    container: ContainerDep,
) -> StatusPublic:
    """Say whether a status puts the client on the planning and whether it ends the worksite."""
    cmd = ConfigureStatus(code, body.on_planning, body.ends_worksite)
    status = await container.statuses.configure(cmd, meta)
    return _public(status, any(s.code == status.code for s in DEFAULT_STATUSES))
