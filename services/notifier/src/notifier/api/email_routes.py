"""``/emails``: the company's email delivery log."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from ouvrage_platform.auth import CurrentUser, require
from ouvrage_platform.pagination import DEFAULT_LIMIT, CursorQuery, LimitQuery
from ouvrage_platform.permissions import Permission

from notifier.api.deps import ContainerDep, next_cursor, position_of
from notifier.api.models import EmailPage, EmailPublic

router = APIRouter(tags=["emails"])

AdminDep = Annotated[CurrentUser, Depends(require(Permission.SETTINGS_MANAGE))]


@router.get("/emails", response_model=EmailPage)
async def list_emails(
    user: AdminDep, c: ContainerDep, limit: LimitQuery = DEFAULT_LIMIT, cursor: CursorQuery = None
) -> EmailPage:
    """The delivery log of the caller's company, newest first: status, attempts, server reason."""
    async with c.pool.acquire() as conn:
        rows = await c.outbox.log(conn, user.tenant_id, position_of(cursor), limit)
    return EmailPage(
        items=[EmailPublic.of(r) for r in rows],
        next_cursor=next_cursor([r.position for r in rows], limit),
    )
