"""Routes of the tenant's status list."""

from __future__ import annotations

import ouvrage_events as es
from fastapi import APIRouter, status
from fastapi.responses import JSONResponse
from ouvrage_platform.idempotency import IdempotencyKeyDep, idempotency_of

from clients.api.deps import ContainerDep, ReaderDep, SettingsDep
from clients.api.models import StatusCreate, StatusPublic
from clients.domain.commands import DefineStatus
from clients.domain.statuses import Status

router = APIRouter(tags=["statuses"])


@router.get("/statuses", response_model=list[StatusPublic])
async def list_statuses(user: ReaderDep, container: ContainerDep) -> list[StatusPublic]:
    """The statuses a record can have: the defaults, then the tenant's own."""
    entries = await container.queries.statuses(user.tenant_id)
    return [
        StatusPublic(code=e.status.code, label=e.status.label, default=e.default) for e in entries
    ]


def _public(s: Status) -> StatusPublic:
    return StatusPublic(code=s.code, label=s.label, default=False)


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
    result = await container.statuses.define(DefineStatus(body.label, body.code), meta, idem)
    if isinstance(result, es.Replay):
        return JSONResponse(result.body, status_code=result.status)
    return _public(result)
