"""CloudEvents 1.0 Kafka protocol binding, binary content mode.

Key = aggregate id, value = JSON payload, attributes in ``ce_*`` headers
(https://github.com/cloudevents/spec/blob/v1.0.2/cloudevents/bindings/kafka-protocol-binding.md).
"""

from __future__ import annotations

import re
from typing import Any

import orjson

from ouvrage_events.contract.base import Envelope

Headers = list[tuple[str, bytes]]

CONTENT_TYPE = "application/json"
SPEC_VERSION = "1.0"
STREAM_VERSION_HEADER = "ce_streamversion"
"""The event's version in its stream, a decimal integer (docs/decisions.md, "Stream version")."""
LEGACY_SEQUENCE_HEADER = "ce_sequence"
"""Deprecated: the same value, still written until every subscriber reads `ce_streamversion`."""


class BindingError(ValueError):
    """A Kafka record that is not a valid Ouvrage CloudEvent."""


def topic_for(service: str) -> str:
    return f"ouvrage.{service}.events"


def dlq_topic_for(consumer: str) -> str:
    return f"ouvrage.{consumer}.dlq"


def dataschema_for(event_type: str, schema_version: int) -> str:
    """The `dataschema` of an event: the `$id` of its JSON Schema (docs/events/<type>.json)."""
    return f"urn:ouvrage:event-schema:{event_type}:v{schema_version}"


_SPEC_VERSION = SPEC_VERSION.encode()
_CONTENT_TYPE = CONTENT_TYPE.encode()


def encode(envelope: Envelope) -> tuple[bytes, bytes, Headers]:
    """(key, value, headers) of the Kafka record carrying ``envelope``."""
    aggregate_id = str(envelope.aggregate_id).encode()
    sequence = str(envelope.sequence).encode()
    schema_version = envelope.schema_version
    headers: Headers = [
        ("ce_specversion", _SPEC_VERSION),
        ("ce_id", str(envelope.event_id).encode()),
        ("ce_source", envelope.source.encode()),
        ("ce_type", envelope.type.encode()),
        ("ce_time", envelope.time.isoformat().encode()),
        ("ce_subject", aggregate_id),
        ("content-type", _CONTENT_TYPE),
        ("ce_dataschema", dataschema_for(envelope.type, schema_version).encode()),
        ("ce_schemaversion", str(schema_version).encode()),
        ("ce_tenantid", str(envelope.tenant_id).encode()),
        (STREAM_VERSION_HEADER, sequence),
        (LEGACY_SEQUENCE_HEADER, sequence),
        ("ce_aggregatetype", envelope.aggregate_type.encode()),
        ("ce_correlationid", str(envelope.correlation_id).encode()),
    ]
    if envelope.actor_id is not None:
        headers.append(("ce_actorid", str(envelope.actor_id).encode()))
    if envelope.causation_id is not None:
        headers.append(("ce_causationid", str(envelope.causation_id).encode()))
    if envelope.traceparent is not None:
        headers.append(("traceparent", envelope.traceparent.encode()))
    return aggregate_id, orjson.dumps(envelope.payload), headers


def decode(value: bytes | None, headers: Any) -> Envelope:
    """The envelope carried by a Kafka record; ``BindingError`` when it is not one."""
    h = {k: v.decode() for k, v in headers or () if v is not None}
    if h.get("ce_specversion") != SPEC_VERSION:
        raise BindingError("not a CloudEvents 1.0 record")
    try:
        # Strings in, pydantic parses ids and times (in its core: a consumer or a rebuild
        # decodes thousands of records a second, and uuid.UUID() was a third of the cost).
        return Envelope.model_validate(
            {
                "event_id": h["ce_id"],
                "type": h["ce_type"],
                "schema_version": h.get("ce_schemaversion", "1"),
                "source": h["ce_source"],
                "tenant_id": h["ce_tenantid"],
                "aggregate_id": h["ce_subject"],
                "aggregate_type": h.get("ce_aggregatetype", ""),
                "sequence": _stream_version(h),
                "time": h["ce_time"],
                "actor_id": h.get("ce_actorid"),
                "correlation_id": h["ce_correlationid"],
                "causation_id": h.get("ce_causationid"),
                # W3C trace context for Kafka names the header `traceparent`; a CloudEvents
                # SDK writes the Distributed Tracing extension as `ce_traceparent`.
                "traceparent": h.get("traceparent", h.get("ce_traceparent")),
                "payload": orjson.loads(value or b"{}"),
            }
        )
    except (KeyError, ValueError) as exc:
        raise BindingError(f"invalid CloudEvents record: {exc}") from exc


def _stream_version(headers: dict[str, str]) -> int:
    """`ce_streamversion`, or `ce_sequence` from a producer not yet migrated."""
    raw = headers.get(STREAM_VERSION_HEADER, headers.get(LEGACY_SEQUENCE_HEADER))
    if raw is None:
        raise KeyError(STREAM_VERSION_HEADER)
    return int(raw)


class OriginError(BindingError):
    """A record that lies about where it comes from: dead-lettered, never applied."""


_CANONICAL_TOPIC = re.compile(r"^ouvrage\.([a-z]+)\.events$")


def check_origin(envelope: Envelope, topic: str) -> None:
    """Refuse a record whose ``ce_type`` names another service than its ``ce_source`` or its
    topic (``ouvrage.<service>.events``; other topic names, as tests use, say nothing), or whose
    payload names another tenant than ``ce_tenantid``: a service that may write its own topic
    must not pass its records off as another's, nor reach into another company."""
    parts = envelope.type.split(".")
    if len(parts) != 3 or parts[0] != "ouvrage":
        raise OriginError(f"ce_type is not ouvrage.<service>.<Event>: {envelope.type[:100]}")
    service = parts[1]
    if envelope.source != f"/ouvrage/{service}":
        raise OriginError(f"ce_type of {service} from ce_source {envelope.source[:100]}")
    canonical = _CANONICAL_TOPIC.match(topic)
    if canonical is not None and canonical.group(1) != service:
        raise OriginError(f"ce_type of {service} on topic {topic}")
    payload_tenant = envelope.payload.get("tenant_id")
    if payload_tenant is not None and str(payload_tenant) != str(envelope.tenant_id):
        raise OriginError("payload tenant_id differs from ce_tenantid")
