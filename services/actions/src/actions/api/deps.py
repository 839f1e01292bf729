"""Dependencies of the routes: the container wired by bootstrap, and response helpers."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request, Response
from ouvrage_platform.versioning import etag

from actions.app.container import Container


def _container(request: Request) -> Container:
    container: Container = request.app.state.container
    return container


ContainerDep = Annotated[Container, Depends(_container)]


def with_etag(response: Response, version: int) -> None:
    response.headers["ETag"] = etag(version)
