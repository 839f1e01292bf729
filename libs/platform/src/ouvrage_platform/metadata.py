"""The event `Metadata` of a command, from the request: tenant, actor, correlation, trace.

Every service's routes take their command metadata from here: `CommandMetadataDep` (any signed-in
caller) or `metadata_requiring(permission)` (403 problem without the permission).
"""

import uuid
from typing import Annotated, Any

from fastapi import Depends
from ouvrage_events import Metadata

from ouvrage_platform.auth import CurrentUser, CurrentUserDep, require
from ouvrage_platform.correlation import current_correlation_id, current_traceparent


def command_metadata(user: CurrentUser) -> Metadata:
    """Metadata for the events a command of `user` records in the current request."""
    return Metadata(
        tenant_id=user.tenant_id,
        actor_id=user.id,
        correlation_id=current_correlation_id() or uuid.uuid4(),
        traceparent=current_traceparent(),
    )


async def _metadata(user: CurrentUserDep) -> Metadata:
    return command_metadata(user)


CommandMetadataDep = Annotated[Metadata, Depends(_metadata)]


def metadata_requiring(permission: str) -> Any:
    """`Annotated[Metadata, ...]` for a command that needs `permission`:
    `WriterDep = metadata_requiring(Permission.CLIENTS_WRITE)`."""
    allowed = require(permission)

    async def dependency(user: Annotated[CurrentUser, Depends(allowed)]) -> Metadata:
        return command_metadata(user)

    return Annotated[Metadata, Depends(dependency)]
