"""The clients command handlers on the in-memory store: given events, when a command through
the pipeline, then the events recorded or the error (no PostgreSQL, no Kafka)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any
from uuid import UUID, uuid4

import ouvrage_events as es
import pytest
from clients.app.handlers import ClientHandlers, Registered
from clients.app.records import Slice
from clients.app.status_handlers import StatusHandlers
from clients.domain import commands as c
from clients.domain.client import Client
from clients.domain.errors import ClientNotFoundError, ClientTrashedError
from ouvrage_events.catalog.clients import Contact
from ouvrage_testing.memory import InMemory, caller, in_memory


class StoreReads:
    """``ClientReads`` answered from the in-memory store (the handlers only read cards back)."""

    def __init__(self, world: InMemory) -> None:
        self.world = world

    async def card(self, db: Any, tenant_id: UUID, client_id: UUID) -> Any:
        stream = await self.world.store.read_stream(db, client_id)  # with the transaction's own
        if not stream or stream[0].tenant_id != tenant_id:
            return None
        contact = Contact.model_validate(stream[0].payload["contact"])
        return SimpleNamespace(id=client_id, version=stream[-1].sequence, contact=contact)

    async def duplicates(self, *_args: Any, **_kwargs: Any) -> Slice[Any]:
        return Slice([], None)


@pytest.fixture
def world() -> InMemory:
    return in_memory()


@pytest.fixture
def handlers(world: InMemory) -> ClientHandlers:
    return ClientHandlers(world.pipeline, StoreReads(world))  # type: ignore[arg-type]


TENANT = uuid4()


async def a_client(world: InMemory, tenant: UUID = TENANT) -> UUID:
    client = Client.register(uuid4(), Contact(last_name="Pavière", first_name="Robert"))
    await world.given(caller(tenant), client)
    return client.id


async def test_register_records_the_client_and_reads_it_back(
    world: InMemory, handlers: ClientHandlers
) -> None:
    cmd = c.RegisterClient(
        client_id=uuid4(),
        contact=Contact(last_name="Martin"),
        kind="prospect",
        owner_id=None,
        status="prospect",
    )
    done = await handlers.register(cmd, caller(TENANT))
    assert isinstance(done, Registered)
    assert done.card.version == 1
    assert world.recorded(cmd.client_id) == ["ClientRegistered"]


async def test_a_retried_idempotency_key_answers_once_and_records_once(
    world: InMemory, handlers: ClientHandlers
) -> None:
    idem = es.Idempotency("clé-1", es.fingerprint("POST /clients", "Martin"), render=repr)
    cmd = c.RegisterClient(uuid4(), Contact(last_name="Martin"), "prospect", None, "prospect")
    first = await handlers.register(cmd, caller(TENANT), idem)
    again = await handlers.register(cmd, caller(TENANT), idem)
    assert again == es.Replay(201, repr(first))
    assert world.recorded() == ["ClientRegistered"]


async def test_block_records_client_blocked(world: InMemory, handlers: ClientHandlers) -> None:
    client_id = await a_client(world)
    card = await handlers.block(c.BlockClient(client_id, 1, reason="Impayés"), caller(TENANT))
    assert card.version == 2
    assert world.recorded(client_id) == ["ClientRegistered", "ClientBlocked"]


async def test_another_tenants_client_is_not_found(
    world: InMemory, handlers: ClientHandlers
) -> None:
    client_id = await a_client(world, tenant=uuid4())
    with pytest.raises(ClientNotFoundError):
        await handlers.block(c.BlockClient(client_id, None, reason="Impayés"), caller(TENANT))
    assert world.recorded(client_id) == ["ClientRegistered"]


async def test_a_stale_if_match_is_refused_with_the_current_version(
    world: InMemory, handlers: ClientHandlers
) -> None:
    client_id = await a_client(world)
    with pytest.raises(es.StaleVersionError) as raised:
        await handlers.unblock(c.UnblockClient(client_id, 7), caller(TENANT))
    assert raised.value.current_version == 1


async def test_a_trashed_client_refuses_changes(world: InMemory, handlers: ClientHandlers) -> None:
    client_id = await a_client(world)
    await handlers.trash(c.TrashClient(client_id, None, duplicate_of=None), caller(TENANT))
    with pytest.raises(ClientTrashedError):
        await handlers.block(c.BlockClient(client_id, None, reason="Impayés"), caller(TENANT))
    assert world.recorded(client_id) == ["ClientRegistered", "ClientTrashed"]


async def test_define_status_records_it_in_the_tenants_list(world: InMemory) -> None:
    status = await StatusHandlers(world.pipeline).define(
        c.DefineStatus("Relance", None), caller(TENANT)
    )
    assert not isinstance(status, es.Replay)
    assert status.label == "Relance"
    assert world.recorded() == ["ClientStatusDefined"]
