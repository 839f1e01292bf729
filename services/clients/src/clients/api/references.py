"""References a request makes to other services' records, checked against this service's
projections before the command runs: a user id must name an active user of the caller's company."""

from __future__ import annotations

from uuid import UUID

import ouvrage_events as es
from ouvrage_platform.errors import ProblemError

from clients.app.users import UserDirectory

UNKNOWN_USER_DETAIL = (
    "Cet utilisateur est inconnu dans votre société. S'il vient d'être créé, "
    "réessayez dans quelques secondes."
)
INACTIVE_USER_DETAIL = "Cet utilisateur est désactivé : choisissez un utilisateur actif."
OWNER_ANSWERS: dict[int | str, dict[str, object]] = {
    422: {
        "description": "Responsable inconnu ou désactivé dans la société",
        "x-problem-codes": ["unknown_user", "inactive_user"],
    }
}
"""The answers of a route naming an owner, for its OpenAPI ``responses``."""


async def require_active_owner(
    users: UserDirectory, meta: es.Metadata, owner_id: UUID | None
) -> None:
    """Refuse (422) an owner who is not an active user of the caller's company.

    The caller themself is always accepted: their token proves them, even before their
    ``UserRegistered`` reaches this service.
    """
    if owner_id is None or owner_id == meta.actor_id:
        return
    active = await users.active(meta.tenant_id, owner_id)
    if active is None:
        raise ProblemError(
            422,
            "unknown_user",
            UNKNOWN_USER_DETAIL,
            extra=_field("owner_id", "Utilisateur inconnu."),
        )
    if not active:
        raise ProblemError(
            422,
            "inactive_user",
            INACTIVE_USER_DETAIL,
            extra=_field("owner_id", "Utilisateur désactivé."),
        )


def _field(name: str, message: str) -> dict[str, object]:
    return {"errors": [{"loc": ["body", name], "type": "invalid_reference", "message": message}]}
