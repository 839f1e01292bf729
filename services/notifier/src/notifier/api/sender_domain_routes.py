"""``/sender-domains/{domain}``: the SPF diagnosis of a company's sender domain, with the fix."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request
from ouvrage_platform.auth import CurrentUser, require
from ouvrage_platform.errors import ProblemError
from ouvrage_platform.inputs import SingleLine
from ouvrage_platform.permissions import Permission

from notifier.api.deps import ContainerDep
from notifier.api.models import SenderDomainPublic

router = APIRouter(tags=["sender-domains"])

AdminDep = Annotated[CurrentUser, Depends(require(Permission.SETTINGS_MANAGE))]


def _throttle(request: Request, user: CurrentUser) -> None:
    """Each live diagnosis costs DNS queries: a company gets a few per minute (429 after)."""
    wait = request.app.state.spf_rate.retry_after(str(user.tenant_id))
    if wait is not None:
        raise ProblemError(
            429, "too_many_requests",
            f"Trop de diagnostics demandés : réessayez dans {wait} secondes.",
            headers={"Retry-After": str(wait)},
        )  # fmt: skip


@router.get(
    "/sender-domains/{domain}",
    response_model=SenderDomainPublic,
    responses={
        429: {
            "description": "too many live diagnoses for this company (Retry-After)",
            "x-problem-codes": ["too_many_requests"],
        },
        422: {"description": "Nom de domaine invalide", "x-problem-codes": ["invalid_domain"]},
    },
)
async def diagnose_domain(
    domain: Annotated[SingleLine, Path(max_length=253)],
    user: AdminDep,
    c: ContainerDep,
    request: Request,
) -> SenderDomainPublic:
    """Whether the domain's SPF record lets the platform send as the company, and how to fix it."""
    _throttle(request, user)
    return SenderDomainPublic.of(await c.domains.diagnose(user.tenant_id, domain))
