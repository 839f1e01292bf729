"""The envelope, the CloudEvents binding, the registry and its upcasters."""

from __future__ import annotations

import re
from pathlib import Path
from typing import ClassVar
from uuid import uuid4

import ouvrage_events as es
import pytest
from ouvrage_events.catalog.clients import ClientBlocked
from ouvrage_events.contract import cloudevents, schema


def _blocked_envelope(**overrides: object) -> es.Envelope:
    client_id = uuid4()
    metadata = es.Metadata(tenant_id=uuid4(), actor_id=uuid4(), causation_id=uuid4())
    envelope = es.Envelope.wrap(
        ClientBlocked(client_id=client_id, reason="impayés"),
        aggregate_id=client_id,
        aggregate_type="client",
        sequence=3,
        metadata=metadata,
    )
    return envelope.model_copy(update=overrides)


def test_envelope_names_type_source_and_version() -> None:
    envelope = _blocked_envelope()
    assert envelope.type == "ouvrage.clients.ClientBlocked"
    assert envelope.source == "/ouvrage/clients"
    assert envelope.schema_version == 1
    assert envelope.payload["reason"] == "impayés"
    assert envelope.service == "clients"
    assert envelope.name == "ClientBlocked"


def test_cloudevents_binary_binding_round_trip() -> None:
    envelope = _blocked_envelope(
        traceparent="00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
    )
    key, value, headers = cloudevents.encode(envelope)
    names = dict(headers)
    assert key == str(envelope.aggregate_id).encode()
    assert names["ce_specversion"] == b"1.0"
    assert names["ce_type"] == b"ouvrage.clients.ClientBlocked"
    assert names["ce_source"] == b"/ouvrage/clients"
    assert names["ce_subject"] == key
    assert names["ce_streamversion"] == b"3"
    assert names["ce_sequence"] == b"3"  # deprecated, written during the migration
    assert names["ce_tenantid"] == str(envelope.tenant_id).encode()
    assert names["content-type"] == b"application/json"
    assert "traceparent" in names
    assert cloudevents.decode(value, headers) == envelope


def test_decode_refuses_a_record_that_is_not_a_cloudevent() -> None:
    with pytest.raises(cloudevents.BindingError):
        cloudevents.decode(b"{}", [("content-type", b"application/json")])
    _, value, headers = cloudevents.encode(_blocked_envelope())
    broken = [(k, v) for k, v in headers if k != "ce_tenantid"]
    with pytest.raises(cloudevents.BindingError):
        cloudevents.decode(value, broken)


def test_registry_decodes_typed_events_and_rejects_unknown_types() -> None:
    envelope = _blocked_envelope()
    event = es.registry.decode(envelope)
    assert isinstance(event, ClientBlocked)
    assert event.reason == "impayés"
    with pytest.raises(es.UnknownEventError):
        es.registry.decode(envelope.model_copy(update={"type": "ouvrage.clients.Unheard"}))


def test_upcasters_bring_old_payloads_to_the_current_version() -> None:
    reg = es.Registry()

    class RenamedThing(es.DomainEvent):
        service: ClassVar[str] = "clients"
        schema_version: ClassVar[int] = 3
        full_name: str
        tags: list[str]

    reg.register(RenamedThing)

    @reg.upcaster(RenamedThing.event_type(), 1)
    def _v1(payload: dict[str, object]) -> dict[str, object]:
        return {"full_name": payload["name"]}

    @reg.upcaster(RenamedThing.event_type(), 2)
    def _v2(payload: dict[str, object]) -> dict[str, object]:
        return {**payload, "tags": []}

    old = _blocked_envelope(
        type=RenamedThing.event_type(), schema_version=1, payload={"name": "Pavière"}
    )
    assert reg.decode(old) == RenamedThing(full_name="Pavière", tags=[])
    newer = old.model_copy(update={"schema_version": 4})
    with pytest.raises(es.UnknownEventError):
        reg.decode(newer)


def test_additive_fields_from_a_newer_producer_are_ignored() -> None:
    envelope = _blocked_envelope()
    payload = {**envelope.payload, "added_later": 42}
    event = es.registry.decode(envelope.model_copy(update={"payload": payload}))
    assert isinstance(event, ClientBlocked)


def test_events_are_frozen() -> None:
    event = ClientBlocked(client_id=uuid4(), reason="x")
    with pytest.raises(ValueError, match="frozen"):
        event.reason = "y"  # type: ignore[misc]


def test_every_event_has_a_json_schema_and_a_past_tense_name() -> None:
    events = list(es.registry)
    assert len(events) >= 40
    for ev in events:
        sch = schema.json_schema(ev)
        assert sch["x-ce-type"] == ev.event_type()
        assert sch["type"] == "object"
        words = re.findall(r"[A-Z][a-z]*", ev.__name__)
        assert any(w.endswith("ed") or w in {"Sent", "Due", "Overdue"} for w in words), ev.__name__


def test_no_event_payload_has_a_secret_field() -> None:
    forbidden = ("password", "hash", "token", "secret")
    for ev in es.registry:
        for field in ev.model_fields:
            assert not any(word in field for word in forbidden), (ev.__name__, field)


def test_asyncapi_document_is_up_to_date() -> None:
    path = Path(__file__).parents[4] / "docs" / "asyncapi.yaml"
    assert path.read_text(encoding="utf-8") == schema.render(), (
        "docs/asyncapi.yaml is stale: run `uv run python -m ouvrage_events.contract.schema`"
    )


def test_asyncapi_lists_every_topic_and_event() -> None:
    doc = schema.asyncapi()
    assert doc["asyncapi"] == "3.0.0"
    addresses = {c["address"] for c in doc["channels"].values()}
    assert addresses == {f"ouvrage.{s}.events" for s in schema.SERVICES} | {
        "ouvrage.{consumer}.dlq"
    }
    assert len(doc["components"]["messages"]) == len(list(es.registry)) + 1  # + DeadLetter


def test_check_origin_refuses_a_record_posing_as_another_service_or_tenant() -> None:
    from ouvrage_events.contract.cloudevents import OriginError, check_origin

    aid, tenant = uuid4(), uuid4()
    envelope = es.Envelope.wrap(
        ClientBlocked(client_id=aid, reason="impayés"), aggregate_id=aid,
        aggregate_type="client", sequence=1, metadata=es.Metadata(tenant_id=tenant),
    )  # fmt: skip
    check_origin(envelope, "ouvrage.clients.events")
    check_origin(envelope, "t.clients-events.1a2b3c4d")  # a test topic names no service
    with pytest.raises(OriginError):
        check_origin(envelope, "ouvrage.actions.events")
    with pytest.raises(OriginError):
        check_origin(envelope.model_copy(update={"source": "/ouvrage/identity"}), "x")
    with pytest.raises(OriginError):
        check_origin(envelope.model_copy(update={"type": "clients.ClientBlocked"}), "x")
    foreign = {**envelope.payload, "tenant_id": str(uuid4())}
    with pytest.raises(OriginError):
        check_origin(envelope.model_copy(update={"payload": foreign}), "x")
    same = {**envelope.payload, "tenant_id": str(tenant)}
    check_origin(envelope.model_copy(update={"payload": same}), "x")
