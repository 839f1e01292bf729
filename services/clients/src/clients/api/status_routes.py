"""Routes of the tenant's status list."""

from __future__ import annotations

from fastapi import APIRouter, status
from fastapi.responses import JSONResponse
from ouvrage_platform.idempotency import IdempotencyKeyDep, StoredResponse, fingerprint

from clients.api.deps import ReaderDep, ServicesDep, SettingsDep
from clients.api.models import StatusCreate, StatusPublic
from clients.app.idempotent import Idempotency
from clients.domain.commands import DefineStatus
from clients.domain.statuses import Status

router = APIRouter(tags=["statuses"])


@router.get("/statuses", response_model=list[StatusPublic])
async def list_statuses(user: ReaderDep, services: ServicesDep) -> list[StatusPublic]:
    """The statuses a record can have: the defaults, then the tenant's own."""
    entries = await services.queries.statuses(user.tenant_id)
    return [
        StatusPublic(code=e.status.code, label=e.status.label, default=e.default) for e in entries
    ]


def _public(s: Status) -> StatusPublic:
    return StatusPublic(code=s.code, label=s.label, default=False)


@router.post("/statuses", status_code=status.HTTP_201_CREATED, response_model=StatusPublic)
async def define_status(
    body: StatusCreate,
    meta: SettingsDep,
    services: ServicesDep,
    idempotency_key: IdempotencyKeyDep,
) -> StatusPublic | JSONResponse:
    """Add a status to the tenant's list."""
    idem: Idempotency[Status] | None = None
    if idempotency_key is not None:
        request = fingerprint("POST /statuses", body.model_dump(mode="json"))
        idem = Idempotency(idempotency_key, request, lambda s: _public(s).model_dump(mode="json"))
    result = await services.statuses.define(DefineStatus(body.label, body.code), meta, idem)
    if isinstance(result, StoredResponse):
        return JSONResponse(result.body, status_code=result.status)
    return _public(result)
