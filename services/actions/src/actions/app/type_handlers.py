"""Command handlers for action types (permission ``settings.manage`` is checked by the API)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from uuid import UUID, uuid4

import ouvrage_events as es
import structlog
from ouvrage_events.store.db import Conn

from actions.app.ports import DirectoryFactory
from actions.app.records import ActionTypeRecord
from actions.domain.action_type import ActionType, clean_name
from actions.domain.commands import (
    AddResponse,
    DefineActionType,
    RemoveResponse,
    RenameActionType,
    RetireActionType,
)
from actions.domain.errors import ActionTypeNameTakenError, ActionTypeNotFoundError

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class ActionTypeHandlers:
    pipeline: es.Pipeline
    directory_for: DirectoryFactory

    async def define(
        self, cmd: DefineActionType, metadata: es.Metadata, idem: es.Idempotency | None = None
    ) -> ActionTypeRecord | es.Replay:
        """Create an action type whose name is not taken in the company."""
        tenant_id = metadata.tenant_id
        async with self.pipeline.command(metadata, idempotency=idem) as run:
            if (replay := await run.replay()) is not None:
                return replay
            directory = self.directory_for(run.conn)
            name = clean_name(cmd.name)
            await directory.lock(tenant_id)  # one name check at a time per company
            if await directory.type_name_taken(tenant_id, name):
                raise ActionTypeNameTakenError(name)
            action_type = ActionType.define(uuid4(), name, cmd.responses)
            run.add(action_type)
            record = await run.commit(self._reader(tenant_id, action_type.id))
        log.info("action_type.defined", action_type_id=str(record.id), tenant_id=str(tenant_id))
        return record

    async def rename(self, cmd: RenameActionType, metadata: es.Metadata) -> ActionTypeRecord:
        """Rename an action type (the new name must not be taken)."""
        name = clean_name(cmd.name)

        async def change(run: es.Command, action_type: ActionType) -> None:
            directory = self.directory_for(run.conn)
            if await directory.type_name_taken(
                metadata.tenant_id, name, except_id=cmd.action_type_id
            ):
                raise ActionTypeNameTakenError(name)
            action_type.rename(name)

        return await self._change(cmd.action_type_id, cmd.expected_version, metadata, change)

    async def add_response(self, cmd: AddResponse, metadata: es.Metadata) -> ActionTypeRecord:
        """Add a possible response to an action type."""

        async def change(_run: es.Command, action_type: ActionType) -> None:
            action_type.add_response(cmd.response)

        return await self._change(cmd.action_type_id, cmd.expected_version, metadata, change)

    async def remove_response(self, cmd: RemoveResponse, metadata: es.Metadata) -> ActionTypeRecord:
        """Remove a possible response (answers already given keep it)."""

        async def change(_run: es.Command, action_type: ActionType) -> None:
            action_type.remove_response(cmd.response)

        return await self._change(cmd.action_type_id, cmd.expected_version, metadata, change)

    async def retire(self, cmd: RetireActionType, metadata: es.Metadata) -> ActionTypeRecord:
        """Retire an action type: no new action can use it."""

        async def change(_run: es.Command, action_type: ActionType) -> None:
            action_type.retire()

        return await self._change(cmd.action_type_id, cmd.expected_version, metadata, change)

    async def _change(
        self,
        action_type_id: UUID,
        expected_version: int | None,
        metadata: es.Metadata,
        change: Callable[[es.Command, ActionType], Awaitable[None]],
    ) -> ActionTypeRecord:
        async with self.pipeline.command(metadata) as run:
            await self.directory_for(run.conn).lock(metadata.tenant_id)
            action_type = await run.load(
                ActionType,
                action_type_id,
                expected_version=expected_version,
                missing=lambda: ActionTypeNotFoundError(action_type_id),
            )
            await change(run, action_type)
            record = await run.commit(self._reader(metadata.tenant_id, action_type_id))
        log.info("action_type.changed", action_type_id=str(action_type_id), version=record.version)
        return record

    def _reader(
        self, tenant_id: UUID, action_type_id: UUID
    ) -> Callable[[Conn], Awaitable[ActionTypeRecord]]:
        """Reads the type back in the transaction, once the read models were updated."""

        async def read(conn: Conn) -> ActionTypeRecord:
            record = await self.directory_for(conn).action_type(tenant_id, action_type_id)
            assert record is not None, "the read model lost a record written in this transaction"
            return record

        return read
