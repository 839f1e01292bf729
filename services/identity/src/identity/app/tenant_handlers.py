"""Companies: created with their first administrator (command line), then updated over HTTP."""

from __future__ import annotations

from dataclasses import dataclass, field
from uuid import UUID, uuid4

import structlog
from ouvrage_events.store.db import Conn

from identity.app.container import Actor, Container, Trace
from identity.app.queries import TenantRow, get_tenant
from identity.domain.commands import CreateTenant, UpdateTenant
from identity.domain.errors import EmailAlreadyUsedError, TenantNotFoundError
from identity.domain.password_policy import generate_password
from identity.domain.tenant import Tenant
from identity.domain.user import User

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class CreatedTenant:
    tenant_id: UUID
    admin_user_id: UUID
    # Only when it was generated: shown once to the operator, stored nowhere in clear.
    one_time_password: str | None = field(default=None, repr=False)


async def create_tenant(
    ctx: Container, cmd: CreateTenant, trace: Trace | None = None
) -> CreatedTenant:
    """Register a company and its first administrator in one transaction."""
    tenant_id, admin_id = uuid4(), uuid4()
    tenant = Tenant.register(
        tenant_id, name=cmd.name, timezone=cmd.timezone, sender_email=cmd.sender_email
    )
    admin = User.register(
        admin_id,
        email=cmd.admin_email,
        first_name=cmd.first_name,
        last_name=cmd.last_name,
        is_admin=True,
    )
    generated = None if cmd.password is not None else generate_password(ctx.policy)
    password = cmd.password if cmd.password is not None else generated
    assert password is not None
    ctx.policy.check(password, email=admin.email)
    password_hash = await ctx.hasher.hash(password)

    async def store_credential(conn: Conn, _envelopes: object) -> None:
        await ctx.credentials.insert(
            conn, user_id=admin_id, tenant_id=tenant_id, email=admin.email,
            password_hash=password_hash,
        )  # fmt: skip

    async with ctx.pipeline.command((trace or Trace()).metadata(tenant_id, None)) as run:
        if await ctx.credentials.find_by_email(run.conn, admin.email) is not None:
            raise EmailAlreadyUsedError()
        run.add(tenant)
        run.add(admin)
        run.after_append(store_credential)
        await run.commit()
    log.info("identity.tenant_created", tenant_id=str(tenant_id), admin_user_id=str(admin_id))
    return CreatedTenant(tenant_id, admin_id, generated)


async def update_tenant(ctx: Container, actor: Actor, cmd: UpdateTenant) -> TenantRow:
    """Change the company's name, time zone or sender address."""
    await get_tenant(ctx.pool, actor.tenant_id)
    async with ctx.pipeline.command(actor.metadata()) as run:
        tenant = await run.load(
            Tenant,
            actor.tenant_id,
            expected_version=cmd.expected_version,
            missing=TenantNotFoundError,
        )
        tenant.update(name=cmd.name, timezone=cmd.timezone, sender_email=cmd.sender_email)
        await run.commit()
        envelopes = run.committed
    if envelopes:
        log.info("identity.tenant_updated", tenant_id=str(actor.tenant_id), events=len(envelopes))
    return await get_tenant(ctx.pool, actor.tenant_id)
