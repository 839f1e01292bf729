"""Task catalog command handler: add a task to the company's catalog."""

from __future__ import annotations

from uuid import uuid4

import structlog
from ouvrage_events.store.db import Conn

from planning.app import views_sav
from planning.app.context import Answer, Ctx, Idempotency, Services, commit, replay
from planning.app.readmodels import CatalogTaskPublic
from planning.domain.catalog import TaskCatalog, catalog_id_for
from planning.domain.commands import AddCatalogTask

log = structlog.get_logger(__name__)


async def add_task(
    svc: Services, ctx: Ctx, cmd: AddCatalogTask, idem: Idempotency | None
) -> Answer:
    """Add a task to the company's catalog (created on first use)."""
    task_id = uuid4()
    async with svc.uow(ctx.metadata()) as uow:
        if (stored := await replay(uow, ctx, idem)) is not None:
            return stored
        catalog_id = catalog_id_for(ctx.tenant_id)
        catalog = await uow.get(TaskCatalog, catalog_id)
        if catalog is None:
            catalog = TaskCatalog(catalog_id)
            uow.add(catalog)
        catalog.add(task_id, cmd.name)

        async def build(conn: Conn) -> CatalogTaskPublic:
            return await views_sav.catalog_task(conn, ctx.tenant_id, task_id)

        answer = await commit(uow, ctx, 201, build, idem)
    log.info("task_catalog.task_added", catalog_task_id=str(task_id))
    return answer
