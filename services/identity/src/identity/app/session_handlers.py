"""Logging in, refreshing and revoking: the answer never tells whether an email exists."""

from __future__ import annotations

from dataclasses import dataclass, field
from uuid import UUID

import structlog
from ouvrage_events.store.db import Conn

from identity.app.container import Container, Trace
from identity.app.ports import CredentialRecord
from identity.app.queries import get_user
from identity.domain.errors import (
    InvalidCredentialsError,
    InvalidEmailError,
    InvalidRefreshTokenError,
)
from identity.domain.user import User
from identity.domain.validation import normalise_email

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class Tokens:
    access_token: str = field(repr=False)
    expires_in: int
    refresh_token: str = field(repr=False)
    # After a manager reset the password: the access token only lets its holder choose a new one.
    password_change_required: bool = False


async def login(ctx: Container, email: str, password: str, trace: Trace | None = None) -> Tokens:
    """Tokens for a valid email and password; ``InvalidCredentialsError`` otherwise.

    Unknown email, wrong password, locked or deactivated account: the same error, after the
    same argon2 work (a dummy hash stands in for an unknown email).
    """
    credential = await _find(ctx, email)
    if credential is None:
        await ctx.hasher.verify_dummy(password)
        log.info("identity.login_failed", reason="unknown")
        raise InvalidCredentialsError()
    if not await ctx.hasher.verify(credential.password_hash, password):
        await record_failure(ctx, credential.user_id, credential.tenant_id, trace)
        raise InvalidCredentialsError()
    refresh_token = await _open_session(ctx, credential, password)
    log.info("identity.login_succeeded", user_id=str(credential.user_id))
    return await _tokens(ctx, credential, refresh_token)


async def _find(ctx: Container, email: str) -> CredentialRecord | None:
    try:
        normalised = normalise_email(email)
    except InvalidEmailError:  # a malformed email is just an unknown one
        return None
    return await ctx.credentials.find_by_email(ctx.pool, normalised)


async def _open_session(ctx: Container, credential: CredentialRecord, password: str) -> str:
    """After a right password: unless locked or deactivated meanwhile, clear the failures,
    upgrade an old hash, and issue a refresh token."""
    rehash = None
    if ctx.hasher.needs_rehash(credential.password_hash):
        rehash = await ctx.hasher.hash(password)
    async with ctx.pool.acquire() as conn, conn.transaction():
        await ctx.credentials.lock(conn, credential.user_id)
        current = await ctx.credentials.get(conn, credential.user_id)
        if current is None or not _may_log_in(ctx, current):
            log.info("identity.login_failed", user_id=str(credential.user_id), reason="refused")
            raise InvalidCredentialsError()
        await ctx.credentials.save_failures(conn, current.user_id, ctx.lockout.after_success())
        if rehash is not None:
            await ctx.credentials.rehash(conn, current.user_id, rehash)
        return await ctx.refresh_tokens.issue(
            conn, user_id=current.user_id, tenant_id=current.tenant_id
        )


def _may_log_in(ctx: Container, credential: CredentialRecord) -> bool:
    return credential.active and not ctx.lockout.is_locked(credential.failures, ctx.clock())


async def record_failure(
    ctx: Container, user_id: UUID, tenant_id: UUID, trace: Trace | None = None
) -> None:
    """Count a failed attempt; the one that reaches the threshold records UserLockedOut."""
    now = ctx.clock()
    async with ctx.pipeline.command((trace or Trace()).metadata(tenant_id, None)) as run:
        await ctx.credentials.lock(run.conn, user_id)
        current = await ctx.credentials.get(run.conn, user_id)
        if current is None:
            return
        after = ctx.lockout.after_failure(current.failures, now)
        if ctx.lockout.locks(current.failures, after, now) and after.locked_until is not None:
            user = await run.load(User, user_id)
            user.lock_out(after.locked_until)
            log.warning("identity.user_locked_out", user_id=str(user_id))

        async def save(conn: Conn, _envelopes: object) -> None:
            await ctx.credentials.save_failures(conn, user_id, after)

        run.after_append(save)
        await run.commit()
    log.info("identity.login_failed", user_id=str(user_id), reason="password")


async def refresh(ctx: Container, token: str) -> Tokens:
    """Rotate a refresh token. A token used twice (a stolen copy) ends its whole session; a
    deactivated user gets nothing more."""
    async with ctx.pool.acquire() as conn, conn.transaction():
        outcome = await _rotate(ctx, conn, token)
    if isinstance(outcome, str):  # refused; the revocations above are committed
        log.info("identity.refresh_refused", reason=outcome)
        raise InvalidRefreshTokenError()
    credential, new_token = outcome
    return await _tokens(ctx, credential, new_token)


async def _rotate(ctx: Container, conn: Conn, token: str) -> tuple[CredentialRecord, str] | str:
    """The credential and the next token, or why the token is refused."""
    grant = await ctx.refresh_tokens.take(conn, token)
    if grant is None:
        return "unknown"
    if grant.revoked_at is not None or grant.expires_at <= ctx.clock():
        return "expired_or_revoked"
    if grant.used_at is not None:
        await ctx.refresh_tokens.revoke_family(conn, grant.family_id)
        return "reused"
    await ctx.refresh_tokens.mark_used(conn, grant.token_digest)
    credential = await ctx.credentials.get(conn, grant.user_id)
    if credential is None or not credential.active:
        await ctx.refresh_tokens.revoke_family(conn, grant.family_id)
        return "inactive"
    new_token = await ctx.refresh_tokens.issue(
        conn, user_id=credential.user_id, tenant_id=credential.tenant_id, family_id=grant.family_id
    )
    return credential, new_token


async def revoke(ctx: Container, token: str) -> None:
    """End the session the refresh token belongs to (unknown tokens are ignored)."""
    async with ctx.pool.acquire() as conn, conn.transaction():
        revoked = await ctx.refresh_tokens.revoke(conn, token)
    log.info("identity.refresh_revoked", found=revoked)


async def _tokens(ctx: Container, credential: CredentialRecord, refresh_token: str) -> Tokens:
    """Access token with the user's current permissions (a change shows at the next refresh);
    after a manager's reset, a token that only lets the user choose a new password."""
    user = await get_user(ctx.pool, credential.tenant_id, credential.user_id)
    restricted = credential.must_change_password
    access = await ctx.tokens.access_token(
        credential.user_id, credential.tenant_id, user.grant.effective,
        password_change_only=restricted,
    )  # fmt: skip
    if restricted:
        log.info("identity.password_change_required", user_id=str(credential.user_id))
    return Tokens(access, ctx.tokens.ttl_seconds, refresh_token, restricted)
