"""The idempotency helpers inside an ouvrage_events unit of work, as services use them."""

import asyncio
import uuid
from collections.abc import AsyncIterator

import ouvrage_events as es
import pytest_asyncio
from ouvrage_events.catalog.clients import ClientRegistered, Contact
from ouvrage_platform.idempotency import (
    IDEMPOTENCY_SCHEMA,
    StoredResponse,
    claim,
    fingerprint,
    remembering,
)

TENANT = uuid.uuid4()


class Client(es.Aggregate):
    stream_type = "client"

    @classmethod
    def register(cls, client_id: uuid.UUID, name: str) -> "Client":
        client = cls(client_id)
        client.record(
            ClientRegistered(
                client_id=client_id, contact=Contact(last_name=name), display_name=name
            )
        )
        return client

    def when_ClientRegistered(self, event: ClientRegistered) -> None:
        self.name = event.display_name


@pytest_asyncio.fixture(loop_scope="session", scope="module")
async def uow_factory(database_dsn: str) -> AsyncIterator[es.UnitOfWorkFactory]:
    pool = await es.create_pool(database_dsn, max_size=6)
    async with pool.acquire() as conn:
        await es.migrate(conn, {"event_store": es.EVENT_STORE_MIGRATIONS})
        await conn.execute(IDEMPOTENCY_SCHEMA)
    yield es.UnitOfWorkFactory(pool)
    await pool.close()


async def register(factory: es.UnitOfWorkFactory, key: str, name: str) -> StoredResponse:
    request = fingerprint("POST /clients", {"name": name})
    async with factory(es.Metadata(tenant_id=TENANT)) as uow:
        stored = await claim(uow.conn, TENANT, key, request)
        if stored is not None:
            return stored
        client = Client.register(uuid.uuid4(), name)
        uow.add(client)
        body = {"id": str(client.id), "version": client.version}
        uow.after_append(remembering(TENANT, key, request, 201, body))
        await asyncio.sleep(0.02)
        await uow.commit()
        return StoredResponse(201, body)


async def test_retries_in_a_unit_of_work_record_the_events_once(
    uow_factory: es.UnitOfWorkFactory,
) -> None:
    answers = await asyncio.gather(*(register(uow_factory, "uow-key", "Dupont") for _ in range(4)))

    assert len({a.body["id"] for a in answers}) == 1
    client_id = uuid.UUID(answers[0].body["id"])
    async with uow_factory(es.Metadata(tenant_id=TENANT)) as uow:
        client = await uow.load(Client, client_id)
    assert client.version == 1
    assert client.name == "Dupont"
