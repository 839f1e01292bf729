"""Dependencies shared by the routes: the container, cursors, and the token of a stream."""

from __future__ import annotations

from typing import Annotated

import structlog
from fastapi import Depends, Header, Query, Request
from ouvrage_platform.auth import (
    AUTH_UNAVAILABLE_DETAIL,
    BAD_CREDENTIALS_DETAIL,
    UNAUTHENTICATED_DETAIL,
    CurrentUser,
    InvalidTokenError,
    KeysUnavailableError,
    TokenVerifier,
    refuse_revoked,
)
from ouvrage_platform.errors import ProblemError
from ouvrage_platform.inputs import SingleLine
from ouvrage_platform.pagination import INVALID_CURSOR_DETAIL, decode_cursor, encode_cursor

from notifier.app.container import Container

log = structlog.get_logger(__name__)


def container(request: Request) -> Container:
    found: Container = request.app.state.container
    return found


ContainerDep = Annotated[Container, Depends(container)]


def position_of(cursor: str | None) -> int | None:
    """The position an opaque cursor of ours names (400 ``invalid_cursor`` otherwise)."""
    if cursor is None:
        return None
    before = decode_cursor(cursor).get("before")
    if not isinstance(before, int) or isinstance(before, bool):
        raise ProblemError(400, "invalid_cursor", INVALID_CURSOR_DETAIL)
    return before


def next_cursor(positions: list[int], limit: int) -> str | None:
    return encode_cursor({"before": positions[-1]}) if len(positions) == limit else None


async def stream_user(
    request: Request,
    access_token: Annotated[
        SingleLine | None, Query(max_length=8192, description="Jeton, pour EventSource")
    ] = None,
    authorization: Annotated[str | None, Header()] = None,
) -> CurrentUser:
    """The caller, from ``Authorization: Bearer`` or ``?access_token=`` (EventSource cannot
    set headers)."""
    token = access_token
    if authorization and authorization.lower().startswith("bearer "):
        token = authorization[7:].strip()
    if not token:
        raise ProblemError(
            401, "unauthenticated", UNAUTHENTICATED_DETAIL, headers={"WWW-Authenticate": "Bearer"}
        )
    verifier: TokenVerifier = request.app.state.verifier
    try:
        user = await verifier.verify(token)
    except InvalidTokenError as exc:
        log.info("auth.token_rejected", reason=exc.reason)
        raise ProblemError(
            401,
            "unauthenticated",
            BAD_CREDENTIALS_DETAIL,
            headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
        ) from exc
    except KeysUnavailableError as exc:
        raise ProblemError(503, "auth_unavailable", AUTH_UNAVAILABLE_DETAIL) from exc
    await refuse_revoked(request, user)
    return user


StreamUserDep = Annotated[CurrentUser, Depends(stream_user)]
