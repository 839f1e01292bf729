"""Routes changing a record; each accepts ``If-Match`` and answers the record with its ETag."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Body, Response
from ouvrage_platform.versioning import IfMatchDep, etag

from clients.api.deps import BlockerDep, ContainerDep, WriterDep
from clients.api.models import (
    ClientPublic,
    CommercialBlock,
    ContactPatch,
    OwnerChange,
    StatusChange,
    TrashRequest,
)
from clients.api.references import require_active_owner
from clients.app.records import ClientCard
from clients.domain import commands as c

router = APIRouter(prefix="/clients/{client_id}", tags=["clients"])


def _answer(card: ClientCard, response: Response) -> ClientPublic:
    response.headers["ETag"] = etag(card.version)
    return ClientPublic.of(card)


@router.patch("/contact", response_model=ClientPublic)
async def change_contact(
    client_id: UUID,
    body: ContactPatch,
    meta: WriterDep,
    container: ContainerDep,
    expected: IfMatchDep,
    response: Response,
) -> ClientPublic:
    """Change some contact fields (« Contact » tab)."""
    cmd = c.ChangeContact(client_id, expected, changes=body.changes())
    return _answer(await container.clients.change_contact(cmd, meta), response)


@router.put("/owner", response_model=ClientPublic)
async def change_owner(
    client_id: UUID,
    body: OwnerChange,
    meta: WriterDep,
    container: ContainerDep,
    expected: IfMatchDep,
    response: Response,
) -> ClientPublic:
    """Hand the record to another user (or to nobody)."""
    await require_active_owner(container.users, meta, body.owner_id)
    cmd = c.ChangeOwner(client_id, expected, owner_id=body.owner_id)
    return _answer(await container.clients.change_owner(cmd, meta), response)


@router.put("/status", response_model=ClientPublic)
async def change_status(
    client_id: UUID,
    body: StatusChange,
    meta: WriterDep,
    container: ContainerDep,
    expected: IfMatchDep,
    response: Response,
) -> ClientPublic:
    """Set the record's status: one that puts the client on the planning opens a worksite, one
    that ends it closes it; « corbeille » trashes the record, another status restores it."""
    cmd = c.ChangeStatus(client_id, expected, status=body.status, duplicate_of=body.duplicate_of)
    return _answer(await container.clients.change_status(cmd, meta), response)


@router.put("/commercial-block", response_model=ClientPublic)
async def block(
    client_id: UUID,
    body: CommercialBlock,
    meta: BlockerDep,
    container: ContainerDep,
    expected: IfMatchDep,
    response: Response,
) -> ClientPublic:
    """Block commercial management for the client, with a reason (quotes, invoices refused)."""
    cmd = c.BlockClient(client_id, expected, reason=body.reason)
    return _answer(await container.clients.block(cmd, meta), response)


@router.delete("/commercial-block", response_model=ClientPublic)
async def unblock(
    client_id: UUID,
    meta: BlockerDep,
    container: ContainerDep,
    expected: IfMatchDep,
    response: Response,
) -> ClientPublic:
    """Allow commercial management again."""
    cmd = c.UnblockClient(client_id, expected)
    return _answer(await container.clients.unblock(cmd, meta), response)


@router.post("/trash", response_model=ClientPublic)
async def trash(
    client_id: UUID,
    meta: WriterDep,
    container: ContainerDep,
    expected: IfMatchDep,
    response: Response,
    body: Annotated[TrashRequest | None, Body()] = None,
) -> ClientPublic:
    """Put the record in the trash (« Corbeille »), optionally as a duplicate of another."""
    duplicate_of = body.duplicate_of if body is not None else None
    cmd = c.TrashClient(client_id, expected, duplicate_of=duplicate_of)
    return _answer(await container.clients.trash(cmd, meta), response)


@router.post("/restore", response_model=ClientPublic)
async def restore(
    client_id: UUID,
    meta: WriterDep,
    container: ContainerDep,
    expected: IfMatchDep,
    response: Response,
) -> ClientPublic:
    """Bring the record back from the trash."""
    cmd = c.RestoreClient(client_id, expected)
    return _answer(await container.clients.restore(cmd, meta), response)


@router.post("/convert", response_model=ClientPublic)
async def convert(
    client_id: UUID,
    meta: WriterDep,
    container: ContainerDep,
    expected: IfMatchDep,
    response: Response,
) -> ClientPublic:
    """The prospect becomes a client."""
    cmd = c.ConvertClient(client_id, expected)
    return _answer(await container.clients.convert(cmd, meta), response)
