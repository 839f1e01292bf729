"""Dependencies of the routes: the container wired by bootstrap, and response helpers."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import Depends, Request, Response
from ouvrage_platform.auth import CurrentUserDep
from ouvrage_platform.versioning import etag

from actions.adapters import queries
from actions.app.container import Container
from actions.domain.access import ensure_may_change
from actions.domain.errors import ActionNotFoundError


def _container(request: Request) -> Container:
    container: Container = request.app.state.container
    return container


ContainerDep = Annotated[Container, Depends(_container)]


async def may_change_action(action_id: UUID, user: CurrentUserDep, container: ContainerDep) -> None:
    """The caller is concerned by the action or holds actions.manage (403 otherwise)."""
    record = await queries.fetch_action(container.pool, user.tenant_id, action_id)
    if record is None:
        raise ActionNotFoundError(action_id)
    ensure_may_change(
        user.id, user.permissions, created_by=record.created_by,
        assignee_id=record.assignee_id, shared_with=record.shared_with,
    )  # fmt: skip


MAY_CHANGE = Depends(may_change_action)


def with_etag(response: Response, version: int) -> None:
    response.headers["ETag"] = etag(version)
