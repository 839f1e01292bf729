"""Intervention routes: plan, move, operators, dot, padlock, remove."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from ouvrage_platform.auth import CurrentUserDep
from ouvrage_platform.idempotency import IdempotencyKeyDep
from ouvrage_platform.permissions import Permission
from ouvrage_platform.versioning import IfMatchDep

from planning.api.deps import ContainerDep, Manager, caller, idempotency, model_response, respond
from planning.api.models import InterventionCreate, InterventionStateUpdate, InterventionUpdate
from planning.app import intervention_handlers as interventions
from planning.app import planning_queries
from planning.app.readmodels import InterventionPublic, InterventionWritten
from planning.domain import commands

router = APIRouter(tags=["interventions"])


@router.post(
    "/worksites/{worksite_id}/interventions", status_code=201, response_model=InterventionWritten
)
async def plan_intervention(
    worksite_id: UUID,
    body: InterventionCreate,
    request: Request,
    user: Manager,
    svc: ContainerDep,
    key: IdempotencyKeyDep,
) -> JSONResponse:
    """Book operators on the worksite for a time slot (double bookings are warned)."""
    cmd = commands.PlanIntervention(
        starts_at=body.starts_at,
        ends_at=body.ends_at,
        operator_ids=body.operator_ids,
        label=body.label,
        state=body.state,
        task_id=body.task_id,
    )
    idem = idempotency(key, request, body)
    return respond(await interventions.plan(svc, caller(user), worksite_id, cmd, idem), 201)


@router.get("/interventions/{intervention_id}", response_model=InterventionPublic)
async def get_intervention(
    intervention_id: UUID, user: CurrentUserDep, svc: ContainerDep
) -> JSONResponse:
    """One intervention with its dot and padlock."""
    async with svc.pool.acquire() as conn:
        found = await planning_queries.intervention(conn, user.tenant_id, intervention_id)
    return model_response(found)


@router.patch("/interventions/{intervention_id}", response_model=InterventionWritten)
async def change_intervention(
    intervention_id: UUID,
    body: InterventionUpdate,
    user: Manager,
    svc: ContainerDep,
    expected: IfMatchDep,
) -> JSONResponse:
    """Move the slot and/or change the operators (refused while locked)."""
    cmd = commands.ChangeIntervention(
        starts_at=body.starts_at, ends_at=body.ends_at, operator_ids=body.operator_ids
    )
    return respond(await interventions.change(svc, caller(user), intervention_id, cmd, expected))


@router.put("/interventions/{intervention_id}/state", response_model=InterventionPublic)
async def set_state(
    intervention_id: UUID,
    body: InterventionStateUpdate,
    user: CurrentUserDep,
    svc: ContainerDep,
    expected: IfMatchDep,
) -> JSONResponse:
    """Change the dot: a_faire (red), planifie (orange), fait (green); an operator of the
    intervention may mark it « fait » without the planning permission."""
    cmd = commands.ChangeState(state=body.state)
    manages = user.has(Permission.PLANNING_MANAGE.value)
    outcome = await interventions.set_state(
        svc, caller(user), intervention_id, cmd, expected, manages=manages
    )
    return respond(outcome)


@router.delete("/interventions/{intervention_id}", status_code=204, response_class=Response)
async def remove_intervention(
    intervention_id: UUID, user: Manager, svc: ContainerDep, expected: IfMatchDep
) -> Response:
    """Take the intervention off the planning (refused while locked)."""
    await interventions.remove(svc, caller(user), intervention_id, expected)
    return Response(status_code=204)


@router.post("/interventions/{intervention_id}/lock", response_model=InterventionPublic)
async def lock(
    intervention_id: UUID, user: Manager, svc: ContainerDep, expected: IfMatchDep
) -> JSONResponse:
    """Close the padlock: the intervention must not move."""
    meta = caller(user)
    return respond(await interventions.lock(svc, meta, intervention_id, expected, locked=True))


@router.delete("/interventions/{intervention_id}/lock", response_model=InterventionPublic)
async def unlock(
    intervention_id: UUID, user: Manager, svc: ContainerDep, expected: IfMatchDep
) -> JSONResponse:
    """Open the padlock."""
    meta = caller(user)
    return respond(await interventions.lock(svc, meta, intervention_id, expected, locked=False))
