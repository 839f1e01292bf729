"""Tracing settings and the trace ids in every log line."""

import io
import json

import structlog
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from ouvrage_platform.logging import configure_logging
from ouvrage_platform.settings import ServiceSettings
from ouvrage_platform.tracing import configure_tracing, tracer_provider


def test_tracing_is_off_unless_an_endpoint_is_set() -> None:
    assert configure_tracing("clients", None) is None
    assert ServiceSettings(database_url="postgresql://x@h/d", http_port=1).otlp_endpoint is None


def test_every_log_line_inside_a_span_carries_its_trace_and_span_ids() -> None:
    out = io.StringIO()
    configure_logging("clients", stream=out)
    exporter = InMemorySpanExporter()
    tracer = tracer_provider("clients", SimpleSpanProcessor(exporter)).get_tracer("test")
    with tracer.start_as_current_span("command") as span:
        structlog.get_logger("t").info("client.blocked", client_id="c1")
    structlog.get_logger("t").info("outside")
    inside, outside = (json.loads(line) for line in out.getvalue().splitlines())
    context = span.get_span_context()
    assert inside["trace_id"] == format(context.trace_id, "032x")
    assert inside["span_id"] == format(context.span_id, "016x")
    assert "trace_id" not in outside
    [finished] = exporter.get_finished_spans()
    assert finished.resource.attributes["service.name"] == "ouvrage-clients"
