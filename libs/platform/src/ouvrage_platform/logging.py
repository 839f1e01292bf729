"""structlog configuration: JSON lines on stdout, request ids from contextvars, secrets redacted."""

import logging
import re
import sys
from collections.abc import Mapping, MutableMapping
from typing import Any, TextIO

import structlog
from structlog.processors import ExceptionRenderer
from structlog.tracebacks import ExceptionDictTransformer
from structlog.typing import EventDict, Processor, WrappedLogger

from ouvrage_platform.tracing import add_trace_ids

REDACTED = "[redacted]"
SENSITIVE_KEY = re.compile(r"password|secret|token|authorization|hash|refresh|cookie", re.I)
# `key=value` pairs inside a message, e.g. a query string in uvicorn's access log.
_SENSITIVE_PAIR = re.compile(
    r"((?:[\w.-]*)(?:password|secret|token|authorization|hash|refresh|cookie)[\w.-]*=)[^&\s\"']+",
    re.I,
)


def _redact_value(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {
            key: REDACTED if _is_sensitive(key) else _redact_value(inner)
            for key, inner in value.items()
        }
    if isinstance(value, list | tuple):
        return [_redact_value(item) for item in value]
    return value


def _is_sensitive(key: object) -> bool:
    return isinstance(key, str) and SENSITIVE_KEY.search(key) is not None


def redact_secrets(_logger: WrappedLogger, _method: str, event_dict: EventDict) -> EventDict:
    """Replace the values of sensitive-looking keys, at any depth, with `[redacted]`."""
    for key in list(event_dict):
        if key == "event":
            if isinstance(event_dict[key], str):
                event_dict[key] = _SENSITIVE_PAIR.sub(rf"\1{REDACTED}", event_dict[key])
            continue
        if _is_sensitive(key):
            event_dict[key] = REDACTED
        else:
            event_dict[key] = _redact_value(event_dict[key])
    return event_dict


class _PathWithoutQuery(logging.Filter):
    """uvicorn's access log without query strings: they carry search terms (client names, phone
    numbers) and sometimes tokens (`/alerts/stream?access_token=`)."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) == 5 and isinstance(args[2], str):
            path, query = args[2].partition("?")[::2]
            record.args = (args[0], args[1], path + ("?…" if query else ""), args[3], args[4])
        return True


def _add_service(service: str) -> Processor:
    def add_service(
        _logger: WrappedLogger, _method: str, event_dict: MutableMapping[str, Any]
    ) -> MutableMapping[str, Any]:
        event_dict.setdefault("service", service)
        return event_dict

    return add_service


def _shared_processors(service: str) -> list[Processor]:
    return [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        _add_service(service),
        add_trace_ids,
        redact_secrets,
    ]


# Tracebacks as JSON, without each frame's local variables: a local may hold a password or a
# token, and locals are rendered after the redaction step (structlog's default shows them).
_TRACEBACKS = ExceptionRenderer(ExceptionDictTransformer(show_locals=False))


def configure_logging(service: str, level: str = "INFO", *, stream: TextIO | None = None) -> None:
    """Send structlog and stdlib logging (uvicorn, aiokafka...) as JSON lines to stdout."""
    numeric_level = logging.getLevelNamesMapping().get(level.upper(), logging.INFO)
    shared = _shared_processors(service)
    structlog.configure(
        processors=[
            *shared,
            _TRACEBACKS,
            structlog.processors.JSONRenderer(),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(numeric_level),
        logger_factory=structlog.PrintLoggerFactory(stream or sys.stdout),
        cache_logger_on_first_use=False,
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=[structlog.stdlib.add_logger_name, *shared],
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            _TRACEBACKS,
            structlog.processors.JSONRenderer(),
        ],
    )
    handler = logging.StreamHandler(stream or sys.stdout)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(numeric_level)
    # uvicorn installs its own handlers unless started with log_config=None; route them to root.
    access = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, _PathWithoutQuery) for f in access.filters):
        access.addFilter(_PathWithoutQuery())
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logging.getLogger(name).handlers.clear()
        logging.getLogger(name).propagate = True
    # aiokafka says « Authenticated as <principal> via SCRAM » at INFO for every connection (each
    # ready probe opens one): kept for warnings and errors
    logging.getLogger("aiokafka.conn").setLevel(max(numeric_level, logging.WARNING))
