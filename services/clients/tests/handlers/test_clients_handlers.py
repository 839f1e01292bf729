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
from clients.domain.errors import (
    AlreadyClientError,
    ClientNotFoundError,
    ClientTrashedError,
    InvalidDuplicateError,
)
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
        client = Client.fold(client_id, [es.registry.decode(e) for e in stream])
        return SimpleNamespace(
            id=client_id,
            version=stream[-1].sequence,
            contact=contact,
            trashed=client.trashed,
            status=client.status.code,
        )

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
    assert world.recorded(client_id) == ["ClientRegistered", "ClientStatusChanged", "ClientTrashed"]


async def test_the_status_corbeille_trashes_as_a_duplicate_and_another_restores(
    world: InMemory, handlers: ClientHandlers
) -> None:
    kept, duplicate = await a_client(world), await a_client(world)
    trash = c.ChangeStatus(duplicate, 1, status="corbeille", duplicate_of=kept)
    await handlers.change_status(trash, caller(TENANT))
    back = c.ChangeStatus(duplicate, 3, status="en_cours_de_chantier")
    await handlers.change_status(back, caller(TENANT))

    assert world.recorded(duplicate) == [
        "ClientRegistered",
        "ClientStatusChanged",
        "ClientTrashed",
        "ClientRestored",
        "ClientStatusChanged",
    ]
    trashed = [e for e in world.envelopes() if e.name == "ClientTrashed"]
    assert trashed[0].payload["duplicate_of"] == str(kept)
    assert world.envelopes()[-1].payload["on_planning"] is True


async def test_the_original_of_a_duplicate_must_be_an_active_record(
    world: InMemory, handlers: ClientHandlers
) -> None:
    gone, duplicate = await a_client(world), await a_client(world)
    await handlers.trash(c.TrashClient(gone, None), caller(TENANT))
    with pytest.raises(InvalidDuplicateError, match="corbeille"):
        await handlers.change_status(
            c.ChangeStatus(duplicate, None, status="corbeille", duplicate_of=gone), caller(TENANT)
        )
    with pytest.raises(InvalidDuplicateError, match="introuvable"):
        await handlers.change_status(
            c.ChangeStatus(duplicate, None, status="corbeille", duplicate_of=uuid4()),
            caller(TENANT),
        )
    assert world.recorded(duplicate) == ["ClientRegistered"]


async def test_the_restore_shortcut_reads_the_status_rules_of_today(
    world: InMemory, handlers: ClientHandlers
) -> None:
    client_id = await a_client(world)
    statuses = StatusHandlers(world.pipeline)
    await statuses.define(c.DefineStatus("Relance", None), caller(TENANT))
    await handlers.change_status(c.ChangeStatus(client_id, None, status="relance"), caller(TENANT))
    await handlers.trash(c.TrashClient(client_id, None), caller(TENANT))
    rules = c.ConfigureStatus("relance", on_planning=True, ends_worksite=False)
    await statuses.configure(rules, caller(TENANT))

    await handlers.restore(c.RestoreClient(client_id, None), caller(TENANT))

    last = world.envelopes()[-1]
    assert (last.name, last.payload["status"], last.payload["on_planning"]) == (
        "ClientStatusChanged",
        "relance",
        True,
    )


async def test_convert_records_client_converted(world: InMemory, handlers: ClientHandlers) -> None:
    client_id = await a_client(world)
    await handlers.convert(c.ConvertClient(client_id, 1), caller(TENANT))
    with pytest.raises(AlreadyClientError):
        await handlers.convert(c.ConvertClient(client_id, None), caller(TENANT))
    assert world.recorded(client_id) == ["ClientRegistered", "ClientConverted"]


async def test_configure_status_records_only_a_change(world: InMemory) -> None:
    statuses = StatusHandlers(world.pipeline)
    rules = c.ConfigureStatus("chantier_termine", on_planning=False, ends_worksite=False)
    changed = await statuses.configure(rules, caller(TENANT))
    await statuses.configure(rules, caller(TENANT))
    assert not changed.ends_worksite
    assert world.recorded() == ["ClientStatusConfigured"]


async def test_define_status_records_it_in_the_tenants_list(world: InMemory) -> None:
    status = await StatusHandlers(world.pipeline).define(
        c.DefineStatus("Relance", None), caller(TENANT)
    )
    assert not isinstance(status, es.Replay)
    assert status.label == "Relance"
    assert world.recorded() == ["ClientStatusDefined"]
