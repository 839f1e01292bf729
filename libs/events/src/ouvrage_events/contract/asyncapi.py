"""The AsyncAPI 3 document of the whole catalog: servers, one channel per service topic, the
dead-letter topics, the CloudEvents headers as a message trait, one example per message."""

from __future__ import annotations

import base64
import hashlib
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from ouvrage_events.contract import cloudevents as ce
from ouvrage_events.contract.base import DomainEvent, Envelope, Metadata
from ouvrage_events.contract.examples import example_payload
from ouvrage_events.contract.registry import Registry, registry
from ouvrage_events.contract.schema_refs import hoist, json_schema
from ouvrage_events.privacy.cipher import PREFIX
from ouvrage_events.privacy.marks import personal_fields

SERVICES = ("identity", "clients", "actions", "planning", "notifier", "sales")
_TRAIT = {"$ref": "#/components/messageTraits/CloudEvent"}
_EXAMPLE_TENANT = UUID("0b8f9c1e-3f4a-4d2b-9c6e-1a2b3c4d5e6f")
_EXAMPLE_AGGREGATE = UUID("3c2d1e0f-9a8b-4c7d-8e6f-5a4b3c2d1e0f")
_EXAMPLE_EVENT = UUID("5f0e8c7a-1b2c-4d3e-8f9a-0b1c2d3e4f5a")
_EXAMPLE_CORRELATION = UUID("7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d")
_EXAMPLE_TIME = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def _uuid(description: str) -> dict[str, Any]:
    return {"type": "string", "format": "uuid", "description": description}


HEADERS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "CloudEvents 1.0, Kafka protocol binding, binary content mode.",
    "required": [
        "ce_specversion", "ce_id", "ce_source", "ce_type", "ce_time", "ce_subject",
        "content-type", "ce_dataschema", "ce_schemaversion", "ce_tenantid",
        ce.STREAM_VERSION_HEADER, "ce_correlationid",
    ],
    "properties": {
        "ce_specversion": {"type": "string", "const": ce.SPEC_VERSION},
        "ce_id": _uuid("Event id (unique; consumers deduplicate on it)."),
        "ce_source": {"type": "string", "pattern": "^/ouvrage/[a-z]+$"},
        "ce_type": {"type": "string", "pattern": r"^ouvrage\.[a-z]+\.[A-Za-z]+$"},
        "ce_time": {"type": "string", "format": "date-time"},
        "ce_subject": _uuid("Aggregate id (also the record key)."),
        "content-type": {"type": "string", "const": ce.CONTENT_TYPE},
        "ce_dataschema": {
            "type": "string",
            "format": "uri",
            "description": "The `$id` of the payload's JSON Schema (docs/events/<type>.json).",
        },
        "ce_schemaversion": {"type": "string", "pattern": "^[1-9][0-9]*$"},
        "ce_tenantid": _uuid("Tenant owning the aggregate."),
        ce.STREAM_VERSION_HEADER: {
            "type": "string",
            "pattern": "^[1-9][0-9]*$",
            "description": "Version of the event in its aggregate's stream (1, 2, …), a decimal "
            "integer: compare it as a number. Replaces `ce_sequence`.",
        },
        ce.LEGACY_SEQUENCE_HEADER: {
            "type": "string",
            "deprecated": True,
            "description": "DEPRECATED, same value as `ce_streamversion`, still written during "
            "the migration (docs/decisions.md): its name is the CloudEvents Sequence "
            "extension's, whose values must sort as strings, which decimal integers do not.",
        },
        "ce_aggregatetype": {"type": "string"},
        "ce_actorid": _uuid("User whose command recorded the event."),
        "ce_correlationid": _uuid("Correlation id of the originating request."),
        "ce_causationid": _uuid("Id of the event this one reacts to."),
        "traceparent": {
            "type": "string",
            "pattern": "^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$",
            "description": "W3C trace context of the span that recorded the event.",
        },
    },
}  # fmt: skip

DEAD_LETTER_HEADERS: dict[str, Any] = {
    "type": "object",
    "description": "The original record's headers, plus why it was parked.",
    "required": ["x-error", "x-error-type", "x-original-topic", "x-consumer-group"],
    "properties": {
        **HEADERS_SCHEMA["properties"],
        "x-error": {"type": "string", "description": "Error type, SQLSTATE, failing frame."},
        "x-error-type": {"type": "string"},
        "x-original-topic": {"type": "string"},
        "x-original-partition": {"type": "string", "pattern": "^[0-9]+$"},
        "x-original-offset": {"type": "string", "pattern": "^[0-9]+$"},
        "x-consumer-group": {"type": "string"},
    },
}


def _example(event: type[DomainEvent]) -> dict[str, Any]:
    envelope = Envelope.wrap(
        event.model_validate(example_payload(event)),
        aggregate_id=_EXAMPLE_AGGREGATE,
        aggregate_type=event.service,
        sequence=2,
        metadata=Metadata(tenant_id=_EXAMPLE_TENANT, correlation_id=_EXAMPLE_CORRELATION),
        time=_EXAMPLE_TIME,
        event_id=_EXAMPLE_EVENT,
    )
    _key, _value, headers = ce.encode(envelope)
    shown = {name: value.decode() for name, value in headers}
    return {"name": event.__name__, "headers": shown, "payload": _sealed(event, envelope.payload)}


def _sealed(event: type[DomainEvent], payload: dict[str, Any]) -> dict[str, Any]:
    """The example as it travels: personal fields in their sealed wire form (an illustrative
    ``pd1:`` value, not a real ciphertext)."""
    shown = dict(payload)
    for field in personal_fields(event):
        if shown.get(field.name) is not None:
            digest = hashlib.sha256(f"{event.__name__}.{field.name}".encode()).digest()
            shown[field.name] = PREFIX + base64.urlsafe_b64encode(digest).decode().rstrip("=")
    return shown


def _message(event: type[DomainEvent], schema_name: str) -> dict[str, Any]:
    doc = (event.__doc__ or "").strip()
    return {
        "name": event.__name__,
        "title": event.__name__,
        "summary": doc.splitlines()[0] if doc else event.__name__,
        "contentType": ce.CONTENT_TYPE,
        "traits": [_TRAIT],
        "payload": {"$ref": f"#/components/schemas/{schema_name}"},
        "bindings": {"kafka": {"key": {"type": "string", "format": "uuid"}}},
        "examples": [_example(event)],
    }


def _service_channel(service: str, names: list[str]) -> dict[str, Any]:
    return {
        "address": ce.topic_for(service),
        "title": f"{service} events",
        "description": f"Events of the {service} service (6 partitions, kept forever; key = "
        "aggregate id, so one aggregate's events keep their order).",
        "messages": {n: {"$ref": f"#/components/messages/{service}.{n}"} for n in names},
        "bindings": {"kafka": {"partitions": 6, "topicConfiguration": {"retention.ms": -1}}},
    }


def _dead_letters() -> tuple[dict[str, Any], dict[str, Any]]:
    channel = {
        "address": ce.dlq_topic_for("{consumer}"),
        "title": "dead letters",
        "description": "Records a consumer could not handle after its retries: the original "
        "key, value and headers, plus why. The aggregate's later events wait, parked, until "
        "an operator replays them (`ouvrage-<service> replay-parked`).",
        "parameters": {
            "consumer": {"description": "The consumer group: `<service>.<projection>`."}
        },
        "messages": {"DeadLetter": {"$ref": "#/components/messages/DeadLetter"}},
    }
    message = {
        "name": "DeadLetter",
        "title": "Dead letter",
        "summary": "A record parked by a consumer, with the error that parked it.",
        "headers": DEAD_LETTER_HEADERS,
        "payload": {"description": "The original record's value (an event payload)."},
        "bindings": {"kafka": {"key": {"type": "string", "format": "uuid"}}},
    }
    return channel, message


def _servers() -> dict[str, Any]:
    return {
        "local": {
            "host": "127.0.0.1:59092",
            "protocol": "kafka",
            "description": "The broker `make up` starts (PLAINTEXT, one node).",
        },
        "production": {
            "host": "kafka-bootstrap.ouvrage.example:9093",
            "protocol": "kafka-secure",
            "description": "Placeholder: SASL/SCRAM over TLS, ACLs per service (each writes its "
            "own topic and dead-letter topics, reads what it consumes, own group prefix).",
            "security": [{"$ref": "#/components/securitySchemes/sasl"}],
        },
    }


def asyncapi(reg: Registry | None = None) -> dict[str, Any]:
    """An AsyncAPI 3.0 document describing every topic, event and dead-letter topic."""
    if reg is None:
        import ouvrage_events.catalog  # noqa: F401  (fills the registry)

        reg = registry
    channels: dict[str, Any] = {}
    operations: dict[str, Any] = {}
    messages: dict[str, Any] = {}
    schemas: dict[str, Any] = {}
    for service in SERVICES:
        events = [e for e in reg if e.service == service]
        for ev in events:
            name = f"{service}.{ev.__name__}"
            schemas[name] = hoist(json_schema(ev), schemas)
            messages[name] = _message(ev, name)
        names = [ev.__name__ for ev in events]
        channels[service] = _service_channel(service, names)
        operations[f"{service}.publish"] = {
            "action": "send",
            "summary": f"The {service} service's relay publishes its committed events.",
            "channel": {"$ref": f"#/channels/{service}"},
            "messages": [{"$ref": f"#/channels/{service}/messages/{n}"} for n in names],
        }
    channels["deadLetters"], messages["DeadLetter"] = _dead_letters()
    operations["deadLetters.publish"] = {
        "action": "send",
        "summary": "A consumer parks a record it could not handle.",
        "channel": {"$ref": "#/channels/deadLetters"},
        "messages": [{"$ref": "#/channels/deadLetters/messages/DeadLetter"}],
    }
    schemas["CloudEventHeaders"] = HEADERS_SCHEMA
    return {
        "asyncapi": "3.0.0",
        "info": {
            "title": "Ouvrage events",
            "version": "1.1.0",
            "description": "Domain events published by the Ouvrage services to Kafka, as "
            "CloudEvents 1.0 in binary mode. Each payload's JSON Schema is also published "
            "alone in docs/events/<type>.json (its `$id` is the event's `ce_dataschema`). "
            "Generated by `python -m ouvrage_events.contract.schema`; do not edit by hand.",
        },
        "servers": _servers(),
        "defaultContentType": ce.CONTENT_TYPE,
        "channels": channels,
        "operations": operations,
        "components": {
            "schemas": dict(sorted(schemas.items())),
            "messages": dict(sorted(messages.items())),
            "messageTraits": {
                "CloudEvent": {
                    "headers": {"$ref": "#/components/schemas/CloudEventHeaders"},
                    "correlationId": {"location": "$message.header#/ce_correlationid"},
                }
            },
            "securitySchemes": {
                "sasl": {
                    "type": "scramSha512",
                    "description": "SASL/SCRAM-SHA-512, one user per service (Strimzi "
                    "KafkaUser, deploy/k8s/examples).",
                }
            },
        },
    }
