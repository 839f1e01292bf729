"""What the bootstrap wires once and the routes use (the same name in every service)."""

from __future__ import annotations

from dataclasses import dataclass

from clients.app.access import AccessExport
from clients.app.erasure import ErasureHandlers
from clients.app.handlers import ClientHandlers
from clients.app.queries import ClientQueries
from clients.app.retention import Retention
from clients.app.status_handlers import StatusHandlers
from clients.app.users import UserDirectory


@dataclass(frozen=True, slots=True)
class Container:
    clients: ClientHandlers
    statuses: StatusHandlers
    queries: ClientQueries
    users: UserDirectory
    erasure: ErasureHandlers
    access: AccessExport
    retention: Retention
