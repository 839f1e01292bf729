"""Right of access (RGPD article 15): each service exports what it holds about a client.

Every service mounts ``GET /personal-data/clients/{client_id}`` (permission « Gérer les données
personnelles », confined to the token's tenant) answering ``{"service": ..., "data": ...}``; the
clients service assembles the parts into ``GET /clients/{id}/personal-data``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated, Any
from uuid import UUID

import asyncpg
from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel

from ouvrage_platform.auth import CurrentUser, require
from ouvrage_platform.forgetting import PERSONAL_DATA_PATH as PATH
from ouvrage_platform.permissions import Permission

Exporter = Callable[[asyncpg.Pool, UUID, UUID], Awaitable[dict[str, Any]]]
PoolOf = Callable[[Request], asyncpg.Pool]

Manager = Annotated[CurrentUser, Depends(require(Permission.PERSONAL_DATA_MANAGE))]


def personal_data_router(service: str, pool_of: PoolOf, export: Exporter) -> APIRouter:
    router = APIRouter(tags=["personal data"])

    @router.get(PATH)
    async def export_client(client_id: UUID, request: Request, user: Manager) -> dict[str, Any]:
        """What this service holds about the client (internal part of the access export)."""
        data = await export(pool_of(request), user.tenant_id, client_id)
        return {"service": service, "data": data}

    return router


async def rows(pool: asyncpg.Pool, sql: str, *args: Any) -> list[dict[str, Any]]:
    """JSON-ready rows (uuids, dates and jsonb as their JSON forms by FastAPI)."""
    return [dict(r) for r in await pool.fetch(sql, *args)]


class ErasureAnswer(BaseModel):
    """The answer of an erasure request (each service adds the erased subject's id)."""

    erased: bool = True
    recorded_now: bool
    """False when the subject was already erased (the request is idempotent)."""
