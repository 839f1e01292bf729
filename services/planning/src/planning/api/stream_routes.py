"""``GET /planning/stream``: the live board (server-sent events through the gateway)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import cast

from fastapi import APIRouter, Request
from ouvrage_platform.auth import CurrentUserDep
from ouvrage_platform.revocation import session_valid
from sse_starlette import EventSourceResponse, ServerSentEvent

from planning.adapters.board_hub import BoardHub, Change

router = APIRouter(tags=["views"])

PING_SECONDS = 15
SESSION_CHECK_SECONDS = 2.0
"""How often an open stream checks that its token is neither expired nor revoked."""


@router.get("/planning/stream", response_class=EventSourceResponse)
async def stream_planning(user: CurrentUserDep, request: Request) -> EventSourceResponse:
    """The company's planning changes, live: ``ready`` first, then ``change``
    ``{"kind": "worksite"|"intervention", "id": ...}`` after each committed write (read the
    planning again); ends with ``session_ended`` when the token expires or is revoked."""
    hub = cast(BoardHub, request.app.state.board_hub)
    queue = hub.subscribe(user.tenant_id)

    async def alive() -> bool:
        return await session_valid(request.app, user.id, user.issued_at, user.expires_at)

    async def events() -> AsyncIterator[ServerSentEvent]:
        try:
            async for event in _changes(queue, alive):
                yield event
        finally:
            hub.unsubscribe(user.tenant_id, queue)

    return EventSourceResponse(events(), ping=PING_SECONDS)


async def _changes(
    queue: asyncio.Queue[Change], alive: Callable[[], Awaitable[bool]]
) -> AsyncIterator[ServerSentEvent]:
    yield ServerSentEvent(data="{}", event="ready")
    while await alive():
        try:
            kind, aggregate_id = await asyncio.wait_for(queue.get(), SESSION_CHECK_SECONDS)
        except TimeoutError:
            continue
        data = json.dumps({"kind": kind, "id": str(aggregate_id)})
        yield ServerSentEvent(data=data, event="change")
    yield ServerSentEvent(data="{}", event="session_ended")
