"""RFC 9457 problem+json: one error shape for every service."""

import sys
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import structlog
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from ouvrage_events.errors import (
    AggregateNotFoundError,
    ConcurrencyError,
    ConcurrentUpdateError,
    IdempotencyKeyReusedError,
    StaleVersionError,
)
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ouvrage_platform.cursors import InvalidCursorError
from ouvrage_platform.inputs import MESSAGES as INPUT_MESSAGES

PROBLEM_MEDIA_TYPE = "application/problem+json"
INTERNAL_ERROR_DETAIL = "Une erreur interne est survenue."
VALIDATION_ERROR_DETAIL = "La requête est invalide."

ErrorMapping = Mapping[type[Exception], tuple[int, str] | tuple[int, str, str]]
"""Exception class → (status, code) with `str(exc)` as the French detail, or (status, code, detail)
for exceptions whose message is not meant for users (e.g. the event store's ConcurrencyError)."""

log = structlog.get_logger(__name__)

_TITLES: Mapping[int, str] = {
    400: "Requête invalide",
    401: "Authentification requise",
    403: "Accès refusé",
    404: "Ressource introuvable",
    405: "Méthode non autorisée",
    409: "Conflit",
    412: "Version périmée",
    415: "Type de contenu non pris en charge",
    422: "Requête non traitable",
    429: "Trop de requêtes",
    500: "Erreur interne",
    503: "Service indisponible",
}
_HTTP_CODES: Mapping[int, str] = {
    400: "bad_request",
    401: "unauthenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    415: "unsupported_media_type",
    429: "too_many_requests",
    503: "unavailable",
}
# Details FastAPI writes in English, as clients read them.
_KNOWN_DETAILS: Mapping[str, str] = {
    # a JSON body that is not UTF-8, or nested too deep for the decoder
    "There was an error parsing the body": "Le corps de la requête est illisible "
    "(JSON en UTF-8 attendu).",
}
_HTTP_DETAILS: Mapping[int, str] = {
    401: "Authentification requise.",
    403: "Accès refusé.",
    404: "La ressource demandée est introuvable.",
    405: "Cette méthode n'est pas autorisée sur cette ressource.",
}
_VALIDATION_MESSAGES: Mapping[str, str] = {
    "missing": "Champ obligatoire.",
    "extra_forbidden": "Champ non autorisé.",
    "json_invalid": "JSON invalide.",
    "string_too_short": "Texte trop court.",
    "string_too_long": "Texte trop long.",
    "uuid_parsing": "Identifiant invalide.",
    "int_parsing": "Nombre entier attendu.",
    "date_from_datetime_parsing": "Date invalide.",
    "datetime_from_date_parsing": "Date et heure invalides.",
    "date_parsing": "Date invalide.",
    "date_from_datetime_inexact": "Date invalide.",
    "datetime_parsing": "Date et heure invalides.",
    "timezone_aware": "Décalage horaire obligatoire (ex. +01:00).",
    "literal_error": "Valeur non autorisée.",
    "enum": "Valeur non autorisée.",
    "bool_parsing": "Booléen attendu.",
    "string_unicode": "Texte Unicode invalide.",
    "string_type": "Texte attendu.",
    "string_pattern_mismatch": "Format invalide.",
    "model_attributes_type": "Objet JSON attendu.",
    "model_type": "Objet JSON attendu.",
    "dict_type": "Objet JSON attendu.",
    "list_type": "Liste attendue.",
    "int_type": "Nombre entier attendu.",
    "int_from_float": "Nombre entier attendu.",
    "float_type": "Nombre attendu.",
    "float_parsing": "Nombre attendu.",
    "finite_number": "Nombre fini attendu.",
    "bool_type": "Booléen attendu.",
    "uuid_type": "Identifiant invalide.",
    "date_type": "Date invalide.",
    "datetime_type": "Date et heure invalides.",
    "timezone_naive": "Décalage horaire obligatoire (ex. +01:00).",
    "union_tag_invalid": "Valeur non autorisée.",
    "less_than_equal": "Valeur trop grande.",
    "greater_than_equal": "Valeur trop petite.",
    "too_long": "Trop d'éléments.",
    "too_short": "Pas assez d'éléments.",
    **INPUT_MESSAGES,
}


def title_for(status: int) -> str:
    """The French title of a status, or its HTTP phrase when there is none."""
    if status in _TITLES:
        return _TITLES[status]
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Erreur"


class ProblemError(Exception):
    """An error that becomes an RFC 9457 problem: stable `code`, French `detail`."""

    def __init__(
        self,
        status: int,
        code: str,
        detail: str,
        *,
        title: str | None = None,
        extra: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.code = code
        self.detail = detail
        self.title = title or title_for(status)
        self.extra: dict[str, Any] = dict(extra or {})
        self.headers: dict[str, str] = dict(headers or {})


def problem_response(request_path: str, problem: ProblemError) -> JSONResponse:
    """Render a problem as `application/problem+json`, `instance` being the request path."""
    body: dict[str, Any] = {
        **problem.extra,
        "type": f"urn:ouvrage:problem:{problem.code}",
        "title": problem.title,
        "status": problem.status,
        "code": problem.code,
        "detail": problem.detail,
        "instance": printable(request_path),
    }
    return JSONResponse(
        body, status_code=problem.status, headers=problem.headers, media_type=PROBLEM_MEDIA_TYPE
    )


def printable(text: str) -> str:
    """``text`` with lone surrogates escaped (``\\ud800``): they cannot be encoded in UTF-8, and a
    client's JSON can put them in a field name that the validation error echoes."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _validation_problem(exc: RequestValidationError) -> ProblemError:
    # Input values and ctx are left out on purpose: they may hold passwords.
    errors = [
        {
            "loc": [printable(str(part)) for part in error.get("loc", ())],
            "type": _error_type(error),
            "message": _VALIDATION_MESSAGES.get(_error_type(error), str(error.get("msg", ""))),
        }
        for error in exc.errors()
    ]
    return ProblemError(422, "validation_error", VALIDATION_ERROR_DETAIL, extra={"errors": errors})


def _error_type(error: Mapping[str, Any]) -> str:
    kind = str(error.get("type", ""))
    # A length constraint on a text of the input policy (inputs.py) is checked by pydantic's
    # generic length validator: name it as on a plain `str`, the type clients already know.
    if kind in ("too_long", "too_short") and isinstance(error.get("input"), str):
        return f"string_{kind}"
    return kind


def _http_problem(exc: StarletteHTTPException) -> ProblemError:
    status = exc.status_code
    detail = exc.detail if isinstance(exc.detail, str) else ""
    detail = _KNOWN_DETAILS.get(detail, detail)
    if not detail or detail == title_for(status) or _is_phrase(status, detail):
        detail = _HTTP_DETAILS.get(status, title_for(status) + ".")
    return ProblemError(
        status, _HTTP_CODES.get(status, "http_error"), detail, headers=exc.headers or None
    )


def _is_phrase(status: int, detail: str) -> bool:
    try:
        return HTTPStatus(status).phrase == detail
    except ValueError:
        return False


def _internal_problem() -> ProblemError:
    return ProblemError(500, "internal_error", INTERNAL_ERROR_DETAIL)


UNAVAILABLE_DETAIL = "Le service est momentanément indisponible : réessayez dans un instant."
RETRY_AFTER_SECONDS = 5


def _unavailable_errors() -> tuple[type[BaseException], ...]:
    """What a lost database or broker raises: a socket error or time-out, asyncpg's lost or
    refused connection, aiokafka's errors. asyncpg and aiokafka are looked up among the loaded
    modules, never imported here (an exception of theirs means they are loaded)."""
    found: list[type[BaseException]] = [OSError, TimeoutError]
    if (asyncpg := sys.modules.get("asyncpg")) is not None:
        found += [
            asyncpg.InterfaceError,  # connection closed or reset mid-query
            asyncpg.PostgresConnectionError,
            asyncpg.CannotConnectNowError,  # the server is starting or shutting down
            asyncpg.TooManyConnectionsError,
            asyncpg.AdminShutdownError,
        ]
    if (kafka_errors := sys.modules.get("aiokafka.errors")) is not None:
        found.append(kafka_errors.KafkaError)
    return tuple(found)


def unavailable_problem() -> ProblemError:
    """503 ``unavailable``: a dependency is out of reach for now; the client may retry (the
    commands' Idempotency-Key makes a retry safe even when the first try committed)."""
    return ProblemError(
        503, "unavailable", UNAVAILABLE_DETAIL, headers={"Retry-After": str(RETRY_AFTER_SECONDS)}
    )


NOT_FOUND_DETAIL = "La ressource demandée est introuvable."
VERSION_CONFLICT_DETAIL = "La fiche a été modifiée entre-temps : rechargez-la avant de réessayer."
CONCURRENT_UPDATE_DETAIL = "La fiche vient d'être modifiée par quelqu'un d'autre : réessayez."
PIPELINE_ERRORS: tuple[type[Exception], ...] = (
    AggregateNotFoundError,
    StaleVersionError,
    ConcurrentUpdateError,
    ConcurrencyError,
    IdempotencyKeyReusedError,
    InvalidCursorError,
)
"""The command pipeline's errors (ouvrage_events.errors), answered the same in every service."""


def pipeline_problem(exc: Exception) -> ProblemError | None:
    """The one HTTP answer of a command pipeline error: 404 for an unknown or another tenant's
    id, 412 ``version_conflict`` with ``current_version`` for a stale If-Match, 409
    ``concurrent_update`` (retryable) for a lost race, 422 for a reused Idempotency-Key."""
    if isinstance(exc, AggregateNotFoundError):
        return ProblemError(404, "not_found", NOT_FOUND_DETAIL)
    if isinstance(exc, StaleVersionError):
        current = exc.current_version
        extra = {} if current is None else {"current_version": current}
        return ProblemError(412, "version_conflict", VERSION_CONFLICT_DETAIL, extra=extra)
    if isinstance(exc, ConcurrentUpdateError | ConcurrencyError):
        return ProblemError(409, "concurrent_update", CONCURRENT_UPDATE_DETAIL)
    if isinstance(exc, IdempotencyKeyReusedError):
        return ProblemError(422, "idempotency_key_reused", str(exc))
    if isinstance(exc, InvalidCursorError):
        return ProblemError(400, "invalid_cursor", str(exc))
    return None


def to_problem(exc: Exception, mapping: ErrorMapping) -> ProblemError:
    """Translate any exception into the problem it answers with."""
    if isinstance(exc, ProblemError):
        return exc
    for cls in type(exc).__mro__:
        if cls in mapping:
            status, code, *detail = mapping[cls]
            return ProblemError(status, code, detail[0] if detail else str(exc))
    if (problem := pipeline_problem(exc)) is not None:
        return problem
    if isinstance(exc, RequestValidationError):
        return _validation_problem(exc)
    if isinstance(exc, StarletteHTTPException):
        return _http_problem(exc)
    if isinstance(exc, _unavailable_errors()):
        return unavailable_problem()
    return _internal_problem()


def _log_unexpected(exc: Exception, method: str, path: str) -> None:
    # The request body and query are never logged: they may hold personal data or secrets.
    if isinstance(exc, _unavailable_errors()):
        # the type only: a driver's message may name hosts or users
        log.warning(
            "http.dependency_unavailable", method=method, path=path, error=type(exc).__name__
        )
        return
    log.error("http.unhandled_error", method=method, path=path, exc_info=exc)


class UnhandledErrorMiddleware:
    """Turn an unexpected exception into a 500 problem inside the user middlewares.

    Starlette hands `Exception` handlers to its outermost middleware, past the correlation-id and
    metrics middlewares; catching here lets those see (and tag) the 500 like any other answer.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_tracking(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, send_tracking)
        except Exception as exc:
            _log_unexpected(exc, scope.get("method", ""), scope.get("path", ""))
            if started:
                raise
            lost = isinstance(exc, _unavailable_errors())
            problem = unavailable_problem() if lost else _internal_problem()
            response = problem_response(scope.get("path", ""), problem)
            await response(scope, receive, send)


def install_problem_handlers(app: FastAPI, mapping: ErrorMapping | None = None) -> None:
    """Answer every error with problem+json; `mapping` gives domain errors a status and code."""
    frozen_mapping = dict(mapping or {})

    async def handle(request: Request, exc: Exception) -> JSONResponse:
        problem = to_problem(exc, frozen_mapping)
        if problem.status >= 500 and not isinstance(exc, ProblemError | StarletteHTTPException):
            _log_unexpected(exc, request.method, request.url.path)
        return problem_response(request.url.path, problem)

    for cls in (
        ProblemError,
        RequestValidationError,
        StarletteHTTPException,
        Exception,
        *PIPELINE_ERRORS,
        *frozen_mapping,
    ):
        app.add_exception_handler(cls, handle)
    app.add_middleware(UnhandledErrorMiddleware)
