"""Correlation ids: read from `X-Correlation-ID` or generated, echoed back, bound to the logs.

The W3C `traceparent` header, when well-formed, is kept too, for the events a request records.
"""

import re
import uuid
from contextvars import ContextVar

import structlog
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

HEADER = "X-Correlation-ID"
_HEADER_KEY = HEADER.lower().encode()
_TRACEPARENT = re.compile(r"^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$")

_correlation_id: ContextVar[uuid.UUID | None] = ContextVar("correlation_id", default=None)
_traceparent: ContextVar[str | None] = ContextVar("traceparent", default=None)


def current_correlation_id() -> uuid.UUID | None:
    """The correlation id of the request being handled (None outside a request).

    A UUID, like the events' `correlation_id` (`ce_correlationid`) it is meant to seed.
    """
    return _correlation_id.get()


def current_traceparent() -> str | None:
    """The request's W3C `traceparent` header, if it had a well-formed one."""
    return _traceparent.get()


def _header(scope: Scope, key: bytes) -> str | None:
    for name, value in scope.get("headers", ()):
        if name == key:
            return str(value.decode("latin-1"))[:128]
    return None


def _incoming(scope: Scope) -> uuid.UUID | None:
    # Only a UUID is kept: anything else would break the event contract, or inject into logs.
    try:
        return uuid.UUID(_header(scope, _HEADER_KEY) or "")
    except ValueError:
        return None


def _incoming_traceparent(scope: Scope) -> str | None:
    value = _header(scope, b"traceparent")
    return value if value is not None and _TRACEPARENT.match(value) else None


class CorrelationIdMiddleware:
    """Gives every request a correlation id and binds it to structlog's contextvars."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        correlation_id = _incoming(scope) or uuid.uuid4()
        scope.setdefault("state", {})["correlation_id"] = correlation_id

        async def send_with_header(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message)[HEADER] = str(correlation_id)
            await send(message)

        token = _correlation_id.set(correlation_id)
        trace_token = _traceparent.set(_incoming_traceparent(scope))
        structlog.contextvars.clear_contextvars()
        structlog.contextvars.bind_contextvars(correlation_id=str(correlation_id))
        try:
            await self.app(scope, receive, send_with_header)
        finally:
            structlog.contextvars.clear_contextvars()
            _traceparent.reset(trace_token)
            _correlation_id.reset(token)
