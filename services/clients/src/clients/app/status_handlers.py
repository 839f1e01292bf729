"""Command handler of a tenant's status list."""

from __future__ import annotations

import ouvrage_events as es
import structlog

from clients.domain.commands import DefineStatus
from clients.domain.statuses import Status, StatusList, status_list_id

log = structlog.get_logger(__name__)


class StatusHandlers:
    def __init__(self, pipeline: es.Pipeline) -> None:
        self.pipeline = pipeline

    async def define(
        self, cmd: DefineStatus, meta: es.Metadata, idem: es.Idempotency | None = None
    ) -> Status | es.Replay:
        """Add a status to the tenant's list (the defaults cannot be redefined)."""
        async with self.pipeline.command(meta, idempotency=idem) as run:
            if (replay := await run.replay()) is not None:
                return replay
            list_id = status_list_id(meta.tenant_id)
            statuses = await run.get(StatusList, list_id)
            if statuses is None:
                statuses = StatusList(list_id)
                run.add(statuses)
            status = statuses.define(cmd.label, cmd.code)

            async def answer(_conn: object) -> Status:
                return status

            await run.commit(answer)
        log.info("client_status.defined", tenant_id=str(meta.tenant_id), code=status.code)
        return status
