"""« Corriger l'adresse email »: the action a hard bounce of an email to a client creates for
the record's owner (FAQ « Mon email revient « not delivery » »)."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID, uuid5

from actions.domain.action import NewAction
from actions.domain.seeds import EMAIL_CORRECTION

_NAMESPACE = UUID("0f4d1c9a-6b1e-4f7a-8d35-2a9c7e5b3f10")


def correction_id(email_id: UUID) -> UUID:
    """One action per bounced email, whatever the number of DSNs or replays."""
    return uuid5(_NAMESPACE, f"email-correction/{email_id}")


def correction_note(address: str, status: str, diagnostic: str) -> str:
    note = f"L'email envoyé à {address} n'a pas pu être remis ({status})."
    if diagnostic:
        note += f" Réponse du serveur : {diagnostic}"
    return note + " Corrigez l'adresse sur la fiche du client."


def email_correction(
    *,
    email_id: UUID,
    tenant_id: UUID,
    client_id: UUID,
    client_name: str | None,
    owner_id: UUID | None,
    note: str,
    at: datetime,
) -> NewAction:
    """The action, due at once, assigned to the record's owner (unassigned when it has none)."""
    return NewAction(
        action_id=correction_id(email_id),
        client_id=client_id,
        client_name=client_name or "",
        client_pending=client_name is None,
        action_type_id=EMAIL_CORRECTION.id_for(tenant_id),
        type_name=EMAIL_CORRECTION.name,
        alert_at=at,
        note=note,
        assignee_id=owner_id,
    )
