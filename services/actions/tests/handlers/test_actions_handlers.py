"""The actions command handlers on the in-memory store: given events, when a command through
the pipeline, then the events recorded or the error (no PostgreSQL, no Kafka)."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any, ClassVar
from uuid import UUID, uuid4

import ouvrage_events as es
import pytest
from actions.app.action_handlers import ActionHandlers
from actions.app.records import ClientInfo
from actions.app.type_handlers import ActionTypeHandlers
from actions.domain import commands as c
from actions.domain.action import Action
from actions.domain.action_type import ActionType
from actions.domain.errors import (
    ActionNotFoundError,
    ActionTypeNameTakenError,
    ClientTrashedError,
    InvalidUsersError,
)
from ouvrage_testing.memory import InMemory, caller, in_memory

TENANT, ALICE, BOB = uuid4(), uuid4(), uuid4()


class FakeDirectory:
    """The service's projections as the handlers read them, from a few dicts and the store."""

    clients: ClassVar[dict[UUID, ClientInfo]] = {}
    users: ClassVar[set[UUID]] = set()

    def __init__(self, world: InMemory, conn: Any) -> None:
        self.world, self.conn = world, conn

    async def lock(self, *_ids: UUID) -> None:
        return None

    async def timezone(self, _tenant_id: UUID) -> str:
        return "Europe/Paris"

    async def client(self, client_id: UUID) -> ClientInfo | None:
        return self.clients.get(client_id)

    async def invalid_users(self, _tenant_id: UUID, user_ids: list[UUID]) -> list[UUID]:
        return [u for u in user_ids if u not in self.users]

    async def type_name_taken(self, _t: UUID, name: str, except_id: UUID | None = None) -> bool:
        return any(
            e.payload.get("name") == name and e.aggregate_id != except_id
            for e in self.world.envelopes()
        )

    async def action(self, _tenant_id: UUID, action_id: UUID) -> Any:
        return await self._record(action_id)

    async def action_type(self, _tenant_id: UUID, action_type_id: UUID) -> Any:
        return await self._record(action_type_id)

    async def _record(self, aggregate_id: UUID) -> Any:
        stream = await self.world.store.read_stream(self.conn, aggregate_id)
        return SimpleNamespace(
            id=aggregate_id, version=stream[-1].sequence, alert_at=None, client_pending=False
        )


@pytest.fixture
def world() -> InMemory:
    FakeDirectory.clients = {}
    FakeDirectory.users = {ALICE, BOB}
    return in_memory()


def directory_for(world: InMemory) -> Any:
    return lambda conn: FakeDirectory(world, conn)


@pytest.fixture
def actions(world: InMemory) -> ActionHandlers:
    return ActionHandlers(world.pipeline, directory_for(world), lambda _at: None)


async def a_type(world: InMemory) -> UUID:
    action_type = ActionType.define(uuid4(), "Rappeler", ["Oui", "Non"])
    await world.given(caller(TENANT), action_type)
    return action_type.id


async def an_action(world: InMemory, actions: ActionHandlers) -> UUID:
    client_id = uuid4()
    FakeDirectory.clients[client_id] = ClientInfo(TENANT, "Pavière", trashed=False)
    cmd = c.CreateAction(client_id, await a_type(world), datetime(2030, 5, 6, 9, 0), "Devis")
    created = await actions.create(cmd, caller(TENANT, ALICE))
    assert not isinstance(created, es.Replay)
    return UUID(str(created.id))


async def test_create_records_the_action(world: InMemory, actions: ActionHandlers) -> None:
    action_id = await an_action(world, actions)
    assert world.recorded(action_id) == ["ActionCreated"]


async def test_no_action_on_a_trashed_client(world: InMemory, actions: ActionHandlers) -> None:
    client_id = uuid4()
    FakeDirectory.clients[client_id] = ClientInfo(TENANT, "Pavière", trashed=True)
    cmd = c.CreateAction(client_id, await a_type(world), datetime(2030, 5, 6, 9, 0))
    with pytest.raises(ClientTrashedError):
        await actions.create(cmd, caller(TENANT, ALICE))


async def test_assign_records_action_assigned(world: InMemory, actions: ActionHandlers) -> None:
    action_id = await an_action(world, actions)
    await actions.assign(c.AssignAction(action_id, BOB, expected_version=1), caller(TENANT, ALICE))
    assert world.recorded(action_id) == ["ActionCreated", "ActionAssigned"]


async def test_assigning_to_an_unknown_user_is_refused(
    world: InMemory, actions: ActionHandlers
) -> None:
    action_id = await an_action(world, actions)
    with pytest.raises(InvalidUsersError):
        await actions.assign(c.AssignAction(action_id, uuid4()), caller(TENANT, ALICE))


async def test_a_stale_if_match_gives_the_current_version(
    world: InMemory, actions: ActionHandlers
) -> None:
    action_id = await an_action(world, actions)
    with pytest.raises(es.StaleVersionError) as raised:
        await actions.complete(c.CompleteAction(action_id, expected_version=5), caller(TENANT))
    assert raised.value.current_version == 1


async def test_another_tenants_action_is_not_found(
    world: InMemory, actions: ActionHandlers
) -> None:
    action_id = await an_action(world, actions)
    with pytest.raises(ActionNotFoundError):
        await actions.complete(c.CompleteAction(action_id), caller(uuid4()))


async def test_a_type_name_is_taken_once(world: InMemory) -> None:
    types = ActionTypeHandlers(world.pipeline, directory_for(world))
    await types.define(c.DefineActionType("Relancer", ["Fait"]), caller(TENANT))
    with pytest.raises(ActionTypeNameTakenError):
        await types.define(c.DefineActionType("Relancer"), caller(TENANT))
    assert world.recorded() == ["ActionTypeDefined"]


async def test_an_action_created_unassigned_falls_due_for_its_creator(
    world: InMemory, actions: ActionHandlers
) -> None:
    action_id = await an_action(world, actions)  # created by Alice, assigned to nobody
    async with world.pipeline.command(caller(TENANT)) as run:
        action = await run.get(Action, action_id)
        assert action is not None
        action.mark_due(datetime(2031, 1, 1, tzinfo=UTC))
        await run.commit()

    due = world.envelopes()[-1]
    assert due.type == "ouvrage.actions.ActionDue"
    assert (due.payload["assignee_id"], due.payload["created_by"]) == (None, str(ALICE))
