"""Who may change an action: the colleagues it concerns (its author, its assignee, those it is
shared with), and holders of « actions.manage ». Everyone of the company may still read it."""

from __future__ import annotations

from collections.abc import Iterable
from uuid import UUID

from ouvrage_platform.permissions import Permission

from actions.domain.errors import ActionChangeForbiddenError

MANAGE = Permission.ACTIONS_MANAGE.value


def ensure_may_change(
    actor_id: UUID,
    permissions: Iterable[str],
    *,
    created_by: UUID | None,
    assignee_id: UUID | None,
    shared_with: Iterable[UUID],
) -> None:
    """Raise ``ActionChangeForbiddenError`` unless ``actor_id`` may change the action."""
    concerned = {created_by, assignee_id, *shared_with}
    if actor_id in concerned or MANAGE in set(permissions):
        return
    raise ActionChangeForbiddenError()
