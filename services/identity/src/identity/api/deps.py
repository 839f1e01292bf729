"""Dependencies of the routes: identity's container and the caller as an ``Actor``."""

from __future__ import annotations

from typing import Annotated
from uuid import uuid4

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from ouvrage_platform.auth import (
    CurrentUser,
    CurrentUserDep,
    InvalidTokenError,
    TokenVerifier,
    current_user,
    refuse_revoked,
    require,
)
from ouvrage_platform.correlation import current_correlation_id, current_traceparent

from identity.adapters.signing_keys import KeyRing
from identity.app.container import Actor, Container, Trace
from identity.app.queries import get_user
from identity.domain.errors import ActorDeactivatedError
from identity.domain.permissions import Permission


def get_container(request: Request) -> Container:
    container = getattr(request.app.state, "container", None)
    if not isinstance(container, Container):
        raise RuntimeError("identity is not started (lifespan not entered)")
    return container


def get_trace() -> Trace:
    """The request's correlation id and well-formed traceparent (``ouvrage_platform``'s, as
    for ``CommandMetadataDep`` in every service)."""
    return Trace(current_correlation_id() or uuid4(), current_traceparent())


def _actor(user: CurrentUser, trace: Trace) -> Actor:
    return Actor(user.id, user.tenant_id, user.permissions, trace)


def get_actor(user: CurrentUserDep, trace: Annotated[Trace, Depends(get_trace)]) -> Actor:
    return _actor(user, trace)


async def get_manager(
    request: Request,
    user: Annotated[CurrentUser, Depends(require(Permission.USERS_MANAGE))],
    trace: Annotated[Trace, Depends(get_trace)],
) -> Actor:
    """A holder of users.manage, still active now (not only when their token was issued)."""
    actor = await get_user(get_container(request).pool, user.tenant_id, user.id)
    if not actor.active:
        raise ActorDeactivatedError()
    return _actor(user, trace)


_bearer = HTTPBearer(auto_error=False)


async def get_password_actor(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    trace: Annotated[Trace, Depends(get_trace)],
) -> Actor:
    """The caller, with an ordinary token or the password-change-only one a login gives after
    a manager reset the password (it carries no permission: it reaches one's own password only)."""
    verifier = getattr(request.app.state, "password_verifier", None)
    if credentials is not None and isinstance(verifier, TokenVerifier):
        try:
            user = await verifier.verify(credentials.credentials)
        except InvalidTokenError:
            pass  # not such a token: the ordinary check below decides
        else:
            await refuse_revoked(request, user)
            return _actor(user, trace)
    return _actor(await current_user(request, credentials), trace)


def get_settings_manager(
    user: Annotated[CurrentUser, Depends(require(Permission.SETTINGS_MANAGE))],
    trace: Annotated[Trace, Depends(get_trace)],
) -> Actor:
    return _actor(user, trace)


def get_personal_data_manager(
    user: Annotated[CurrentUser, Depends(require(Permission.PERSONAL_DATA_MANAGE))],
    trace: Annotated[Trace, Depends(get_trace)],
) -> Actor:
    return _actor(user, trace)


ContainerDep = Annotated[Container, Depends(get_container)]
TraceDep = Annotated[Trace, Depends(get_trace)]
ActorDep = Annotated[Actor, Depends(get_actor)]
ManagerDep = Annotated[Actor, Depends(get_manager)]
PasswordActorDep = Annotated[Actor, Depends(get_password_actor)]
SettingsManagerDep = Annotated[Actor, Depends(get_settings_manager)]


def get_keyring(request: Request) -> KeyRing:
    keyring = getattr(request.app.state, "keyring", None)
    if not isinstance(keyring, KeyRing):
        raise RuntimeError("identity is not started (lifespan not entered)")
    return keyring


KeyRingDep = Annotated[KeyRing, Depends(get_keyring)]
PersonalDataManagerDep = Annotated[Actor, Depends(get_personal_data_manager)]
