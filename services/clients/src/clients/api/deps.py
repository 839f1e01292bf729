"""Dependencies of the routes: the wired services, who asks, and what they may do."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated
from uuid import uuid4

import ouvrage_events as es
from fastapi import Depends, Request
from ouvrage_platform.auth import CurrentUser, CurrentUserDep, require
from ouvrage_platform.correlation import current_correlation_id
from ouvrage_platform.permissions import Permission

from clients.app.access import AccessExport
from clients.app.erasure import ErasureHandlers
from clients.app.handlers import ClientHandlers
from clients.app.queries import ClientQueries
from clients.app.status_handlers import StatusHandlers

_TRACEPARENT = re.compile(r"^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$")


@dataclass(frozen=True, slots=True)
class Services:
    """What the lifespan wires and the routes use."""

    clients: ClientHandlers
    statuses: StatusHandlers
    queries: ClientQueries
    erasure: ErasureHandlers
    access: AccessExport


def _services(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


def _metadata(request: Request, user: CurrentUser) -> es.Metadata:
    traceparent = request.headers.get("traceparent")
    return es.Metadata(
        tenant_id=user.tenant_id,
        actor_id=user.id,
        correlation_id=current_correlation_id() or uuid4(),
        traceparent=traceparent if traceparent and _TRACEPARENT.match(traceparent) else None,
    )


def _writer_metadata(
    request: Request,
    user: Annotated[CurrentUser, Depends(require(Permission.CLIENTS_WRITE))],
) -> es.Metadata:
    return _metadata(request, user)


def _blocker_metadata(
    request: Request,
    user: Annotated[CurrentUser, Depends(require(Permission.CLIENTS_BLOCK))],
) -> es.Metadata:
    return _metadata(request, user)


def _settings_metadata(
    request: Request,
    user: Annotated[CurrentUser, Depends(require(Permission.SETTINGS_MANAGE))],
) -> es.Metadata:
    return _metadata(request, user)


def _personal_data_metadata(
    request: Request,
    user: Annotated[CurrentUser, Depends(require(Permission.PERSONAL_DATA_MANAGE))],
) -> es.Metadata:
    return _metadata(request, user)


ServicesDep = Annotated[Services, Depends(_services)]
ReaderDep = CurrentUserDep
WriterDep = Annotated[es.Metadata, Depends(_writer_metadata)]
BlockerDep = Annotated[es.Metadata, Depends(_blocker_metadata)]
SettingsDep = Annotated[es.Metadata, Depends(_settings_metadata)]
PersonalDataDep = Annotated[es.Metadata, Depends(_personal_data_metadata)]
