"""OpenTelemetry spans of the event runtime, and the W3C `traceparent` events carry.

Only the API is used here: spans record when the process installed an SDK tracer provider
(`ouvrage_platform.tracing`), and cost next to nothing otherwise. Without one, the API's
non-recording spans still carry the incoming context, so `traceparent` flows through unchanged.

The chain across services: a command's append span is the `traceparent` of every event it
records; the relay's publish span and a consumer's handling span are children of it, and an
event a reaction records inside that handling carries the reaction's own append span.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from opentelemetry import trace
from opentelemetry.context import Context
from opentelemetry.trace import Span, SpanKind, Status, StatusCode
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

from ouvrage_events.contract.base import Envelope

tracer = trace.get_tracer("ouvrage_events")
_W3C = TraceContextTextMapPropagator()

__all__ = ["SpanKind", "current_traceparent", "event_span", "parent_of", "recording", "tracer"]


def recording() -> bool:
    """Whether the process installed a tracer provider (an SDK): without one, a span per event
    only costs time (the relay spent a fifth of its time opening spans that record nothing),
    and a record's `traceparent` is the one its event carries either way."""
    provider = trace.get_tracer_provider()
    return not isinstance(provider, (trace.ProxyTracerProvider, trace.NoOpTracerProvider))


def current_traceparent() -> str | None:
    """The W3C `traceparent` of the current span (None without a valid span)."""
    carrier: dict[str, str] = {}
    _W3C.inject(carrier)
    return carrier.get("traceparent")


def parent_of(envelope: Envelope) -> Context | None:
    """The context of the span that recorded `envelope` (None when it carries none)."""
    if not envelope.traceparent:
        return None
    return _W3C.extract({"traceparent": envelope.traceparent})


@contextmanager
def event_span(
    name: str, envelope: Envelope, kind: SpanKind, attributes: Mapping[str, str]
) -> Iterator[Span]:
    """A span about one event, child of the span that recorded it."""
    with tracer.start_as_current_span(
        name,
        context=parent_of(envelope),
        kind=kind,
        record_exception=False,  # its message may quote personal data: see `mark_failed`
        set_status_on_exception=False,
        attributes={
            "messaging.system": "kafka",
            "messaging.message.id": str(envelope.event_id),
            "ouvrage.event.type": envelope.type,
            "ouvrage.aggregate.id": str(envelope.aggregate_id),
            "ouvrage.stream.version": envelope.sequence,
            **attributes,
        },
    ) as span:
        yield span


def mark_failed(span: Span, exc: BaseException) -> None:
    """Record `exc` on `span` by type only: its message may quote personal data."""
    span.set_status(Status(StatusCode.ERROR, type(exc).__name__))
    span.set_attribute("error.type", type(exc).__name__)
