"""Command handlers of a tenant's status list: add a status, say what one does on the planning."""

from __future__ import annotations

import ouvrage_events as es
import structlog

from clients.domain.commands import ConfigureStatus, DefineStatus
from clients.domain.statuses import Status, StatusList, status_list_id

log = structlog.get_logger(__name__)


async def _status_list(run: es.Command) -> StatusList:
    """The tenant's list, started (defaults only) on its first change."""
    list_id = status_list_id(run.tenant_id)
    statuses = await run.get(StatusList, list_id)
    if statuses is None:
        statuses = StatusList(list_id)
        run.add(statuses)
    return statuses


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
            statuses = await _status_list(run)
            status = statuses.define(
                cmd.label,
                cmd.code,
                on_planning=cmd.on_planning,
                ends_worksite=cmd.ends_worksite,
                trash=cmd.trash,
            )

            async def answer(_conn: object) -> Status:
                return status

            await run.commit(answer)
        log.info("client_status.defined", tenant_id=str(meta.tenant_id), code=status.code)
        return status

    async def configure(self, cmd: ConfigureStatus, meta: es.Metadata) -> Status:
        """Say whether a status puts the client on the planning and whether it ends the site."""
        async with self.pipeline.command(meta) as run:
            statuses = await _status_list(run)
            status = statuses.configure(
                cmd.code, on_planning=cmd.on_planning, ends_worksite=cmd.ends_worksite
            )

            async def answer(_conn: object) -> Status:
                return status

            await run.commit(answer)
        log.info("client_status.configured", tenant_id=str(meta.tenant_id), code=status.code)
        return status
