"""Dependencies of the routes: the wired container, who asks, and what they may do."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from ouvrage_platform.auth import CurrentUserDep
from ouvrage_platform.metadata import metadata_requiring
from ouvrage_platform.permissions import Permission

from clients.app.container import Container


def _container(request: Request) -> Container:
    container: Container = request.app.state.container
    return container


ContainerDep = Annotated[Container, Depends(_container)]
ReaderDep = CurrentUserDep
WriterDep = metadata_requiring(Permission.CLIENTS_WRITE)
BlockerDep = metadata_requiring(Permission.CLIENTS_BLOCK)
SettingsDep = metadata_requiring(Permission.SETTINGS_MANAGE)
PersonalDataDep = metadata_requiring(Permission.PERSONAL_DATA_MANAGE)
