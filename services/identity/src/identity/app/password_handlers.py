"""Password changes: by the user with their current password, or by a holder of users.manage."""

from __future__ import annotations

import structlog
from ouvrage_events.store.db import Conn

from identity.app.container import Actor, Container
from identity.app.guards import check_actor_authority
from identity.app.ports import CredentialRecord
from identity.app.queries import UserRow, get_user
from identity.app.session_handlers import record_failure
from identity.domain.authority import must_choose_new_password
from identity.domain.commands import ChangePassword
from identity.domain.errors import (
    CurrentPasswordIncorrectError,
    CurrentPasswordRequiredError,
    ForbiddenError,
    UserNotFoundError,
)
from identity.domain.permissions import Permission
from identity.domain.user import User

log = structlog.get_logger(__name__)


async def change_password(ctx: Container, actor: Actor, cmd: ChangePassword) -> UserRow:
    """Check the policy, store the new hash, record PasswordChanged, end the user's sessions."""
    row = await get_user(ctx.pool, actor.tenant_id, cmd.user_id)
    credential = await ctx.credentials.get(ctx.pool, cmd.user_id)
    if credential is None:
        raise UserNotFoundError()
    if cmd.user_id == actor.id:
        await _check_current(ctx, credential, cmd.current_password)
    elif not actor.can(Permission.USERS_MANAGE):
        raise ForbiddenError("Seul un utilisateur qui peut paramétrer les comptes utilisateurs "
                             "peut changer le mot de passe d'un autre.")  # fmt: skip
    else:
        await check_actor_authority(ctx.pool, actor, row)
    must_change = must_choose_new_password(actor.id, cmd.user_id)
    same = await ctx.hasher.verify(credential.password_hash, cmd.new_password)
    ctx.policy.check(cmd.new_password, email=row.email, same_as_current=same)
    new_hash = await ctx.hasher.hash(cmd.new_password)

    async def store(conn: Conn, _envelopes: object) -> None:
        await ctx.credentials.set_password(conn, cmd.user_id, new_hash, must_change=must_change)
        await ctx.refresh_tokens.revoke_user(conn, cmd.user_id)

    async with ctx.pipeline.command(actor.metadata()) as run:
        user = await run.load(
            User, cmd.user_id, expected_version=cmd.expected_version, missing=UserNotFoundError
        )
        user.record_password_change(changed_by=actor.id)
        run.after_append(store)
        await run.commit()
    log.info("identity.password_changed", user_id=str(cmd.user_id), changed_by=str(actor.id))
    return await get_user(ctx.pool, actor.tenant_id, cmd.user_id)


async def _check_current(ctx: Container, credential: CredentialRecord, current: str | None) -> None:
    """A user changing their own password proves they know the current one; wrong guesses
    count towards the lockout like failed logins."""
    if current is None:
        raise CurrentPasswordRequiredError()
    ok = await ctx.hasher.verify(credential.password_hash, current)
    locked = ctx.lockout.is_locked(credential.failures, ctx.clock())
    if ok and not locked:
        return
    if not ok:
        await record_failure(ctx, credential.user_id, credential.tenant_id)
    raise CurrentPasswordIncorrectError()
