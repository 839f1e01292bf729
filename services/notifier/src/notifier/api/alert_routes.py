"""``/alerts``: the caller's in-app alerts, marking them read, and their live stream."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Header, Query, Request, Response
from ouvrage_platform.auth import CurrentUser, CurrentUserDep
from ouvrage_platform.metadata import CommandMetadataDep
from ouvrage_platform.pagination import DEFAULT_LIMIT, CursorQuery, LimitQuery
from ouvrage_platform.revocation import session_valid
from ouvrage_platform.versioning import IfMatchDep, etag
from sse_starlette import EventSourceResponse, ServerSentEvent

from notifier.api.deps import ContainerDep, StreamUserDep, next_cursor, position_of
from notifier.api.models import AlertPage, AlertPublic
from notifier.app import alert_handlers
from notifier.app import alert_queries as alerts
from notifier.app.container import Container

router = APIRouter(tags=["alerts"])

PING_SECONDS = 15
# How often an open stream checks that its token is neither expired nor revoked.
SESSION_CHECK_SECONDS = 2.0


@router.get("/alerts", response_model=AlertPage)
async def list_alerts(
    user: CurrentUserDep,
    c: ContainerDep,
    unread: Annotated[bool, Query(description="Seulement les alertes non lues")] = False,
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> AlertPage:
    """The caller's alerts, newest first, with the number still unread."""
    views = await alerts.inbox(
        c.pool, user.tenant_id, user.id, unread=unread, before=position_of(cursor), limit=limit
    )
    return AlertPage(
        items=[AlertPublic.of(v) for v in views],
        next_cursor=next_cursor([v.seq for v in views], limit),
        unread_count=await alerts.unread_count(c.pool, user.tenant_id, user.id),
    )


@router.post("/alerts/{alert_id}/read", response_model=AlertPublic)
async def read_alert(
    alert_id: UUID,
    user: CurrentUserDep,
    metadata: CommandMetadataDep,
    c: ContainerDep,
    expected: IfMatchDep,
    response: Response,
) -> AlertPublic:
    """Mark one of the caller's alerts read (idempotent; ``If-Match`` checks its version)."""
    await alert_handlers.mark_read(c.pipeline, metadata, alert_id, expected)
    view = await alerts.get(c.pool, user.tenant_id, user.id, alert_id)
    assert view is not None
    response.headers["ETag"] = etag(view.version)
    return AlertPublic.of(view)


@router.get("/alerts/stream", response_class=EventSourceResponse)
async def stream_alerts(
    user: StreamUserDep,
    c: ContainerDep,
    request: Request,
    last_event_id: Annotated[str | None, Header(alias="Last-Event-ID")] = None,
) -> EventSourceResponse:
    """The caller's new alerts, live (server-sent events ``alert``; ``ready`` first); ends with
    ``session_ended`` when the token expires or is revoked (reconnect with a new one)."""
    queue = c.feed.subscribe(user.tenant_id, user.id)

    async def alive() -> bool:
        return await session_valid(request.app, user.id, user.issued_at, user.expires_at)

    return EventSourceResponse(_events(c, user, queue, last_event_id, alive), ping=PING_SECONDS)


async def _events(
    c: Container,
    user: CurrentUser,
    queue: asyncio.Queue[UUID],
    last_event_id: str | None,
    alive: Callable[[], Awaitable[bool]],
) -> AsyncIterator[ServerSentEvent]:
    try:
        unread = await alerts.unread_count(c.pool, user.tenant_id, user.id)
        yield ServerSentEvent(data=f'{{"unread_count": {unread}}}', event="ready")
        missed = await _missed(c, user, last_event_id)
        for old in missed:
            yield _alert_event(old)
        replayed = {old.alert_id for old in missed}
        while await alive():
            try:
                alert_id = await asyncio.wait_for(queue.get(), SESSION_CHECK_SECONDS)
            except TimeoutError:
                continue
            new = await alerts.get(c.pool, user.tenant_id, user.id, alert_id)
            if new is not None and new.alert_id not in replayed:
                yield _alert_event(new)
        yield ServerSentEvent(data="{}", event="session_ended")
    finally:
        c.feed.unsubscribe(user.tenant_id, user.id, queue)


async def _missed(
    c: Container, user: CurrentUser, last_event_id: str | None
) -> list[alerts.AlertView]:
    """Alerts raised while a reconnecting client was away (after its ``Last-Event-ID``)."""
    if not last_event_id:
        return []
    try:
        last = UUID(last_event_id)
    except ValueError:
        return []
    return await alerts.raised_after(c.pool, user.tenant_id, user.id, last)


def _alert_event(view: alerts.AlertView) -> ServerSentEvent:
    return ServerSentEvent(
        data=AlertPublic.of(view).model_dump_json(), event="alert", id=str(view.alert_id)
    )
