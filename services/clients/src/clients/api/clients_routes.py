"""Routes reading records, and creating one: list and search, record, duplicates, history."""

from __future__ import annotations

from typing import Annotated, Any, Literal
from uuid import UUID, uuid4

import ouvrage_events as es
from fastapi import APIRouter, Query, Response, status
from fastapi.responses import JSONResponse
from ouvrage_platform.idempotency import IdempotencyKeyDep, idempotency_of, replayed
from ouvrage_platform.inputs import SingleLine
from ouvrage_platform.pagination import (
    DEFAULT_LIMIT,
    CursorQuery,
    LimitQuery,
    Page,
    decode_cursor,
    encode_cursor,
)
from ouvrage_platform.versioning import etag

from clients.api.deps import ContainerDep, ReaderDep, WriterDep
from clients.api.models import (
    ClientCreate,
    ClientCreated,
    ClientPublic,
    DuplicatePublic,
    HistoryEntryPublic,
)
from clients.api.references import require_active_owner
from clients.app.ports import InvalidPositionError, ListFilters
from clients.app.records import Slice
from clients.domain.commands import RegisterClient

router = APIRouter(tags=["clients"])

SearchQuery = Annotated[
    SingleLine | None, Query(max_length=200, description="Recherche : nom, téléphone, e-mail")
]


def _after(cursor: str | None) -> dict[str, Any] | None:
    return None if cursor is None else decode_cursor(cursor)


def _next(page: Slice[Any]) -> str | None:
    return None if page.after is None else encode_cursor(page.after)


@router.get("/clients", response_model=Page[ClientPublic])
async def list_clients(
    user: ReaderDep,
    container: ContainerDep,
    q: SearchQuery = None,
    trash: bool = False,
    status_code: Annotated[SingleLine | None, Query(alias="status", max_length=40)] = None,
    owner_id: UUID | None = None,
    kind: Annotated[
        Literal["client", "prospect"] | None,
        Query(description="Bulle « Client » ou « Prospect » (avec trash=true : leur corbeille)"),
    ] = None,
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Page[ClientPublic]:
    """List or search the records (best match first with ``q``; ``trash=true`` for the trash,
    ``kind`` for clients or prospects)."""
    filters = ListFilters(trash=trash, status=status_code, owner_id=owner_id, kind=kind)
    found = await container.queries.find(user.tenant_id, q, filters, limit, _after(cursor))
    return Page(items=[ClientPublic.of(c) for c in found.items], next_cursor=_next(found))


@router.post(
    "/clients",
    status_code=status.HTTP_201_CREATED,
    response_model=ClientCreated,
)
async def create_client(
    body: ClientCreate,
    meta: WriterDep,
    container: ContainerDep,
    response: Response,
    idempotency_key: IdempotencyKeyDep,
) -> ClientCreated | JSONResponse:
    """Create a record; the answer lists its probable duplicates."""
    idem = idempotency_of(
        idempotency_key,
        "POST /clients",
        body.model_dump(mode="json"),
        render=lambda r: ClientCreated.of_registered(r).model_dump(mode="json"),
    )
    await require_active_owner(container.users, meta, body.owner_id)
    command = RegisterClient(
        client_id=uuid4(),
        contact=body.contact(),
        kind=body.kind,
        owner_id=body.owner_id or meta.actor_id,
        status=body.status,
    )
    result = await container.clients.register(command, meta, idem)
    if isinstance(result, es.Replay):
        return replayed(result, location=lambda body: f"/clients/{body['id']}")
    created = ClientCreated.of_registered(result)
    response.headers["ETag"] = etag(created.version)
    response.headers["Location"] = f"/clients/{created.id}"
    return created


@router.get("/clients/{client_id}", response_model=ClientPublic)
async def get_client(
    client_id: UUID, user: ReaderDep, container: ContainerDep, response: Response
) -> ClientPublic:
    """One record (also from the trash), with its version in ``ETag``."""
    card = await container.queries.get(user.tenant_id, client_id)
    response.headers["ETag"] = etag(card.version)
    return ClientPublic.of(card)


@router.get("/clients/{client_id}/duplicates", response_model=Page[DuplicatePublic])
async def list_duplicates(
    client_id: UUID,
    user: ReaderDep,
    container: ContainerDep,
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Page[DuplicatePublic]:
    """Active records that probably are the same person (name, phone or e-mail)."""
    found = await container.queries.duplicates(user.tenant_id, client_id, limit, _after(cursor))
    return Page(items=[DuplicatePublic.of(m) for m in found.items], next_cursor=_next(found))


@router.get("/clients/{client_id}/history", response_model=Page[HistoryEntryPublic])
async def get_history(
    client_id: UUID,
    user: ReaderDep,
    container: ContainerDep,
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Page[HistoryEntryPublic]:
    """The record's timeline, oldest first: who, when, what (in French)."""
    after = _after(cursor)
    try:
        since = 0 if after is None else int(after["after"])
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidPositionError() from exc
    found = await container.queries.history(user.tenant_id, client_id, limit, since)
    return Page(items=[HistoryEntryPublic.of(e) for e in found.items], next_cursor=_next(found))
