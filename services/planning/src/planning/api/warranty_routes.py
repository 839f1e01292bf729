"""Acceptance routes: « réception des travaux », reserves, and the warranty clocks."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from ouvrage_platform.auth import CurrentUserDep
from ouvrage_platform.inputs import BoundedDate, SingleLine
from ouvrage_platform.versioning import IfMatchDep
from pydantic import BaseModel, ConfigDict, Field

from planning.api.deps import ContainerDep, Manager, caller, model_response, respond
from planning.app import warranty_handlers as warranty
from planning.app import warranty_queries
from planning.app.warranty_readmodels import AcceptancePublic
from planning.domain import commands

router = APIRouter(tags=["warranty"])


class AcceptanceCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    accepted_on: BoundedDate
    reserves: list[SingleLine] = Field(default_factory=list, max_length=100)
    """One line per reserve (empty: accepted without reserves)."""
    quote_id: UUID | None = None


class ReserveLift(BaseModel):
    model_config = ConfigDict(extra="forbid")

    lifted_on: BoundedDate | None = None


@router.get("/worksites/{worksite_id}/acceptance", response_model=AcceptancePublic)
async def get_acceptance(
    worksite_id: UUID, user: CurrentUserDep, svc: ContainerDep
) -> JSONResponse:
    """The worksite's acceptance, reserves and guarantee end dates."""
    async with svc.pool.acquire() as conn:
        return model_response(await warranty_queries.acceptance(conn, user.tenant_id, worksite_id))


@router.post("/worksites/{worksite_id}/acceptance", response_model=AcceptancePublic)
async def accept_worksite(
    worksite_id: UUID,
    body: AcceptanceCreate,
    user: Manager,
    svc: ContainerDep,
    expected: IfMatchDep,
) -> JSONResponse:
    """Record the acceptance of the works (« réception »), with or without reserves."""
    cmd = commands.AcceptWorksite(
        accepted_on=body.accepted_on, reserves=list(body.reserves), quote_id=body.quote_id
    )
    return respond(await warranty.accept(svc, caller(user), worksite_id, cmd, expected))


@router.post("/worksites/{worksite_id}/reserves/{reserve_id}/lift", response_model=AcceptancePublic)
async def lift_reserve(
    worksite_id: UUID,
    reserve_id: UUID,
    body: ReserveLift,
    user: Manager,
    svc: ContainerDep,
    expected: IfMatchDep,
) -> JSONResponse:
    """Lift a reserve (the defect was put right)."""
    cmd = commands.LiftReserve(lifted_on=body.lifted_on)
    return respond(
        await warranty.lift_reserve(svc, caller(user), worksite_id, reserve_id, cmd, expected)
    )
