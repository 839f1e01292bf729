"""Dependencies of the routes: the services wired by bootstrap, and response helpers."""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

from fastapi import Depends, Request, Response
from fastapi.responses import JSONResponse
from ouvrage_platform.auth import CurrentUserDep
from ouvrage_platform.versioning import etag

from actions.adapters import queries
from actions.app.services import Services
from actions.app.units import Replay
from actions.domain.access import ensure_may_change
from actions.domain.errors import ActionNotFoundError


def _services(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


ServicesDep = Annotated[Services, Depends(_services)]


async def may_change_action(action_id: UUID, user: CurrentUserDep, services: ServicesDep) -> None:
    """The caller is concerned by the action or holds actions.manage (403 otherwise)."""
    record = await queries.fetch_action(services.pool, user.tenant_id, action_id)
    if record is None:
        raise ActionNotFoundError(action_id)
    ensure_may_change(
        user.id, user.permissions, created_by=record.created_by,
        assignee_id=record.assignee_id, shared_with=record.shared_with,
    )  # fmt: skip


MAY_CHANGE = Depends(may_change_action)


def with_etag(response: Response, version: int) -> None:
    response.headers["ETag"] = etag(version)


def replayed(replay: Replay) -> JSONResponse:
    """The stored first answer of a retried create."""
    headers: dict[str, str] = {"Idempotent-Replayed": "true"}
    body: Any = replay.body
    if isinstance(body, dict) and isinstance(body.get("version"), int):
        headers["ETag"] = etag(body["version"])
    return JSONResponse(body, status_code=replay.status, headers=headers)
