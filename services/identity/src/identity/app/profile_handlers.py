"""A user's profile (name, email, phone, email signature) and preferences changed field by field
(PATCH): one's own, or another's with users.manage and the authority rule (issue 13)."""

from __future__ import annotations

from uuid import UUID

import ouvrage_events as es
import structlog
from ouvrage_events.store.db import Conn

from identity.app.container import Actor, Container
from identity.app.guards import check_actor_authority
from identity.app.queries import UserRow, get_user
from identity.domain.commands import ChangeProfile, PatchPreferences
from identity.domain.errors import EmailAlreadyUsedError, ForbiddenError, UserNotFoundError
from identity.domain.permissions import Permission
from identity.domain.user import ProfileChange, User

log = structlog.get_logger(__name__)


async def _target(ctx: Container, actor: Actor, user_id: UUID, refusal: str) -> UserRow:
    """The user acted on, once the actor may: themself, or with users.manage and every
    permission the target holds (an email change hands over the account's password resets)."""
    target = await get_user(ctx.pool, actor.tenant_id, user_id)
    if user_id != actor.id and not actor.can(Permission.USERS_MANAGE):
        raise ForbiddenError(refusal)
    await check_actor_authority(ctx.pool, actor, target)
    return target


async def change_profile(ctx: Container, actor: Actor, cmd: ChangeProfile) -> UserRow:
    """Change a user's name, email, phone or email signature (the fields given)."""
    await _target(ctx, actor, cmd.user_id, "Vous ne pouvez modifier que votre propre profil.")
    change = ProfileChange(
        first_name=cmd.first_name, last_name=cmd.last_name, email=cmd.email,
        phone=cmd.phone, email_signature=cmd.email_signature,
    )  # fmt: skip
    async with ctx.pipeline.command(actor.metadata()) as run:
        user = await run.load(
            User, cmd.user_id, expected_version=cmd.expected_version, missing=UserNotFoundError
        )
        email_before = user.email
        if user.change_profile(change):
            if user.email != email_before:
                await _claim_email(ctx, run, user)
            await run.commit()
            log.info("identity.profile_changed", user_id=str(user.id))
    return await get_user(ctx.pool, actor.tenant_id, cmd.user_id)


async def _claim_email(ctx: Container, run: es.Command, user: User) -> None:
    """The new address must be nobody else's; the login follows it, after the append (the
    event is the transaction's first write, as the store requires)."""
    holder = await ctx.credentials.find_by_email(run.conn, user.email)
    if holder is not None and holder.user_id != user.id:
        raise EmailAlreadyUsedError()
    user_id, email = user.id, user.email

    async def follow(conn: Conn, _envelopes: object) -> None:
        await ctx.credentials.change_email(conn, user_id, email)

    run.after_append(follow)


async def patch_preferences(ctx: Container, actor: Actor, cmd: PatchPreferences) -> UserRow:
    """Change only the preferences given: toggling the SAV display keeps the channels."""
    await _target(ctx, actor, cmd.user_id, "Vous ne pouvez modifier que vos propres préférences.")
    async with ctx.pipeline.command(actor.metadata()) as run:
        user = await run.load(
            User, cmd.user_id, expected_version=cmd.expected_version, missing=UserNotFoundError
        )
        preferences = user.preferences.patched(
            show_archived_sav=cmd.show_archived_sav,
            sav_observations_as_tooltips=cmd.sav_observations_as_tooltips,
            notification_channels=cmd.notification_channels,
        )
        if user.change_preferences(preferences):
            await run.commit()
            log.info("identity.preferences_changed", user_id=str(user.id))
    return await get_user(ctx.pool, actor.tenant_id, cmd.user_id)
