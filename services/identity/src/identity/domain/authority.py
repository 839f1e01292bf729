"""Who may act on another user's account: nobody takes over an account stronger than theirs.

Changing another user's password, permissions, preferences or activation hands the actor that
user's powers (a reset password logs them in as the target; switched-off security notifications
hide it). So the actor must be active and hold every permission the target holds, and only an
administrator acts on an administrator. Acting on one's own account is always allowed here (the
other rules — current password, no self-deactivation — still apply).
"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from identity.domain.errors import AccountAuthorityError, ActorDeactivatedError
from identity.domain.permissions import PERMISSION_LABELS, Grant


@dataclass(frozen=True)
class Account:
    """What the rule needs to know of a user."""

    id: UUID
    grant: Grant
    active: bool = True


def check_authority(actor: Account, target: Account) -> None:
    """Raise unless ``actor`` may act on ``target``'s credentials, rights or preferences."""
    if not actor.active:
        raise ActorDeactivatedError()
    if actor.id == target.id:
        return
    if target.grant.is_admin and not actor.grant.is_admin:
        raise AccountAuthorityError(
            "Seul un administrateur peut agir sur le compte d'un administrateur."
        )
    missing = sorted(target.grant.effective - actor.grant.effective)
    if missing:
        labels = ", ".join(f"« {PERMISSION_LABELS[p]} »" for p in missing)
        raise AccountAuthorityError(
            "Vous ne pouvez agir que sur le compte d'un utilisateur dont vous détenez tous les "
            f"droits ; il vous manque : {labels}.",
            permissions=missing,
        )


def must_choose_new_password(actor_id: UUID, target_id: UUID) -> bool:
    """A password set by somebody else is known to them: its owner must replace it."""
    return actor_id != target_id
