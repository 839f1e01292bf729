"""Command handler of a tenant's status list."""

from __future__ import annotations

import ouvrage_events as es
import structlog
from ouvrage_events.store.db import Conn
from ouvrage_platform.idempotency import StoredResponse

from clients.app.idempotent import Idempotency, answer_once, commit_describing
from clients.domain.commands import DefineStatus
from clients.domain.statuses import Status, StatusList, status_list_id

log = structlog.get_logger(__name__)


class StatusHandlers:
    def __init__(self, uow_factory: es.UnitOfWorkFactory) -> None:
        self.uow = uow_factory

    async def define(
        self, cmd: DefineStatus, meta: es.Metadata, idem: Idempotency[Status] | None = None
    ) -> Status | StoredResponse:
        """Add a status to the tenant's list (the defaults cannot be redefined)."""
        async with self.uow(meta) as uow:
            stored = await answer_once(uow, meta.tenant_id, idem)
            if stored is not None:
                return stored
            list_id = status_list_id(meta.tenant_id)
            statuses = await uow.get(StatusList, list_id)
            if statuses is None:
                statuses = StatusList(list_id)
                uow.add(statuses)
            status = statuses.define(cmd.label, cmd.code)

            async def describe(_conn: Conn) -> Status:
                return status

            await commit_describing(uow, meta.tenant_id, idem, describe)
        log.info("client_status.defined", tenant_id=str(meta.tenant_id), code=status.code)
        return status
