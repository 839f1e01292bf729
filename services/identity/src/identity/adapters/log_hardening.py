"""Tracebacks in identity's logs without frame locals: a local may hold a password or a token.

ouvrage_platform's logging renders exceptions with structlog's default transformer, which shows
each frame's locals *after* the redaction step; identity replaces that renderer with one that
leaves locals out (a no-op once the shared configuration does the same).
"""

from __future__ import annotations

import logging

import structlog
from structlog.processors import ExceptionRenderer
from structlog.tracebacks import ExceptionDictTransformer
from structlog.typing import Processor

_WITHOUT_LOCALS = ExceptionRenderer(ExceptionDictTransformer(show_locals=False))


def _without_locals(processors: list[Processor]) -> list[Processor]:
    return [_WITHOUT_LOCALS if isinstance(p, ExceptionRenderer) else p for p in processors]


def hide_traceback_locals() -> None:
    """Apply to structlog's processors and to the root handlers' structlog formatters."""
    structlog.configure(processors=_without_locals(list(structlog.get_config()["processors"])))
    for handler in logging.getLogger().handlers:
        formatter = handler.formatter
        if isinstance(formatter, structlog.stdlib.ProcessorFormatter):
            formatter.processors = _without_locals(list(formatter.processors))
