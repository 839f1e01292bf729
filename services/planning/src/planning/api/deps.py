"""Dependencies and helpers shared by the routes."""

from __future__ import annotations

from typing import Annotated, Any, cast

from fastapi import Depends, Request
from fastapi.responses import JSONResponse
from ouvrage_platform.auth import CurrentUser, require
from ouvrage_platform.correlation import current_correlation_id
from ouvrage_platform.idempotency import fingerprint
from ouvrage_platform.permissions import Permission
from ouvrage_platform.versioning import etag
from pydantic import BaseModel

from planning.app.context import Answer, Ctx, Idempotency, Services


def services(request: Request) -> Services:
    return cast(Services, request.app.state.planning)


ServicesDep = Annotated[Services, Depends(services)]
Manager = Annotated[CurrentUser, Depends(require(Permission.PLANNING_MANAGE.value))]


def ctx_of(user: CurrentUser) -> Ctx:
    return Ctx(tenant_id=user.tenant_id, user_id=user.id, correlation_id=current_correlation_id())


def idempotency(
    key: str | None, request: Request, body: BaseModel | None = None
) -> Idempotency | None:
    """The Idempotency-Key with the fingerprint of this request (method, path, body)."""
    if key is None:
        return None
    payload = None if body is None else body.model_dump(mode="json")
    return Idempotency(key, fingerprint(request.method, request.url.path, payload))


def respond(answer: Answer) -> JSONResponse:
    """The answer as JSON, with the aggregate's version as ETag when it has one."""
    headers = {} if answer.version is None else {"ETag": etag(answer.version)}
    return JSONResponse(answer.body, status_code=answer.status, headers=headers)


def model_response(model: Any) -> JSONResponse:
    body = model.model_dump(mode="json")
    version = body.get("version")
    headers = {"ETag": etag(version)} if isinstance(version, int) else {}
    return JSONResponse(body, headers=headers)
