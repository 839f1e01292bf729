"""Planning's acceptances as sales needs them: when the retention of a worksite's invoices
(retenue de garantie) may be released (issue 20).

Planning computes the date (one year after an acceptance without reserves, or once the last
reserve is lifted if later; none while reserves remain) and carries it in ``WorksiteAccepted``
and ``ReserveLifted``: sales keeps the latest one per worksite.
"""

from __future__ import annotations

import ouvrage_events as es
from ouvrage_events.catalog.planning import ReserveLifted, WorksiteAccepted
from ouvrage_events.store.db import Conn

WARRANTY_DDL = """
CREATE TABLE IF NOT EXISTS sales_acceptances (
    worksite_id uuid PRIMARY KEY,
    tenant_id uuid NOT NULL,
    client_id uuid NOT NULL,
    quote_id uuid,
    accepted_on date NOT NULL,
    open_reserves integer NOT NULL,
    retention_releasable_on date,
    version integer NOT NULL
);
CREATE INDEX IF NOT EXISTS sales_acceptances_client ON sales_acceptances (tenant_id, client_id);
"""

warranty_view = es.Projection("sales_acceptances", ddl=WARRANTY_DDL)


@warranty_view.on(WorksiteAccepted)
async def _accepted(conn: Conn, e: WorksiteAccepted, env: es.Envelope) -> None:
    await conn.execute(
        """INSERT INTO sales_acceptances (worksite_id, tenant_id, client_id, quote_id,
               accepted_on, open_reserves, retention_releasable_on, version)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (worksite_id) DO NOTHING""",
        e.worksite_id,
        env.tenant_id,
        e.client_id,
        e.quote_id,
        e.accepted_on,
        e.open_reserves,
        e.retention_releasable_on,
        env.sequence,
    )


@warranty_view.on(ReserveLifted)
async def _lifted(conn: Conn, e: ReserveLifted, env: es.Envelope) -> None:
    # Only a later event of the worksite's stream moves the state (redelivery, reordering).
    await conn.execute(
        """UPDATE sales_acceptances SET open_reserves = $2, retention_releasable_on = $3,
               version = $4
           WHERE worksite_id = $1 AND version < $4""",
        e.worksite_id,
        e.open_reserves,
        e.retention_releasable_on,
        env.sequence,
    )
