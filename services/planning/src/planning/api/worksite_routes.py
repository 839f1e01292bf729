"""Worksite routes: create, read, start date, tasks, close, site sheet."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from ouvrage_platform.auth import CurrentUserDep
from ouvrage_platform.idempotency import IdempotencyKeyDep
from ouvrage_platform.versioning import IfMatchDep

from planning.api.deps import ContainerDep, Manager, caller, idempotency, model_response, respond
from planning.api.models import SheetSend, StartDateUpdate, WorksiteCreate, WorksiteTaskCreate
from planning.app import planning_queries
from planning.app import sheet_handlers as sheets
from planning.app import worksite_handlers as worksites
from planning.app.readmodels import SheetSentPublic, WorksitePublic
from planning.domain import commands

router = APIRouter(tags=["worksites"])


@router.post("/worksites", status_code=201, response_model=WorksitePublic)
async def create_worksite(
    body: WorksiteCreate,
    request: Request,
    user: Manager,
    svc: ContainerDep,
    key: IdempotencyKeyDep,
) -> JSONResponse:
    """Put a client's worksite on the planning by hand."""
    cmd = commands.OpenWorksite(
        client_id=body.client_id,
        title=body.title,
        start_date=body.start_date,
        provisional=body.provisional,
        address=body.address.to_address() if body.address else None,
        notes=body.notes,
    )
    answer = await worksites.open_worksite(svc, caller(user), cmd, idempotency(key, request, body))
    return respond(answer, 201)


@router.get("/worksites/{worksite_id}", response_model=WorksitePublic)
async def get_worksite(worksite_id: UUID, user: CurrentUserDep, svc: ContainerDep) -> JSONResponse:
    """One worksite with its tasks and interventions."""
    async with svc.pool.acquire() as conn:
        site = await planning_queries.worksite(conn, user.tenant_id, worksite_id)
    return model_response(site)


@router.put("/worksites/{worksite_id}/start-date", response_model=WorksitePublic)
async def set_start_date(
    worksite_id: UUID, body: StartDateUpdate, user: Manager, svc: ContainerDep, expected: IfMatchDep
) -> JSONResponse:
    """Set the start date, even a provisional one (the planning is ordered by it)."""
    cmd = commands.ScheduleWorksite(start_date=body.start_date, provisional=body.provisional)
    return respond(await worksites.schedule(svc, caller(user), worksite_id, cmd, expected))


@router.post("/worksites/{worksite_id}/tasks", status_code=201, response_model=WorksitePublic)
async def add_task(
    worksite_id: UUID,
    body: WorksiteTaskCreate,
    request: Request,
    user: Manager,
    svc: ContainerDep,
    expected: IfMatchDep,
    key: IdempotencyKeyDep,
) -> JSONResponse:
    """Give the worksite a task of the company's catalog."""
    cmd = commands.AddTask(catalog_task_id=body.catalog_task_id)
    idem = idempotency(key, request, body)
    return respond(
        await worksites.add_task(svc, caller(user), worksite_id, cmd, expected, idem), 201
    )


@router.post("/worksites/{worksite_id}/close", response_model=WorksitePublic)
async def close_worksite(
    worksite_id: UUID, user: Manager, svc: ContainerDep, expected: IfMatchDep
) -> JSONResponse:
    """Close the worksite: it leaves the planning."""
    return respond(await worksites.close(svc, caller(user), worksite_id, expected))


@router.get(
    "/worksites/{worksite_id}/sheet.pdf",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}}},
)
async def sheet_pdf(worksite_id: UUID, user: CurrentUserDep, svc: ContainerDep) -> Response:
    """The site sheet (« fiche de chantier ») as a PDF to print."""
    file = await sheets.sheet_pdf(svc, caller(user), worksite_id)
    disposition = f'inline; filename="{file.filename}"'
    return Response(
        file.pdf, media_type="application/pdf", headers={"Content-Disposition": disposition}
    )


@router.post("/worksites/{worksite_id}/sheet/send", status_code=202, response_model=SheetSentPublic)
async def send_sheet(
    worksite_id: UUID,
    body: SheetSend,
    request: Request,
    user: Manager,
    svc: ContainerDep,
    key: IdempotencyKeyDep,
) -> JSONResponse:
    """Email the site sheet to a collaborator (through the notifier)."""
    cmd = commands.SendSheet(recipient_id=body.user_id)
    idem = idempotency(key, request, body, status=202)
    return respond(await sheets.send(svc, caller(user), worksite_id, cmd, idem), 202)
