"""OpenTelemetry: the SDK with an OTLP exporter when `<PREFIX>_OTLP_ENDPOINT` is set, spans for
every HTTP request, and the trace and span ids in every log line.

Off unless set: without a tracer provider the API's spans do not record (the runtime's
`traceparent` still flows through). The event runtime's spans (command, append, publish,
consume) come from `ouvrage_events.tracing`.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any

from fastapi import FastAPI
from opentelemetry import trace
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor
from opentelemetry.sdk.resources import SERVICE_NAME, Resource
from opentelemetry.sdk.trace import SpanProcessor, TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor
from structlog.typing import WrappedLogger

# Probes and scrapes are not traced: they would drown the requests that matter.
_UNTRACED = "health,ready,metrics"


def tracer_provider(service: str, processor: SpanProcessor) -> TracerProvider:
    """A provider naming the service (`ouvrage-<service>`) and exporting through `processor`."""
    provider = TracerProvider(resource=Resource.create({SERVICE_NAME: f"ouvrage-{service}"}))
    provider.add_span_processor(processor)
    return provider


def configure_tracing(service: str, endpoint: str | None) -> TracerProvider | None:
    """Install the SDK, exporting OTLP over HTTP to `endpoint` (e.g. the collector's
    `http://otel-collector:4318/v1/traces`); nothing when `endpoint` is None."""
    if not endpoint:
        return None
    provider = tracer_provider(service, BatchSpanProcessor(OTLPSpanExporter(endpoint=endpoint)))
    trace.set_tracer_provider(provider)
    return provider


def instrument(app: FastAPI) -> None:
    """A server span per HTTP request, child of the caller's `traceparent` if any."""
    FastAPIInstrumentor.instrument_app(app, excluded_urls=_UNTRACED)


def add_trace_ids(
    _logger: WrappedLogger, _method: str, event_dict: MutableMapping[str, Any]
) -> MutableMapping[str, Any]:
    """structlog processor: `trace_id` and `span_id` of the current span, when there is one."""
    context = trace.get_current_span().get_span_context()
    if context.is_valid:
        event_dict.setdefault("trace_id", format(context.trace_id, "032x"))
        event_dict.setdefault("span_id", format(context.span_id, "016x"))
    return event_dict
