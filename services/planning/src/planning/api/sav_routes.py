"""SAV routes and the task catalog."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from ouvrage_platform.auth import CurrentUserDep
from ouvrage_platform.idempotency import IdempotencyKeyDep
from ouvrage_platform.pagination import DEFAULT_LIMIT, CursorQuery, LimitQuery
from ouvrage_platform.versioning import IfMatchDep

from planning.api.deps import ContainerDep, Manager, caller, idempotency, model_response, respond
from planning.api.models import CatalogTaskCreate, ObservationCreate, SavCreate
from planning.app import catalog_handlers as catalog
from planning.app import sav_handlers as sav
from planning.app import sav_queries
from planning.app.readmodels import CatalogPage, CatalogTaskPublic, SavPage, SavPublic
from planning.domain import commands

router = APIRouter()


@router.post("/clients/{client_id}/sav", status_code=201, response_model=SavPublic, tags=["sav"])
async def open_sav(
    client_id: UUID,
    body: SavCreate,
    request: Request,
    user: Manager,
    svc: ContainerDep,
    key: IdempotencyKeyDep,
) -> JSONResponse:
    """Open a SAV or service ticket for a client."""
    cmd = commands.OpenSav(
        title=body.title,
        observations=body.observations,
        kind=body.kind,
        worksite_id=body.worksite_id,
        disorder=body.disorder,
        reported_on=body.reported_on,
    )
    idem = idempotency(key, request, body)
    return respond(await sav.open_ticket(svc, caller(user), client_id, cmd, idem), 201)


@router.get("/sav", tags=["sav"])
async def list_sav(
    user: CurrentUserDep,
    svc: ContainerDep,
    client_id: UUID | None = None,
    archived: Annotated[bool, Query(description="Inclure les SAV archivés")] = False,
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> SavPage:
    """The company's SAV and service tickets, newest first."""
    async with svc.pool.acquire() as conn:
        return await sav_queries.tickets(
            conn,
            user.tenant_id,
            include_archived=archived,
            client_id=client_id,
            cursor=cursor,
            limit=limit,
        )


@router.get("/sav/{ticket_id}", response_model=SavPublic, tags=["sav"])
async def get_sav(ticket_id: UUID, user: CurrentUserDep, svc: ContainerDep) -> JSONResponse:
    """One ticket with its observations."""
    async with svc.pool.acquire() as conn:
        return model_response(await sav_queries.ticket(conn, user.tenant_id, ticket_id))


@router.post(
    "/sav/{ticket_id}/observations", status_code=201, response_model=SavPublic, tags=["sav"]
)
async def add_observation(
    ticket_id: UUID,
    body: ObservationCreate,
    request: Request,
    user: Manager,
    svc: ContainerDep,
    expected: IfMatchDep,
    key: IdempotencyKeyDep,
) -> JSONResponse:
    """Add an observation to a ticket."""
    cmd = commands.AddObservation(text=body.text)
    idem = idempotency(key, request, body)
    return respond(await sav.observe(svc, caller(user), ticket_id, cmd, expected, idem), 201)


@router.post("/sav/{ticket_id}/archive", response_model=SavPublic, tags=["sav"])
async def archive_sav(
    ticket_id: UUID, user: Manager, svc: ContainerDep, expected: IfMatchDep
) -> JSONResponse:
    """Archive a ticket."""
    return respond(await sav.archive(svc, caller(user), ticket_id, expected))


@router.get("/task-catalog", tags=["catalog"])
async def list_catalog(
    user: CurrentUserDep,
    svc: ContainerDep,
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> CatalogPage:
    """The company's planning tasks."""
    async with svc.pool.acquire() as conn:
        return await sav_queries.catalog(conn, user.tenant_id, cursor=cursor, limit=limit)


@router.post("/task-catalog", status_code=201, response_model=CatalogTaskPublic, tags=["catalog"])
async def add_catalog_task(
    body: CatalogTaskCreate,
    request: Request,
    user: Manager,
    svc: ContainerDep,
    key: IdempotencyKeyDep,
) -> JSONResponse:
    """Add a task to the company's catalog."""
    cmd = commands.AddCatalogTask(name=body.name)
    idem = idempotency(key, request, body)
    return respond(await catalog.add_task(svc, caller(user), cmd, idem), 201)
