"""Command handlers for actions: through the pipeline, each validates against the service's
projections, calls one domain method, commits and reads the result back."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from uuid import UUID, uuid4

import ouvrage_events as es
import structlog
from ouvrage_events.store.db import Conn

from actions.app.ports import AlertWaker, Directory, DirectoryFactory
from actions.app.records import ActionRecord
from actions.domain.action import Action, NewAction
from actions.domain.action_type import ActionType
from actions.domain.commands import (
    AnswerAction,
    AssignAction,
    CancelAction,
    CompleteAction,
    CreateAction,
    ShareAction,
    UpdateAction,
)
from actions.domain.errors import (
    ActionNotFoundError,
    ActionTypeNotFoundError,
    ActionTypeRetiredError,
    ClientNotFoundError,
    ClientTrashedError,
    InvalidUsersError,
    NothingToChangeError,
)
from actions.domain.times import to_utc

log = structlog.get_logger(__name__)

Change = Callable[[es.Command, Directory, Action], Awaitable[None]]


async def _check_users(directory: Directory, tenant_id: UUID, user_ids: list[UUID]) -> None:
    invalid = await directory.invalid_users(tenant_id, user_ids)
    if invalid:
        raise InvalidUsersError(invalid)


async def _client_name(directory: Directory, tenant_id: UUID, action: Action) -> str | None:
    """The client's current display name as this service knows it."""
    assert action.client_id is not None
    client = await directory.client(action.client_id)
    if client is None or client.tenant_id != tenant_id:
        return None
    return client.display_name or None


async def _usable_type(run: es.Command, type_id: UUID) -> ActionType:
    action_type = await run.load(
        ActionType, type_id, missing=lambda: ActionTypeNotFoundError(type_id)
    )
    if action_type.retired:
        raise ActionTypeRetiredError(action_type.name)
    return action_type


async def _new_action(run: es.Command, directory: Directory, cmd: CreateAction) -> Action:
    """The new action, once the client, the type and the users are checked."""
    tenant_id = run.tenant_id
    users = [u for u in (cmd.assignee_id, *cmd.share_with) if u is not None]
    # Serialises with the client's trash/registration and the users' deactivation.
    await directory.lock(cmd.client_id, *users)
    client = await directory.client(cmd.client_id)
    if client is not None and client.tenant_id != tenant_id:
        raise ClientNotFoundError(cmd.client_id)
    if client is not None and client.trashed:
        raise ClientTrashedError()
    action_type = await _usable_type(run, cmd.action_type_id)
    await _check_users(directory, tenant_id, users)
    return Action.create(
        NewAction(
            action_id=uuid4(),
            client_id=cmd.client_id,
            client_name=client.display_name if client else "",
            client_pending=client is None,  # not seen yet: accepted, see the README
            action_type_id=action_type.id,
            type_name=action_type.name,
            alert_at=to_utc(cmd.alert_at, await directory.timezone(tenant_id)),
            note=cmd.note,
            created_by=run.metadata.actor_id,
            assignee_id=cmd.assignee_id,
            share_with=list(cmd.share_with),
        )
    )


@dataclass(frozen=True)
class ActionHandlers:
    pipeline: es.Pipeline
    directory_for: DirectoryFactory
    wake: AlertWaker

    async def create(
        self, cmd: CreateAction, metadata: es.Metadata, idem: es.Idempotency | None = None
    ) -> ActionRecord | es.Replay:
        """Create an action on a client record, assigned and shared at once if asked."""
        async with self.pipeline.command(metadata, idempotency=idem) as run:
            if (replay := await run.replay()) is not None:
                return replay
            action = await _new_action(run, self.directory_for(run.conn), cmd)
            run.add(action)
            record = await run.commit(self._reader(metadata.tenant_id, action.id))
        self.wake(record.alert_at)
        log.info(
            "action.created",
            action_id=str(record.id),
            client_id=str(cmd.client_id),
            client_pending=record.client_pending,
        )
        return record

    async def assign(self, cmd: AssignAction, metadata: es.Metadata) -> ActionRecord:
        """Give the action to an active collaborator of the company."""

        async def change(_run: es.Command, directory: Directory, action: Action) -> None:
            await _check_users(directory, metadata.tenant_id, [cmd.assignee_id])
            name = await _client_name(directory, metadata.tenant_id, action)
            action.assign(cmd.assignee_id, name)

        return await self._change(
            cmd.action_id, cmd.expected_version, metadata, change, locks=[cmd.assignee_id]
        )

    async def share(self, cmd: ShareAction, metadata: es.Metadata) -> ActionRecord:
        """Inform more colleagues of the action."""

        async def change(_run: es.Command, directory: Directory, action: Action) -> None:
            await _check_users(directory, metadata.tenant_id, cmd.user_ids)
            name = await _client_name(directory, metadata.tenant_id, action)
            action.share(cmd.user_ids, name)

        return await self._change(
            cmd.action_id, cmd.expected_version, metadata, change, locks=cmd.user_ids
        )

    async def update(self, cmd: UpdateAction, metadata: es.Metadata) -> ActionRecord:
        """Reschedule the alert and/or change the note."""
        if cmd.alert_at is None and cmd.note is None:
            raise NothingToChangeError()
        alert_at = cmd.alert_at

        async def change(_run: es.Command, directory: Directory, action: Action) -> None:
            if alert_at is not None:
                action.reschedule(to_utc(alert_at, await directory.timezone(metadata.tenant_id)))
            if cmd.note is not None:
                action.change_note(cmd.note)

        record = await self._change(cmd.action_id, cmd.expected_version, metadata, change)
        if alert_at is not None:
            self.wake(record.alert_at)
        return record

    async def answer(self, cmd: AnswerAction, metadata: es.Metadata) -> ActionRecord:
        """Answer with one of the responses of the action's type."""

        async def change(run: es.Command, _directory: Directory, action: Action) -> None:
            assert action.action_type_id is not None
            action_type = await run.load(ActionType, action.action_type_id)
            action.answer(cmd.response, action_type.responses, cmd.comment)

        return await self._change(cmd.action_id, cmd.expected_version, metadata, change)

    async def complete(self, cmd: CompleteAction, metadata: es.Metadata) -> ActionRecord:
        """Mark the action done."""

        async def change(_run: es.Command, _directory: Directory, action: Action) -> None:
            action.complete()

        return await self._change(cmd.action_id, cmd.expected_version, metadata, change)

    async def cancel(self, cmd: CancelAction, metadata: es.Metadata) -> ActionRecord:
        """Cancel the action."""

        async def change(_run: es.Command, _directory: Directory, action: Action) -> None:
            action.cancel(cmd.reason)

        return await self._change(cmd.action_id, cmd.expected_version, metadata, change)

    async def _change(
        self,
        action_id: UUID,
        expected_version: int | None,
        metadata: es.Metadata,
        change: Change,
        *,
        locks: list[UUID] | None = None,
    ) -> ActionRecord:
        async with self.pipeline.command(metadata) as run:
            directory = self.directory_for(run.conn)
            if locks:
                await directory.lock(*locks)
            action = await run.load(
                Action,
                action_id,
                expected_version=expected_version,
                missing=lambda: ActionNotFoundError(action_id),
            )
            await change(run, directory, action)
            recorded = [type(e).__name__ for e in action.pending]
            record = await run.commit(self._reader(metadata.tenant_id, action_id))
        log.info("action.changed", action_id=str(action_id), events=recorded)
        return record

    def _reader(
        self, tenant_id: UUID, action_id: UUID
    ) -> Callable[[Conn], Awaitable[ActionRecord]]:
        """Reads the action back in the transaction, once the read models were updated."""

        async def read(conn: Conn) -> ActionRecord:
            record = await self.directory_for(conn).action(tenant_id, action_id)
            assert record is not None, "the read model lost a record written in this transaction"
            return record

        return read
