"""Crypto-shredding on the real PostgreSQL and Kafka: personal fields are sealed in the store
rows and the Kafka records, open for readers, and read as erased once the key is destroyed."""

from __future__ import annotations

import asyncio
from typing import Any
from uuid import UUID, uuid4

import ouvrage_events as es
from aiokafka import AIOKafkaConsumer
from ouvrage_events import privacy
from ouvrage_events.catalog.clients import ClientContactChanged, ClientRegistered, Contact
from ouvrage_events.contract import cloudevents
from ouvrage_events.privacy.keystore import DEV_PLATFORM_KEY, KeyStore
from ouvrage_events.runtime.kafka import client_options

EMAIL = "rose.pavilliere-{}@exemple.fr"
NAME = "Pavillière{}"


class Person(es.Aggregate):
    stream_type = "person"

    def __init__(self, aggregate_id: UUID) -> None:
        super().__init__(aggregate_id)
        self.name = ""

    def register(self, name: str, email: str) -> None:
        contact = Contact(last_name=name, first_name="Rose", emails=[email], notes="allergique")
        self.record(
            ClientRegistered(client_id=self.id, contact=contact, display_name=f"{name} Rose")
        )

    def when_ClientRegistered(self, e: ClientRegistered) -> None:
        self.name = e.display_name

    def when_ClientContactChanged(self, e: ClientContactChanged) -> None:
        self.name = e.display_name


async def _register(kit: Any) -> tuple[UUID, str, str]:
    pid, tag = uuid4(), uuid4().hex[:8]
    name, email = NAME.format(tag), EMAIL.format(tag)
    async with kit.uow() as uow:
        person = Person(pid)
        person.register(name, email)
        uow.add(person)
        written = await uow.commit()
    assert written[0].payload["contact"]["emails"] == [email]  # in memory: plain
    return pid, name, email


async def _raw_rows(kit: Any) -> str:
    rows = await kit.pool.fetch("SELECT payload::text AS p FROM es_events")
    return "\n".join(r["p"] for r in rows)


async def _raw_records(bootstrap: str, topic: str, expected: int) -> list[Any]:
    consumer = AIOKafkaConsumer(
        topic, **client_options(bootstrap), auto_offset_reset="earliest", enable_auto_commit=False
    )
    await consumer.start()
    records: list[Any] = []
    try:
        async with asyncio.timeout(30):
            while len(records) < expected:
                for recs in (await consumer.getmany(timeout_ms=200)).values():
                    records += recs
    finally:
        await consumer.stop()
    return records


async def test_personal_fields_are_sealed_in_the_store_and_on_kafka(
    kit: Any, kafka_bootstrap: str, topic: str
) -> None:
    pid, name, email = await _register(kit)
    raw = await _raw_rows(kit)
    assert email not in raw and name not in raw and "allergique" not in raw
    assert privacy.PREFIX in raw

    relay = es.Relay(kit.dsn, kafka_bootstrap, service="clients", topic=topic)
    task = asyncio.create_task(relay.run())
    try:
        records = await _raw_records(kafka_bootstrap, topic, 1)
    finally:
        relay.stop()
        await asyncio.wait_for(task, 15)
    assert all(email.encode() not in r.value and name.encode() not in r.value for r in records)
    opened = await privacy.open_envelope(cloudevents.decode(records[0].value, records[0].headers))
    assert opened.payload["contact"]["emails"] == [email]

    async with kit.uow() as uow:
        assert (await uow.load(Person, pid)).name == f"{name} Rose"


async def test_a_destroyed_key_reads_as_erased_everywhere_and_blanks_later_appends(
    kit: Any,
) -> None:
    pid, name, _email = await _register(kit)
    other, other_name, _ = await _register(kit)
    destroyed = await privacy.keystore().destroy([("client", pid)])
    assert destroyed == 1
    assert await privacy.keystore().destroy([("client", pid)]) == 1  # idempotent

    stream = await es.EventStore().read_stream(kit.pool, pid)
    event = es.registry.decode(stream[0])
    assert isinstance(event, ClientRegistered)
    assert event.display_name == privacy.ERASED_PERSON
    assert event.contact.last_name == privacy.ERASED_PERSON and event.contact.emails == []
    assert event.contact.notes == ""
    # the other person is untouched
    kept = es.registry.decode((await es.EventStore().read_stream(kit.pool, other))[0])
    assert isinstance(kept, ClientRegistered) and kept.display_name == f"{other_name} Rose"

    async with kit.uow() as uow:
        person = await uow.load(Person, pid)
        person.record(
            ClientContactChanged(client_id=pid, contact=Contact(last_name=name), display_name=name)
        )
        await uow.commit()
    raw = await _raw_rows(kit)
    assert name not in raw  # appended after erasure: stored as the erased value
    async with kit.uow() as uow:
        assert (await uow.load(Person, pid)).name == privacy.ERASED_PERSON


async def test_a_sealed_value_moved_to_another_subject_does_not_open(kit: Any) -> None:
    pid, _name, _ = await _register(kit)
    other, _, _ = await _register(kit)
    (env,) = await kit.pool.fetch("SELECT payload FROM es_events WHERE stream_id = $1", pid)
    stolen = env["payload"]["display_name"]
    await kit.pool.execute(
        "UPDATE es_events SET payload = jsonb_set(payload, '{display_name}', to_jsonb($1::text)) "
        "WHERE stream_id = $2",
        stolen,
        other,
    )
    moved = (await es.EventStore().read_stream(kit.pool, other))[0]
    assert moved.payload["display_name"] == privacy.ERASED_PERSON


async def test_an_erasure_in_another_process_reaches_this_ones_cache_at_once(kit: Any) -> None:
    """The vault announces destroyed keys (NOTIFY): a key cached here (for up to 15 minutes
    while listening) is dropped as soon as another process destroys it."""
    pid, _name, _ = await _register(kit)
    mine = privacy.keystore()
    assert (await mine.keys([("client", pid)]))[("client", pid)] is not None  # cached here
    other = KeyStore(mine.dsn, DEV_PLATFORM_KEY)  # another process's key store
    try:
        assert await other.destroy([("client", pid)]) == 1
    finally:
        await other.close()
    for _ in range(100):  # far inside the 30 s a reader would wait without the feed
        stream = await es.EventStore().read_stream(kit.pool, pid)
        if stream[0].payload["display_name"] == privacy.ERASED_PERSON:
            break
        await asyncio.sleep(0.05)
    assert stream[0].payload["display_name"] == privacy.ERASED_PERSON


async def test_a_key_the_vault_already_had_wins_over_the_proposed_one(kit: Any) -> None:
    """A writer that does not know a subject's key seals with a fresh one while the vault is
    asked (in parallel with the insert); the vault's key wins and the rows are sealed again."""
    pid, _name, _ = await _register(kit)
    privacy.keystore().forget([("client", pid)])  # as in a process that never read this person
    other_stream, renamed = uuid4(), f"Renommée{uuid4().hex[:6]}"
    async with kit.uow() as uow:
        holder = Person(other_stream)
        uow.add(holder)
        holder.record(
            ClientContactChanged(
                client_id=pid, contact=Contact(last_name=renamed), display_name=renamed
            )
        )
        await uow.commit()
    privacy.keystore().forget([("client", pid)])
    (stored,) = await es.EventStore().read_stream(kit.pool, other_stream)
    assert stored.payload["display_name"] == renamed  # opens under the vault's key
    assert renamed not in await _raw_rows(kit)
