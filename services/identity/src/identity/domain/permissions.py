"""Who may hold and grant which permission: administrators hold all, nobody grants more
than they hold."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ouvrage_platform.permissions import PERMISSION_LABELS, PERMISSIONS, Permission

from identity.domain.errors import (
    GrantNotAllowedError,
    LastAdministratorError,
    UnknownPermissionError,
)

__all__ = [
    "PERMISSIONS",
    "PERMISSION_LABELS",
    "Grant",
    "Permission",
    "check_grant",
    "effective_permissions",
    "ensure_an_administrator_remains",
    "validate_permissions",
]


@dataclass(frozen=True)
class Grant:
    """What a user holds: the administrator flag and the permissions granted one by one."""

    is_admin: bool
    permissions: frozenset[str]

    @property
    def effective(self) -> frozenset[str]:
        return effective_permissions(self.is_admin, self.permissions)


def validate_permissions(names: Iterable[str]) -> frozenset[str]:
    """The set of permission names; ``UnknownPermissionError`` naming the unknown ones."""
    given = frozenset(names)
    unknown = sorted(given - PERMISSIONS)
    if unknown:
        raise UnknownPermissionError(
            "Permission inconnue : " + ", ".join(unknown) + ".", unknown=unknown
        )
    return given


def effective_permissions(is_admin: bool, permissions: Iterable[str]) -> frozenset[str]:
    """Administrators hold every permission."""
    return PERMISSIONS if is_admin else frozenset(permissions)


def check_grant(actor: Grant, before: Grant, after: Grant) -> None:
    """A non-administrator may neither change the administrator flag nor grant or withdraw a
    permission they do not hold themself (no privilege escalation)."""
    if actor.is_admin:
        return
    if before.is_admin != after.is_admin:
        raise GrantNotAllowedError(
            "Seul un administrateur peut nommer ou retirer un administrateur."
        )
    beyond = sorted((before.permissions ^ after.permissions) - actor.effective)
    if beyond:
        labels = ", ".join(f"« {PERMISSION_LABELS[p]} »" for p in beyond)
        raise GrantNotAllowedError(
            f"Vous ne pouvez accorder ou retirer que les droits que vous détenez : {labels}.",
            permissions=beyond,
        )


def ensure_an_administrator_remains(other_active_administrators: int) -> None:
    """Refuse a change that would leave the company without an active administrator."""
    if other_active_administrators < 1:
        raise LastAdministratorError()
