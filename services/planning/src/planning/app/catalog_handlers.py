"""Task catalog command handler: add a task to the company's catalog."""

from __future__ import annotations

from uuid import uuid4

import ouvrage_events as es
import structlog
from ouvrage_events.store.db import Conn

from planning.app import sav_queries
from planning.app.container import Container, Outcome
from planning.app.readmodels import CatalogTaskPublic
from planning.domain.catalog import TaskCatalog, catalog_id_for
from planning.domain.commands import AddCatalogTask

log = structlog.get_logger(__name__)


async def add_task(
    svc: Container, meta: es.Metadata, cmd: AddCatalogTask, idem: es.Idempotency | None
) -> Outcome:
    """Add a task to the company's catalog (created on first use)."""
    task_id = uuid4()
    async with svc.pipeline.command(meta, idempotency=idem) as run:
        if (stored := await run.replay()) is not None:
            return stored
        catalog_id = catalog_id_for(meta.tenant_id)
        catalog = await run.get(TaskCatalog, catalog_id)
        if catalog is None:
            catalog = TaskCatalog(catalog_id)
            run.add(catalog)
        catalog.add(task_id, cmd.name)

        async def build(conn: Conn) -> CatalogTaskPublic:
            return await sav_queries.catalog_task(conn, meta.tenant_id, task_id)

        answer = await run.commit(build)
    log.info("task_catalog.task_added", catalog_task_id=str(task_id))
    return answer
