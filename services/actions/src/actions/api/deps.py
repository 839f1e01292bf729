"""Dependencies of the routes: the services wired by bootstrap, and response helpers."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Request, Response
from fastapi.responses import JSONResponse
from ouvrage_platform.versioning import etag

from actions.app.services import Services
from actions.app.units import Replay


def _services(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


ServicesDep = Annotated[Services, Depends(_services)]


def with_etag(response: Response, version: int) -> None:
    response.headers["ETag"] = etag(version)


def replayed(replay: Replay) -> JSONResponse:
    """The stored first answer of a retried create."""
    headers: dict[str, str] = {"Idempotent-Replayed": "true"}
    body: Any = replay.body
    if isinstance(body, dict) and isinstance(body.get("version"), int):
        headers["ETag"] = etag(body["version"])
    return JSONResponse(body, status_code=replay.status, headers=headers)
