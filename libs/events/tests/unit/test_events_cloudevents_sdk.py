"""Our Kafka records read and written by the official CloudEvents SDK (its Kafka binding, binary
mode), both ways: what we publish is a CloudEvent to any subscriber, and what the SDK writes with
our attributes is an event our consumers take."""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import uuid4

import ouvrage_events as es
from cloudevents.core.bindings.kafka import KafkaMessage, from_binary, to_binary
from cloudevents.core.formats.json import JSONFormat
from cloudevents.core.v1.event import CloudEvent
from ouvrage_events.catalog.clients import ClientBlocked
from ouvrage_events.contract import cloudevents

TRACEPARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"


def _envelope() -> es.Envelope:
    client_id = uuid4()
    return es.Envelope.wrap(
        ClientBlocked(client_id=client_id, reason="impayés"),
        aggregate_id=client_id,
        aggregate_type="client",
        sequence=10,
        metadata=es.Metadata(tenant_id=uuid4(), actor_id=uuid4(), traceparent=TRACEPARENT),
        time=datetime(2026, 3, 2, 9, 30, tzinfo=UTC),
    )


def test_the_sdk_reads_what_the_relay_publishes() -> None:
    envelope = _envelope()
    key, value, headers = cloudevents.encode(envelope)
    event = from_binary(KafkaMessage(headers=dict(headers), key=key, value=value), JSONFormat())
    assert isinstance(event, CloudEvent)  # the SDK validated the attributes and extension names
    assert event.get_id() == str(envelope.event_id)
    assert event.get_type() == "ouvrage.clients.ClientBlocked"
    assert event.get_source() == "/ouvrage/clients"
    assert event.get_subject() == str(envelope.aggregate_id)
    assert event.get_time() == envelope.time
    assert event.get_dataschema() == "urn:ouvrage:event-schema:ouvrage.clients.ClientBlocked:v1"
    assert event.get_extension("streamversion") == "10"
    assert event.get_extension("tenantid") == str(envelope.tenant_id)
    assert event.get_extension("partitionkey") == str(envelope.aggregate_id)
    assert event.get_data() == envelope.payload


def test_our_consumers_read_what_the_sdk_writes() -> None:
    expected = _envelope()
    attributes = {
        "id": str(expected.event_id),
        "source": expected.source,
        "type": expected.type,
        "specversion": "1.0",
        "subject": str(expected.aggregate_id),
        "time": expected.time,
        "datacontenttype": "application/json",
        "dataschema": cloudevents.dataschema_for(expected.type, 1),
        "schemaversion": "1",
        "tenantid": str(expected.tenant_id),
        "aggregatetype": "client",
        "streamversion": "10",
        "actorid": str(expected.actor_id),
        "correlationid": str(expected.correlation_id),
        "traceparent": TRACEPARENT,
    }
    message = to_binary(
        CloudEvent(attributes, expected.payload), JSONFormat(), key_mapper=lambda e: e.get_subject()
    )
    assert "ce_sequence" not in message.headers  # a migrated producer writes only the new name
    assert cloudevents.decode(message.value, list(message.headers.items())) == expected


def test_the_stream_version_is_a_number_not_a_string_to_sort() -> None:
    """Why `ce_sequence` goes: the Sequence extension orders values as strings."""
    versions = [cloudevents.encode(_envelope().model_copy(update={"sequence": n})) for n in (9, 10)]
    values = [dict(headers)[cloudevents.STREAM_VERSION_HEADER] for _, _, headers in versions]
    assert values == [b"9", b"10"]
    assert sorted(values) != values  # as strings "10" < "9": not a Sequence value
    assert [cloudevents.decode(v, h).sequence for _, v, h in versions] == [9, 10]


def test_consumers_accept_the_legacy_header_during_the_migration() -> None:
    envelope = _envelope()
    _, value, headers = cloudevents.encode(envelope)
    legacy = [(k, v) for k, v in headers if k not in {"ce_streamversion", "ce_dataschema"}]
    assert ("ce_sequence", b"10") in legacy
    assert cloudevents.decode(value, legacy) == envelope
