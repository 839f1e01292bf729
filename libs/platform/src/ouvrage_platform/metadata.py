"""The event `Metadata` of a command, from the request: tenant, actor, correlation, trace."""

import uuid
from typing import Annotated

from fastapi import Depends
from ouvrage_events import Metadata

from ouvrage_platform.auth import CurrentUser, CurrentUserDep
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
