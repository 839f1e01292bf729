"""The tenants' task catalogs (own events, applied inline)."""

from __future__ import annotations

import ouvrage_events as es
from ouvrage_events.catalog.planning import TaskCatalogEntryAdded
from ouvrage_events.store.db import Conn

catalog_view = es.Projection(
    "catalog_view",
    ddl="""
    CREATE TABLE IF NOT EXISTS catalog_tasks (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        catalog_id uuid NOT NULL,
        name text NOT NULL,
        seeded boolean NOT NULL,
        seq bigint GENERATED ALWAYS AS IDENTITY
    );
    CREATE INDEX IF NOT EXISTS catalog_tasks_tenant ON catalog_tasks (tenant_id, seq);
    """,
)


@catalog_view.on(TaskCatalogEntryAdded)
async def _added(conn: Conn, e: TaskCatalogEntryAdded, env: es.Envelope) -> None:
    await conn.execute(
        """INSERT INTO catalog_tasks (id, tenant_id, catalog_id, name, seeded)
           VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING""",
        e.catalog_task_id,
        env.tenant_id,
        e.catalog_id,
        e.name,
        e.seeded,
    )
