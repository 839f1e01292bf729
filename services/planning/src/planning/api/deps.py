"""Dependencies and helpers shared by the routes."""

from __future__ import annotations

from typing import Annotated, Any, cast

import ouvrage_events as es
from fastapi import Depends, Request
from fastapi.responses import JSONResponse
from ouvrage_platform.auth import CurrentUser, require
from ouvrage_platform.idempotency import idempotency_of
from ouvrage_platform.metadata import command_metadata
from ouvrage_platform.permissions import Permission
from ouvrage_platform.versioning import etag
from pydantic import BaseModel

from planning.app.container import Container, Outcome


def _container(request: Request) -> Container:
    return cast(Container, request.app.state.container)


ContainerDep = Annotated[Container, Depends(_container)]
Manager = Annotated[CurrentUser, Depends(require(Permission.PLANNING_MANAGE.value))]
caller = command_metadata
"""The caller as event metadata (tenant, actor, correlation id, traceparent)."""


def idempotency(
    key: str | None, request: Request, body: BaseModel | None = None, *, status: int = 201
) -> es.Idempotency | None:
    """The Idempotency-Key with the fingerprint of this request (method, path, body)."""
    payload = None if body is None else body.model_dump(mode="json")
    return idempotency_of(
        key,
        request.method,
        request.url.path,
        payload,
        status=status,
        render=lambda model: model.model_dump(mode="json"),
    )


def respond(outcome: Outcome, status: int = 200) -> JSONResponse:
    """The answer as JSON (or the first answer to a retried key), with the aggregate's version
    as ETag when it has one."""
    if isinstance(outcome, es.Replay):
        body, status = outcome.body, outcome.status
    else:
        body = outcome.model_dump(mode="json")
    version = body.get("version") if isinstance(body, dict) else None
    headers = {"ETag": etag(version)} if isinstance(version, int) else {}
    return JSONResponse(body, status_code=status, headers=headers)


def model_response(model: Any) -> JSONResponse:
    return respond(model)
