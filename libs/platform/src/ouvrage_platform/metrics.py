"""Prometheus metrics: a registry per app, HTTP request metrics, the `/metrics` exposition."""

import time
from collections.abc import Iterable

from fastapi import APIRouter, Request, Response
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from prometheus_client.metrics_core import Metric
from prometheus_client.registry import Collector
from starlette.routing import BaseRoute
from starlette.types import ASGIApp, Message, Receive, Scope, Send

UNMATCHED_ROUTE = "unmatched"


class _GlobalRegistryCollector(Collector):
    """Exposes the process-wide registry (where libraries register their metrics) in an app's."""

    def collect(self) -> Iterable[Metric]:
        return REGISTRY.collect()

    def describe(self) -> Iterable[Metric]:
        return []  # no names claimed, so it never clashes with the app's own metrics


def new_registry(*, include_global: bool = True) -> CollectorRegistry:
    """A registry for one app; with `include_global`, also exposes the default registry."""
    registry = CollectorRegistry()
    if include_global:
        registry.register(_GlobalRegistryCollector())
    return registry


class HttpMetrics:
    """The HTTP request metrics of one app."""

    def __init__(self, registry: CollectorRegistry) -> None:
        labels = ("method", "route", "status")
        self.requests = Counter("http_requests", "HTTP requests handled", labels, registry=registry)
        self.latency = Histogram(
            "http_request_duration_seconds", "HTTP request latency", labels, registry=registry
        )


class HttpMetricsMiddleware:
    """Counts requests and times them by method, route template and status."""

    def __init__(self, app: ASGIApp, metrics: HttpMetrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = 500
        started = time.perf_counter()

        async def send_recording(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, send_recording)
        finally:
            labels = (scope["method"], _route_template(scope), str(status))
            self.metrics.requests.labels(*labels).inc()
            self.metrics.latency.labels(*labels).observe(time.perf_counter() - started)


def _route_template(scope: Scope) -> str:
    # The template, not the path: ids in paths would make one series per resource.
    route = scope.get("route")
    if isinstance(route, BaseRoute):
        path = getattr(route, "path", None)
        if isinstance(path, str):
            return path
    return UNMATCHED_ROUTE


def metrics_router() -> APIRouter:
    """`GET /metrics`: the Prometheus text exposition of `app.state.metrics_registry`."""
    router = APIRouter(tags=["ops"])

    @router.get("/metrics", include_in_schema=False)
    async def metrics(request: Request) -> Response:
        """Prometheus metrics."""
        registry: CollectorRegistry = request.app.state.metrics_registry
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)

    return router
