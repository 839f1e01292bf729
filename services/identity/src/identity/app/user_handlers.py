"""User accounts: creation, permissions, preferences, deactivation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from uuid import UUID, uuid4

import ouvrage_events as es
import structlog
from ouvrage_events import privacy
from ouvrage_events.store.db import Conn
from ouvrage_platform.forgetting import forget_answers_quoting

from identity.app.container import Actor, Container, lock_administrators
from identity.app.guards import account, check_actor_authority
from identity.app.queries import UserRow, get_user, other_active_administrators
from identity.domain.authority import Account, check_authority
from identity.domain.commands import (
    ChangeOperator,
    ChangePermissions,
    ChangePreferences,
    DeactivateUser,
    RegisterUser,
)
from identity.domain.errors import (
    EmailAlreadyUsedError,
    ForbiddenError,
    SelfDeactivationError,
    UserNotFoundError,
)
from identity.domain.permissions import (
    Grant,
    Permission,
    check_grant,
    ensure_an_administrator_remains,
    validate_permissions,
)
from identity.domain.preferences import Preferences
from identity.domain.user import User

log = structlog.get_logger(__name__)

Render = Callable[[UserRow], dict[str, Any]]


async def register_user(
    ctx: Container,
    actor: Actor,
    cmd: RegisterUser,
    render: Render,
    idempotency_key: str | None = None,
) -> dict[str, Any]:
    """Create an account in the caller's company; returns the answer (replayed for a retried
    ``Idempotency-Key``)."""
    actor_row = await get_user(ctx.pool, actor.tenant_id, actor.id)
    requested = Grant(cmd.is_admin, validate_permissions(cmd.permissions))
    check_grant(actor_row.grant, Grant(False, frozenset()), requested)
    user_id = uuid4()
    user = User.register(
        user_id, email=cmd.email, first_name=cmd.first_name, last_name=cmd.last_name,
        is_admin=cmd.is_admin, permissions=cmd.permissions, is_operator=cmd.is_operator,
    )  # fmt: skip
    ctx.policy.check(cmd.password, email=user.email)
    password_hash = await ctx.hasher.hash(cmd.password)
    # The fingerprint leaves the password out: nothing derived from it is kept there.
    idem = None if idempotency_key is None else es.Idempotency(idempotency_key, es.fingerprint(
        "POST /users", user.email, user.first_name, user.last_name, cmd.is_admin,
        sorted(cmd.permissions), cmd.is_operator,
    ))  # fmt: skip

    async def store_credential(conn: Conn, _envelopes: object) -> None:
        await ctx.credentials.insert(
            conn, user_id=user_id, tenant_id=actor.tenant_id, email=user.email,
            password_hash=password_hash,
        )  # fmt: skip

    async def answer(conn: Conn) -> dict[str, Any]:
        return render(await get_user(conn, actor.tenant_id, user_id))

    async with ctx.pipeline.command(actor.metadata(), idempotency=idem) as run:
        if (replay := await run.replay()) is not None:
            return dict(replay.body)
        if await ctx.credentials.find_by_email(run.conn, user.email) is not None:
            raise EmailAlreadyUsedError()
        run.add(user)
        run.after_append(store_credential)
        registered = await run.commit(answer)
    log.info("identity.user_registered", tenant_id=str(actor.tenant_id), user_id=str(user_id))
    return registered


async def change_permissions(ctx: Container, actor: Actor, cmd: ChangePermissions) -> UserRow:
    """Replace what a user may do (administrators hold everything)."""
    requested = Grant(cmd.is_admin, validate_permissions(cmd.permissions))
    async with ctx.pipeline.command(actor.metadata()) as run:
        await get_user(run.conn, actor.tenant_id, cmd.user_id)
        actor_row = await get_user(run.conn, actor.tenant_id, actor.id)
        user = await run.load(
            User, cmd.user_id, expected_version=cmd.expected_version, missing=UserNotFoundError
        )
        check_authority(account(actor_row), Account(user.id, user.grant, user.active))
        check_grant(actor_row.grant, user.grant, requested)
        if user.is_admin and not requested.is_admin:
            await _ensure_other_administrator(run.conn, actor.tenant_id, user.id)
        if user.change_permissions(requested):
            await run.commit()
            log.info("identity.permissions_changed", user_id=str(user.id))
    return await get_user(ctx.pool, actor.tenant_id, cmd.user_id)


async def change_operator(ctx: Container, actor: Actor, cmd: ChangeOperator) -> UserRow:
    """Make a user of the company bookable on interventions, or not."""
    await get_user(ctx.pool, actor.tenant_id, cmd.user_id)
    async with ctx.pipeline.command(actor.metadata()) as run:
        user = await run.load(
            User, cmd.user_id, expected_version=cmd.expected_version, missing=UserNotFoundError
        )
        if user.change_operator(cmd.is_operator):
            await run.commit()
            log.info("identity.operator_changed", user_id=str(user.id))
    return await get_user(ctx.pool, actor.tenant_id, cmd.user_id)


async def change_preferences(ctx: Container, actor: Actor, cmd: ChangePreferences) -> UserRow:
    """Replace a user's home page and notification preferences (their own, or with
    users.manage)."""
    target = await get_user(ctx.pool, actor.tenant_id, cmd.user_id)
    if cmd.user_id != actor.id and not actor.can(Permission.USERS_MANAGE):
        raise ForbiddenError("Vous ne pouvez modifier que vos propres préférences.")
    await check_actor_authority(ctx.pool, actor, target)
    preferences = Preferences.build(
        show_archived_sav=cmd.show_archived_sav,
        sav_observations_as_tooltips=cmd.sav_observations_as_tooltips,
        notification_channels=cmd.notification_channels,
    )
    async with ctx.pipeline.command(actor.metadata()) as run:
        user = await run.load(
            User, cmd.user_id, expected_version=cmd.expected_version, missing=UserNotFoundError
        )
        if user.change_preferences(preferences):
            await run.commit()
            log.info("identity.preferences_changed", user_id=str(user.id))
    return await get_user(ctx.pool, actor.tenant_id, cmd.user_id)


async def deactivate_user(ctx: Container, actor: Actor, cmd: DeactivateUser) -> UserRow:
    """The user can no longer log in; their sessions end at the next refresh."""
    target = await get_user(ctx.pool, actor.tenant_id, cmd.user_id)
    if cmd.user_id == actor.id:
        raise SelfDeactivationError()
    await check_actor_authority(ctx.pool, actor, target)

    async def end_sessions(conn: Conn, _envelopes: object) -> None:
        await ctx.credentials.deactivate(conn, cmd.user_id)
        await ctx.refresh_tokens.revoke_user(conn, cmd.user_id)

    async with ctx.pipeline.command(actor.metadata()) as run:
        user = await run.load(
            User, cmd.user_id, expected_version=cmd.expected_version, missing=UserNotFoundError
        )
        if user.is_admin and user.active:
            await _ensure_other_administrator(run.conn, actor.tenant_id, user.id)
        if user.deactivate():
            run.after_append(end_sessions)
            await run.commit()
            log.info("identity.user_deactivated", user_id=str(user.id))
    return await get_user(ctx.pool, actor.tenant_id, cmd.user_id)


async def _ensure_other_administrator(conn: Conn, tenant_id: UUID, user_id: UUID) -> None:
    await lock_administrators(conn, tenant_id)
    ensure_an_administrator_remains(await other_active_administrators(conn, tenant_id, user_id))


async def erase_user(ctx: Container, actor: Actor, user_id: UUID) -> bool:
    """A user who left (RGPD): deactivated, sessions ended, credentials and stored answers
    blanked, then their key destroyed (their events read « Utilisateur effacé » everywhere).
    True when recorded now; idempotent."""
    await get_user(ctx.pool, actor.tenant_id, user_id)
    if user_id == actor.id:
        raise SelfDeactivationError()

    async def forget(conn: Conn, _envelopes: object) -> None:
        await ctx.credentials.deactivate(conn, user_id)
        await ctx.refresh_tokens.revoke_user(conn, user_id)
        await conn.execute(
            "UPDATE credentials SET email = $2, password_hash = '' WHERE user_id = $1",
            user_id,
            f"efface-{user_id}@invalid",
        )
        await forget_answers_quoting(conn, actor.tenant_id, str(user_id))

    async with ctx.pipeline.command(actor.metadata()) as run:
        user = await run.load(User, user_id, missing=UserNotFoundError)
        if user.is_admin and user.active:
            await _ensure_other_administrator(run.conn, actor.tenant_id, user.id)
        recorded = user.erase()
        if recorded:
            run.after_append(forget)
            await run.commit()
    await privacy.keystore().destroy([("user", user_id)], actor.tenant_id)
    log.info("identity.user_erased", user_id=str(user_id), recorded_now=recorded)
    return recorded
