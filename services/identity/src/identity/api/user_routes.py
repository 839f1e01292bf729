"""The company's users: directory, accounts, passwords, permissions, preferences."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from fastapi import APIRouter, Query, Response, status
from fastapi.responses import JSONResponse
from ouvrage_platform.errors import ProblemError
from ouvrage_platform.idempotency import IdempotencyKeyDep
from ouvrage_platform.pagination import (
    DEFAULT_LIMIT,
    INVALID_CURSOR_DETAIL,
    CursorQuery,
    LimitQuery,
    decode_cursor,
    encode_cursor,
)
from ouvrage_platform.versioning import IfMatchDep, etag

from identity.api.deps import ActorDep, ContainerDep, ManagerDep, PasswordActorDep
from identity.api.models import (
    OperatorUpdate,
    PasswordUpdate,
    PermissionsUpdate,
    PreferencesPublic,
    PreferencesUpdate,
    UndeliverableEmailPublic,
    UserCreate,
    UserPage,
    UserPublic,
)
from identity.app import bounces
from identity.app import password_handlers as passwords
from identity.app import user_handlers as users
from identity.app.queries import UserPosition, UserRow, get_user, list_users
from identity.domain import commands
from identity.domain.errors import ForbiddenError
from identity.domain.permissions import Permission

router = APIRouter(tags=["users"])


def _public(row: UserRow, response: Response) -> UserPublic:
    response.headers["ETag"] = etag(row.version)
    return UserPublic.of(row)


def _position(cursor: str | None) -> UserPosition | None:
    if cursor is None:
        return None
    raw = decode_cursor(cursor)
    try:
        return UserPosition(str(raw["k"]), UUID(str(raw["id"])))
    except (KeyError, ValueError) as exc:
        raise ProblemError(400, "invalid_cursor", INVALID_CURSOR_DETAIL) from exc


@router.get("/users", response_model=UserPage)
async def directory(
    actor: ActorDep,
    container: ContainerDep,
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
    active: bool | None = Query(default=None, description="Only active (or inactive) users"),
) -> UserPage:
    """The company's users in French name order (accents and case ignored), for pickers."""
    rows, following = await list_users(
        container.pool, actor.tenant_id, limit=limit, after=_position(cursor), active=active
    )
    next_cursor = (
        encode_cursor({"k": following.sort_key, "id": following.id}) if following else None
    )
    return UserPage(items=[UserPublic.of(r) for r in rows], next_cursor=next_cursor)


@router.post("/users", status_code=status.HTTP_201_CREATED, response_model=UserPublic)
async def create_user(
    body: UserCreate, actor: ManagerDep, container: ContainerDep, key: IdempotencyKeyDep
) -> JSONResponse:
    """Create an account with an initial password (users.manage)."""
    cmd = commands.RegisterUser(**body.model_dump())
    answer = await users.register_user(
        container, actor, cmd, lambda row: UserPublic.of(row).model_dump(mode="json"), key
    )
    return JSONResponse(answer, status_code=201, headers={"ETag": etag(int(answer["version"]))})


@router.get("/users/{user_id}", response_model=UserPublic)
async def read_user(
    user_id: UUID, actor: ActorDep, container: ContainerDep, response: Response
) -> UserPublic:
    """One user of the company."""
    user = _public(await get_user(container.pool, actor.tenant_id, user_id), response)
    mark = await bounces.undeliverable(container.pool, actor.tenant_id, user_id, user.email)
    if mark is not None:
        user.email_undeliverable = UndeliverableEmailPublic(
            address=mark.address,
            status=mark.status,
            diagnostic=mark.diagnostic,
            bounced_at=mark.bounced_at,
        )
    return user


@router.put("/users/{user_id}/password", response_model=UserPublic)
async def change_password(
    user_id: UUID,
    body: PasswordUpdate,
    actor: PasswordActorDep,
    container: ContainerDep,
    expected: IfMatchDep,
    response: Response,
) -> UserPublic:
    """Change a password: one's own with the current one, another's with users.manage."""
    cmd = commands.ChangePassword(
        user_id=user_id,
        new_password=body.new_password,
        current_password=body.current_password,
        expected_version=expected,
    )
    return _public(await passwords.change_password(container, actor, cmd), response)


@router.put("/users/{user_id}/permissions", response_model=UserPublic)
async def change_permissions(
    user_id: UUID,
    body: PermissionsUpdate,
    actor: ManagerDep,
    container: ContainerDep,
    expected: IfMatchDep,
    response: Response,
) -> UserPublic:
    """Replace a user's permissions (users.manage)."""
    cmd = commands.ChangePermissions(user_id, body.is_admin, body.permissions, expected)
    return _public(await users.change_permissions(container, actor, cmd), response)


@router.put("/users/{user_id}/operator", response_model=UserPublic)
async def change_operator(
    user_id: UUID,
    body: OperatorUpdate,
    actor: ManagerDep,
    container: ContainerDep,
    expected: IfMatchDep,
    response: Response,
) -> UserPublic:
    """Make a user bookable on interventions, or not (users.manage)."""
    cmd = commands.ChangeOperator(user_id, body.is_operator, expected)
    return _public(await users.change_operator(container, actor, cmd), response)


@router.post("/users/{user_id}/deactivate", response_model=UserPublic)
async def deactivate(
    user_id: UUID,
    actor: ManagerDep,
    container: ContainerDep,
    expected: IfMatchDep,
    response: Response,
) -> UserPublic:
    """Deactivate an account (users.manage): no more logins, sessions end at the next refresh."""
    cmd = commands.DeactivateUser(user_id, expected)
    return _public(await users.deactivate_user(container, actor, cmd), response)


@router.get("/users/{user_id}/preferences", response_model=PreferencesPublic)
async def read_preferences(
    user_id: UUID, actor: ActorDep, container: ContainerDep, response: Response
) -> PreferencesPublic:
    """A user's preferences (one's own, or any with users.manage)."""
    row = await get_user(container.pool, actor.tenant_id, user_id)
    if user_id != actor.id and not actor.can(Permission.USERS_MANAGE):
        raise ForbiddenError("Vous ne pouvez consulter que vos propres préférences.")
    response.headers["ETag"] = etag(row.version)
    return PreferencesPublic.of(row)


@router.put("/users/{user_id}/preferences", response_model=PreferencesPublic)
async def change_preferences(
    user_id: UUID,
    body: PreferencesUpdate,
    actor: ActorDep,
    container: ContainerDep,
    expected: IfMatchDep,
    response: Response,
) -> PreferencesPublic:
    """Replace a user's preferences; a kind left out gets every channel."""
    fields: dict[str, Any] = body.model_dump()
    cmd = commands.ChangePreferences(user_id=user_id, expected_version=expected, **fields)
    row = await users.change_preferences(container, actor, cmd)
    response.headers["ETag"] = etag(row.version)
    return PreferencesPublic.of(row)
