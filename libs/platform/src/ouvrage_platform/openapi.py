"""The OpenAPI document every service publishes, made exact in one place instead of per route.

FastAPI documents a 422 `application/json` validation shape the services never send, and names
operations after their path. `install_openapi` post-processes its document: readable operation
ids (`clients.block`), the problem+json answers each route can give (with the codes it can
answer), `ETag`/`X-Correlation-ID` response headers, the `Idempotency-Key`/`If-Match` headers
described once, and server-sent-event routes as `text/event-stream` with their security.
"""

import inspect
import re
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, cast

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute, iter_route_contexts
from ouvrage_events.errors import AggregateNotFoundError, ConcurrencyError, ConcurrentUpdateError

from ouvrage_platform.correlation import HEADER as CORRELATION_HEADER
from ouvrage_platform.errors import ErrorMapping
from ouvrage_platform.openapi_components import (
    EVENT_STREAM,
    SHARED_PARAMETERS,
    header_ref,
    install_components,
    problem_response,
)

PERMISSION_ATTRIBUTE = "__ouvrage_permission__"
"""Set by `auth.require` on its dependency: the permission the route needs (its 403)."""

PIPELINE_ANSWERS: Mapping[type[Exception], tuple[int, str]] = {
    AggregateNotFoundError: (404, "not_found"),
    ConcurrencyError: (409, "concurrent_update"),
    ConcurrentUpdateError: (409, "concurrent_update"),
}
"""What `errors.pipeline_problem` answers in every service, beyond the If-Match, Idempotency-Key
and cursor answers documented from the route's shape (a test keeps the two in step)."""

PROBLEM_CODES = "x-problem-codes"
"""Key of a route's own `responses={status: {...}}` entry listing the codes it answers with."""

CURSOR_CODE = "invalid_cursor"
"""Answered only by routes taking a `cursor`, whichever exception a service raises for it."""
_WRITES = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_PAGING = frozenset({"limit", "cursor"})
_FASTAPI_VALIDATION = ("HTTPValidationError", "ValidationError")
_STREAM_AUTH_PARAMETERS = {("header", "authorization"), ("query", "access_token")}


def operation_id(route: APIRoute) -> str:
    """`<tag>.<function>`, e.g. `clients.block` (FastAPI's `generate_unique_id_function`)."""
    tag = str(route.tags[0]) if route.tags else "service"
    return f"{re.sub(r'[^a-z0-9]+', '_', tag.lower()).strip('_')}.{route.name}"


def document_errors(app: FastAPI, mapping: ErrorMapping | Mapping[Any, tuple[Any, ...]]) -> None:
    """Declare the (status, code) pairs a service's exception handlers answer with.

    `create_app` declares its `error_mapping`; a service with handlers of its own declares theirs.
    """
    codes: dict[int, set[str]] = app.state.__dict__.setdefault("problem_codes", defaultdict(set))
    for status, code, *_ in mapping.values():
        codes[int(status)].add(str(code))


def install_openapi(app: FastAPI) -> None:
    """Make `app.openapi()` return the post-processed document (computed once, then cached)."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = contract(generate(), app)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def contract(document: dict[str, Any], app: FastAPI) -> dict[str, Any]:
    """`document` (FastAPI's) with the house conventions applied; mutated and returned."""
    install_components(document)
    mapped: Mapping[int, set[str]] = app.state.__dict__.get("problem_codes", {})
    for route, method, operation in _operations(document, app):
        _operation(document, route, method, operation, mapped)
    schemas = document["components"]["schemas"]
    for name in _FASTAPI_VALIDATION:
        schemas.pop(name, None)
    return document


def _operations(
    document: dict[str, Any], app: FastAPI
) -> Iterator[tuple[APIRoute, str, dict[str, Any]]]:
    # FastAPI keeps included routers lazily: their routes are reached through route contexts,
    # which answer for the route as included (prefix, tags), as its own OpenAPI code does.
    for context in iter_route_contexts(app.routes):
        if not isinstance(context.original_route, APIRoute):
            continue
        route = cast(APIRoute, context)
        if not route.include_in_schema:
            continue
        path_item = document["paths"].get(route.path_format, {})
        for method in sorted(route.methods or ()):
            if method.lower() in path_item:
                yield route, method, path_item[method.lower()]


@dataclass(frozen=True, slots=True)
class _Facts:
    write: bool
    body: bool
    secured: bool
    validates: bool
    path: bool
    idempotent: bool
    if_match: bool
    cursor: bool
    queried: bool
    permissions: tuple[str, ...]


def _operation(
    document: dict[str, Any],
    route: APIRoute,
    method: str,
    operation: dict[str, Any],
    mapped: Mapping[int, set[str]],
) -> None:
    parameters: list[dict[str, Any]] = operation.get("parameters", [])
    located = {(p["in"], p["name"].lower()) for p in parameters}
    responses: dict[str, Any] = operation["responses"]
    if _is_event_stream(route):
        parameters = [
            p for p in parameters if (p["in"], p["name"].lower()) not in _STREAM_AUTH_PARAMETERS
        ]
        _event_stream(document, operation, responses)
    # FastAPI's own 422 (its validation shape) is replaced; a route's declared 422 codes stay
    declared_422 = responses.get("422", {})
    validates = responses.pop("422", None) is not None
    if PROBLEM_CODES in declared_422:
        responses["422"] = declared_422
    facts = _Facts(
        write=method in _WRITES,
        body="requestBody" in operation,
        secured="security" in operation,
        validates=validates,
        path=any(p["in"] == "path" for p in parameters),
        idempotent=("header", "idempotency-key") in located,
        if_match=("header", "if-match") in located,
        cursor=("query", "cursor") in located,
        queried=any(p["in"] == "query" and p["name"] not in _PAGING for p in parameters),
        permissions=tuple(sorted(set(_permissions(route.dependant)))),
    )
    if parameters:
        operation["parameters"] = [_shared(p) for p in parameters]
    else:
        operation.pop("parameters", None)
    _success_headers(document, responses, facts)
    problems = _problem_codes(facts, mapped)
    notes: dict[int, str] = {}
    if facts.permissions:
        notes[403] = "Permission requise : " + ", ".join(f"`{p}`" for p in facts.permissions)
    for status, declared in _declared_errors(responses).items():
        problems[status] = problems.get(status, set()) | set(declared.pop(PROBLEM_CODES, ()))
        notes[status] = str(declared.get("description", "")) or notes.get(status, "")
        if not problems[status]:
            raise ValueError(f"{route.path_format}: declare {PROBLEM_CODES} for {status}")
    for status, codes in sorted(problems.items()):
        responses[str(status)] = problem_response(status, codes, notes.get(status))


def _declared_errors(responses: dict[str, Any]) -> dict[int, dict[str, Any]]:
    """Error answers a route declares itself (`responses={403: {"description": ...,
    "x-problem-codes": ["csrf_header_required"]}}`): they become problems like the others."""
    return {
        int(status): response
        for status, response in responses.items()
        if status[:1] in {"4", "5"} and status.isdigit()
    }


def _problem_codes(f: _Facts, mapped: Mapping[int, set[str]]) -> dict[int, set[str]]:
    """The codes each status can carry on a route with these facts."""
    out: dict[int, set[str]] = defaultdict(set)
    sets: list[tuple[bool, int, set[str]]] = [
        (f.idempotent, 400, {"invalid_idempotency_key"}),
        (f.idempotent, 422, {"idempotency_key_reused"}),
        (f.if_match, 400, {"invalid_if_match"}),
        (f.if_match, 412, {"version_conflict", *mapped.get(412, ())}),
        (f.cursor, 400, {CURSOR_CODE}),
        (f.body, 400, {"bad_request"}),  # a body that is not JSON in UTF-8
        (f.validates, 400, set(mapped.get(400, ())) - {CURSOR_CODE}),
        (f.validates, 422, {"validation_error"}),
        ((f.write and f.validates) or f.queried, 422, set(mapped.get(422, ()))),
        (f.secured, 401, {"unauthenticated"}),
        (f.secured, 403, set(mapped.get(403, ()))),
        (f.secured, 503, {"auth_unavailable"}),
        (bool(f.permissions), 403, {"forbidden"}),
        (not f.secured and f.write, 401, set(mapped.get(401, ()))),
        (not f.secured and f.write, 429, set(mapped.get(429, ()))),
        (f.path or (f.write and f.body), 404, set(mapped.get(404, ()))),
        (f.write, 409, set(mapped.get(409, ()))),
        (f.write and f.body, 413, set(mapped.get(413, ()))),
        # the database or the broker out of reach (errors.unavailable_problem), any route
        (True, 503, {"unavailable"}),
    ]
    for applies, status, codes in sets:
        if applies:
            out[status] |= codes
    return {status: codes for status, codes in out.items() if codes}


def _permissions(dependant: Dependant) -> Iterator[str]:
    permission = getattr(dependant.call, PERMISSION_ATTRIBUTE, None)
    if isinstance(permission, str):
        yield permission
    for sub in dependant.dependencies:
        yield from _permissions(sub)


def _shared(parameter: dict[str, Any]) -> dict[str, Any]:
    name = SHARED_PARAMETERS.get(parameter["name"].lower())
    if parameter["in"] == "header" and name is not None:
        return {"$ref": f"#/components/parameters/{name}"}
    return parameter


def _success_headers(document: dict[str, Any], responses: dict[str, Any], f: _Facts) -> None:
    for status, response in responses.items():
        if not status.startswith("2"):
            continue
        headers = response.setdefault("headers", {})
        headers[CORRELATION_HEADER] = header_ref("CorrelationId")
        if _has_version(document, response):
            headers["ETag"] = header_ref("ETag")
        if f.idempotent:
            headers["Idempotent-Replayed"] = header_ref("IdempotentReplayed")


def _has_version(document: dict[str, Any], response: dict[str, Any]) -> bool:
    schema = response.get("content", {}).get("application/json", {}).get("schema", {})
    ref = schema.get("$ref", "")
    if ref.startswith("#/components/schemas/"):
        schema = document["components"]["schemas"].get(ref.rsplit("/", 1)[1], {})
    return "version" in schema.get("properties", {})


def _is_event_stream(route: APIRoute) -> bool:
    response_class: Any = route.response_class
    if not inspect.isclass(response_class):
        return False
    if getattr(response_class, "media_type", None) == EVENT_STREAM:
        return True
    media_type = inspect.signature(response_class.__init__).parameters.get("media_type")
    return media_type is not None and media_type.default == EVENT_STREAM


def _event_stream(
    document: dict[str, Any], operation: dict[str, Any], responses: dict[str, Any]
) -> None:
    """Server-sent events: the token comes as a Bearer header or `?access_token=`."""
    schemes = document["components"]["securitySchemes"]
    schemes.setdefault("HTTPBearer", {"type": "http", "scheme": "bearer"})
    operation["security"] = [{"HTTPBearer": []}, {"AccessTokenQuery": []}]
    responses["200"] = {
        "description": "Flux d'événements serveur (server-sent events), ouvert jusqu'à la"
        " déconnexion du client.",
        "content": {EVENT_STREAM: {"schema": {"type": "string"}}},
    }
