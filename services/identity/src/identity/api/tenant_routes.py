"""The company (``GET|PUT /tenant``) and the reference lists clients need."""

from __future__ import annotations

from fastapi import APIRouter, Response
from ouvrage_platform.versioning import IfMatchDep, etag

from identity.api.deps import ActorDep, ContainerDep, SettingsManagerDep
from identity.api.models import (
    NotificationKindPublic,
    PermissionPublic,
    TenantPublic,
    TenantUpdate,
)
from identity.app import tenant_handlers as tenants
from identity.app.queries import get_tenant
from identity.domain.commands import UpdateTenant
from identity.domain.permissions import PERMISSION_LABELS
from identity.domain.preferences import NOTIFICATION_KINDS

router = APIRouter(tags=["tenant"])


@router.get("/tenant", response_model=TenantPublic)
async def read_tenant(actor: ActorDep, container: ContainerDep, response: Response) -> TenantPublic:
    """The caller's company."""
    row = await get_tenant(container.pool, actor.tenant_id)
    response.headers["ETag"] = etag(row.version)
    return TenantPublic.of(row)


@router.put("/tenant", response_model=TenantPublic)
async def update_tenant(
    body: TenantUpdate,
    actor: SettingsManagerDep,
    container: ContainerDep,
    expected: IfMatchDep,
    response: Response,
) -> TenantPublic:
    """Change the company's name, time zone or sender address (settings.manage)."""
    cmd = UpdateTenant(body.name, body.timezone, body.sender_email, expected)
    row = await tenants.update_tenant(container, actor, cmd)
    response.headers["ETag"] = etag(row.version)
    return TenantPublic.of(row)


@router.get("/permissions", response_model=list[PermissionPublic])
async def permissions(_actor: ActorDep) -> list[PermissionPublic]:
    """Every permission with its French label."""
    return [PermissionPublic(code=c, label=label) for c, label in PERMISSION_LABELS.items()]


@router.get("/notification-kinds", response_model=list[NotificationKindPublic])
async def notification_kinds(_actor: ActorDep) -> list[NotificationKindPublic]:
    """Every kind of notification a user can route to alerts and/or emails."""
    return [NotificationKindPublic(code=c, label=label) for c, label in NOTIFICATION_KINDS.items()]
