"""The local infrastructure carries data for real: a Kafka record and PostgreSQL rows."""

from __future__ import annotations

import uuid

import asyncpg
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from ouvrage_events.runtime.kafka import client_options
from ouvrage_testing import DatabaseFactory, TopicFactory


async def test_a_record_goes_through_the_broker_unchanged(
    kafka_bootstrap: str, topic_factory: TopicFactory
) -> None:
    topic = await topic_factory("roundtrip", partitions=6)
    key = str(uuid.uuid4()).encode()
    value = '{"name": "Société Dupont & Fils", "montant": 1250.5}'.encode()
    headers = [("ce_type", b"ouvrage.clients.ClientRegistered"), ("ce_specversion", b"1.0")]
    producer = AIOKafkaProducer(**client_options(kafka_bootstrap), acks="all")
    await producer.start()
    try:
        sent = await producer.send_and_wait(topic, value=value, key=key, headers=headers)
    finally:
        await producer.stop()

    consumer = AIOKafkaConsumer(
        topic,
        **client_options(kafka_bootstrap),
        group_id=f"roundtrip-{uuid.uuid4().hex[:8]}",
        auto_offset_reset="earliest",
        enable_auto_commit=False,
    )
    await consumer.start()
    try:
        record = await consumer.getone()
    finally:
        await consumer.stop()

    assert (record.partition, record.offset) == (sent.partition, sent.offset)
    assert record.key == key
    assert record.value == value
    assert list(record.headers) == headers


async def test_rows_go_through_postgresql_unchanged(database_dsn: str) -> None:
    rows = [(uuid.uuid4(), "Chantier Évreux", 3), (uuid.uuid4(), "SAV « fuite »", 1)]
    conn = await asyncpg.connect(database_dsn)
    try:
        await conn.execute("CREATE TABLE worksite (id uuid PRIMARY KEY, name text, crew int)")
        async with conn.transaction():
            await conn.executemany("INSERT INTO worksite VALUES ($1, $2, $3)", rows)
        fetched = await conn.fetch("SELECT id, name, crew FROM worksite ORDER BY crew DESC")
        database = await conn.fetchval("SELECT current_database()")
    finally:
        await conn.close()

    assert [tuple(row) for row in fetched] == rows
    assert database.startswith("t_infra_roundtrip_")


async def test_each_fresh_database_is_new_and_empty(fresh_database: DatabaseFactory) -> None:
    first, second = await fresh_database("a"), await fresh_database("a")
    assert first != second
    conn = await asyncpg.connect(second)
    try:
        tables = await conn.fetchval(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        )
    finally:
        await conn.close()
    assert tables == 0
