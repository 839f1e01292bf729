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
from actions.app.units import Idempotency, ReadBack, Replay, replay_of
from actions.domain.action_type import ActionType, clean_name
from actions.domain.commands import (
    AddResponse,
    DefineActionType,
    RemoveResponse,
    RenameActionType,
    RetireActionType,
)
from actions.domain.errors import ActionTypeNameTakenError, ActionTypeNotFoundError, check_version

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class ActionTypeHandlers:
    uow_factory: es.UnitOfWorkFactory
    directory_for: DirectoryFactory

    async def define(
        self, cmd: DefineActionType, metadata: es.Metadata, idem: Idempotency | None = None
    ) -> ActionTypeRecord | Replay:
        """Create an action type whose name is not taken in the company."""
        tenant_id = metadata.tenant_id
        async with self.uow_factory(metadata) as uow:
            if (replay := await replay_of(uow, idem)) is not None:
                return replay
            directory = self.directory_for(uow.conn)
            name = clean_name(cmd.name)
            await directory.lock(tenant_id)  # one name check at a time per company
            if await directory.type_name_taken(tenant_id, name):
                raise ActionTypeNameTakenError(name)
            action_type = ActionType.define(uuid4(), name, cmd.responses)
            uow.add(action_type)
            record = await self._read_back(uow, action_type.id, idem).commit()
        log.info("action_type.defined", action_type_id=str(record.id), tenant_id=str(tenant_id))
        return record

    async def rename(self, cmd: RenameActionType, metadata: es.Metadata) -> ActionTypeRecord:
        """Rename an action type (the new name must not be taken)."""
        name = clean_name(cmd.name)

        async def change(uow: es.UnitOfWork, action_type: ActionType) -> None:
            directory = self.directory_for(uow.conn)
            if await directory.type_name_taken(
                metadata.tenant_id, name, except_id=cmd.action_type_id
            ):
                raise ActionTypeNameTakenError(name)
            action_type.rename(name)

        return await self._change(cmd.action_type_id, cmd.expected_version, metadata, change)

    async def add_response(self, cmd: AddResponse, metadata: es.Metadata) -> ActionTypeRecord:
        """Add a possible response to an action type."""

        async def change(_uow: es.UnitOfWork, action_type: ActionType) -> None:
            action_type.add_response(cmd.response)

        return await self._change(cmd.action_type_id, cmd.expected_version, metadata, change)

    async def remove_response(self, cmd: RemoveResponse, metadata: es.Metadata) -> ActionTypeRecord:
        """Remove a possible response (answers already given keep it)."""

        async def change(_uow: es.UnitOfWork, action_type: ActionType) -> None:
            action_type.remove_response(cmd.response)

        return await self._change(cmd.action_type_id, cmd.expected_version, metadata, change)

    async def retire(self, cmd: RetireActionType, metadata: es.Metadata) -> ActionTypeRecord:
        """Retire an action type: no new action can use it."""

        async def change(_uow: es.UnitOfWork, action_type: ActionType) -> None:
            action_type.retire()

        return await self._change(cmd.action_type_id, cmd.expected_version, metadata, change)

    async def _change(
        self,
        action_type_id: UUID,
        expected_version: int | None,
        metadata: es.Metadata,
        change: Callable[[es.UnitOfWork, ActionType], Awaitable[None]],
    ) -> ActionTypeRecord:
        async with self.uow_factory(metadata) as uow:
            directory = self.directory_for(uow.conn)
            await directory.lock(metadata.tenant_id)
            if await directory.action_type_tenant(action_type_id) != metadata.tenant_id:
                raise ActionTypeNotFoundError(action_type_id)
            action_type = await uow.load(ActionType, action_type_id)
            check_version(expected_version, action_type.version)
            await change(uow, action_type)
            record = await self._read_back(uow, action_type_id, None).commit()
        log.info("action_type.changed", action_type_id=str(action_type_id), version=record.version)
        return record

    def _read_back(
        self, uow: es.UnitOfWork, action_type_id: UUID, idem: Idempotency | None
    ) -> ReadBack[ActionTypeRecord]:
        tenant_id = uow.metadata.tenant_id

        async def read(conn: Conn) -> ActionTypeRecord | None:
            return await self.directory_for(conn).action_type(tenant_id, action_type_id)

        return ReadBack(uow, read, idem)
