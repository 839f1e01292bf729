"""Cross-service tracing: ONE HTTP command in clients (a status change to « en cours de
chantier »), its handling in planning (which opens a worksite) and the notifier's handling of
that worksite form ONE OpenTelemetry trace, each hop the child of the span that recorded the
event it handles.

The three apps run in-process from their own bootstraps on fresh databases and unique topics
(real PostgreSQL and Kafka); the spans are collected by the SDK's in-memory exporter.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass

import cross_apps
import httpx
import pytest
import pytest_asyncio
from aiokafka import AIOKafkaProducer
from cross_apps import Wiring
from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode
from ouvrage_events.catalog.identity import TenantRegistered, UserRegistered
from ouvrage_events.runtime.kafka import client_options
from ouvrage_platform.testing import TokenMinter
from ouvrage_testing import DatabaseFactory, TopicFactory
from ouvrage_testing.kafka import publish_event
from ouvrage_testing.smtp import SmtpSink

pytestmark = pytest.mark.asyncio(loop_scope="session")
PERMS = ["clients.write", "planning.manage"]


@pytest.fixture(scope="module")
def spans() -> Iterator[InMemorySpanExporter]:
    """The SDK installed once for the process, its spans kept in memory for this module."""
    provider = trace.get_tracer_provider()
    if not isinstance(provider, TracerProvider):
        provider = TracerProvider()
        trace.set_tracer_provider(provider)
    exporter = InMemorySpanExporter()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    yield exporter
    exporter.shutdown()  # later tests' spans are dropped


@dataclass
class Stack:
    clients: httpx.AsyncClient
    producer: AIOKafkaProducer
    identity_topic: str
    headers: dict[str, str]
    tenant: uuid.UUID
    user: uuid.UUID


@pytest_asyncio.fixture(loop_scope="session", scope="module")
async def stack(
    spans: InMemorySpanExporter,
    fresh_database: DatabaseFactory,
    kafka_bootstrap: str,
    smtp_sink: SmtpSink,
) -> AsyncIterator[Stack]:
    factory = TopicFactory(kafka_bootstrap)
    names = ("identity", "clients", "planning", "notifier")
    topics = {n: await factory(f"trace-{n}") for n in names}
    minter = TokenMinter(kid="cross-trace")
    wiring = Wiring(
        fresh_database, kafka_bootstrap, topics, minter, f".{uuid.uuid4().hex[:8]}", "trace"
    )
    clients_app = await cross_apps.clients_app(wiring)
    planning_app = await cross_apps.planning_app(wiring)
    notifier_app = await cross_apps.notifier_app(wiring, smtp_sink, ["clients", "planning"])
    producer = AIOKafkaProducer(**client_options(kafka_bootstrap), acks="all")
    await producer.start()
    tenant, user = uuid.uuid4(), uuid.uuid4()
    headers = {"Authorization": f"Bearer {minter.mint(user, tenant, PERMS)}"}
    try:
        async with (
            clients_app.router.lifespan_context(clients_app),
            planning_app.router.lifespan_context(planning_app),
            notifier_app.router.lifespan_context(notifier_app),
            httpx.AsyncClient(
                transport=httpx.ASGITransport(app=clients_app), base_url="http://clients"
            ) as clients_http,
        ):
            await planning_app.state.events.wait_assigned()
            await notifier_app.state.running.runtime.wait_assigned(60)
            yield Stack(clients_http, producer, topics["identity"], headers, tenant, user)
    finally:
        await producer.stop()
        await factory.close()


async def _until(spans: InMemorySpanExporter, name: str, group: str) -> ReadableSpan:
    """The finished span called `name` whose consumer group starts with `group` and which
    applied the event (a batch attempt rolled back leaves a failed span before it)."""
    async with asyncio.timeout(60):
        while True:
            for span in spans.get_finished_spans():
                attributes = span.attributes or {}
                if (
                    span.name == name
                    and str(attributes.get("messaging.consumer.group.name", "")).startswith(group)
                    and attributes.get("ouvrage.outcome") == "applied"
                ):
                    return span
            await asyncio.sleep(0.2)


def _append_of(spans: InMemorySpanExporter, trace_id: int, stream: str) -> ReadableSpan:
    (found,) = [
        s
        for s in spans.get_finished_spans()
        if s.name == "eventstore.append"
        and s.status.status_code != StatusCode.ERROR
        and s.context.trace_id == trace_id
        and s.attributes.get("ouvrage.stream.type") == stream
    ]
    return found


def _recorded(spans: InMemorySpanExporter, trace_id: int, event_type: str) -> ReadableSpan:
    """The span that recorded the committed event of `event_type` (the one a relay published)."""
    published = {
        s.parent.span_id
        for s in spans.get_finished_spans()
        if s.name == f"publish {event_type}" and s.parent is not None
    }
    (found,) = [
        s
        for s in spans.get_finished_spans()
        if s.name == f"record {event_type}"
        and s.context.trace_id == trace_id
        and s.context.span_id in published
    ]
    return found


def _ancestors(spans: InMemorySpanExporter, span: ReadableSpan) -> list[int]:
    by_id = {s.context.span_id: s for s in spans.get_finished_spans()}
    chain, parent = [], span.parent
    while parent is not None:
        chain.append(parent.span_id)
        parent = by_id[parent.span_id].parent if parent.span_id in by_id else None
    return chain


async def test_a_status_change_and_its_consequences_form_one_trace(
    stack: Stack, spans: InMemorySpanExporter
) -> None:
    for aggregate, event in (
        (stack.tenant, TenantRegistered(tenant_id=stack.tenant, name="Bâtiments Réunis")),
        (stack.user, UserRegistered(user_id=stack.user, email="h@exemple.fr", first_name="Hélène", last_name="Garçon")),
    ):  # fmt: skip
        await publish_event(
            stack.producer, stack.identity_topic, event, tenant=stack.tenant, aggregate=aggregate
        )
    created = await stack.clients.post(
        "/clients", headers=stack.headers, json={"kind": "client", "last_name": "Müller"}
    )
    assert created.status_code == 201, created.text
    spans.clear()

    changed = await stack.clients.put(
        f"/clients/{created.json()['id']}/status",
        headers=stack.headers,
        json={"status": "en_cours_de_chantier"},
    )
    assert changed.status_code == 200, changed.text

    in_notifier = await _until(spans, "consume ouvrage.planning.WorksiteOpened", "notifier.")
    in_planning = await _until(spans, "consume ouvrage.clients.ClientStatusChanged", "planning.")
    (request,) = [
        s
        for s in spans.get_finished_spans()
        if s.kind == SpanKind.SERVER and s.name == "PUT /clients/{client_id}/status"
    ]
    trace_id = request.context.trace_id
    clients_append = _append_of(spans, trace_id, "client")
    planning_append = _append_of(spans, trace_id, "worksite")

    # one trace, from the HTTP request to the notifier
    assert {s.context.trace_id for s in (in_planning, planning_append, in_notifier)} == {trace_id}
    # each hop is the child of the span that recorded the event it handles, itself a child of
    # the append of the service that recorded it
    status_changed = _recorded(spans, trace_id, "ouvrage.clients.ClientStatusChanged")
    worksite_opened = _recorded(spans, trace_id, "ouvrage.planning.WorksiteOpened")
    assert request.context.span_id in _ancestors(spans, clients_append)
    assert status_changed.parent is not None
    assert status_changed.parent.span_id == clients_append.context.span_id
    assert in_planning.parent is not None
    assert in_planning.parent.span_id == status_changed.context.span_id
    assert in_planning.kind == SpanKind.CONSUMER
    assert in_planning.context.span_id in _ancestors(spans, planning_append)
    assert worksite_opened.parent is not None
    assert worksite_opened.parent.span_id == planning_append.context.span_id
    assert in_notifier.parent is not None
    assert in_notifier.parent.span_id == worksite_opened.context.span_id
    # the relays' publish spans hang from the same recording spans
    published = {
        s.name: s.parent.span_id
        for s in spans.get_finished_spans()
        if s.kind == SpanKind.PRODUCER and s.context.trace_id == trace_id and s.parent
    }
    assert published["publish ouvrage.clients.ClientStatusChanged"] == (
        status_changed.context.span_id
    )
    assert published["publish ouvrage.planning.WorksiteOpened"] == worksite_opened.context.span_id
