"""Domain errors: each message is French and shown to the user as the problem's ``detail``."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID


class ActionsError(Exception):
    """Base of the refusals of this service; ``str(error)`` is the French user-facing message."""


class ActionTypeNotFoundError(ActionsError):
    def __init__(self, action_type_id: UUID) -> None:
        super().__init__(f"Type d'action introuvable : {action_type_id}.")


class ActionNotFoundError(ActionsError):
    def __init__(self, action_id: UUID) -> None:
        super().__init__(f"Action introuvable : {action_id}.")


class ClientNotFoundError(ActionsError):
    def __init__(self, client_id: UUID) -> None:
        super().__init__(f"Fiche client introuvable : {client_id}.")


class ClientTrashedError(ActionsError):
    def __init__(self) -> None:
        super().__init__(
            "Cette fiche client est dans la corbeille : restaurez-la avant d'y créer une action."
        )


class InvalidUsersError(ActionsError):
    """An assignee or a colleague to share with is not an active user of the company."""

    def __init__(self, user_ids: list[UUID]) -> None:
        listed = ", ".join(str(u) for u in user_ids)
        super().__init__(
            f"Ces collaborateurs ne sont pas des utilisateurs actifs de votre société : {listed}."
        )
        self.user_ids = user_ids


class ActionChangeForbiddenError(ActionsError):
    def __init__(self) -> None:
        super().__init__(
            "Seuls l'auteur de l'action, son destinataire, les collaborateurs informés ou un "
            "utilisateur ayant le droit « Gérer les actions de tous les collaborateurs » "
            "peuvent la modifier."
        )


class InvalidNameError(ActionsError):
    def __init__(self) -> None:
        super().__init__("Le nom du type d'action est obligatoire.")


class ActionTypeNameTakenError(ActionsError):
    def __init__(self, name: str) -> None:
        super().__init__(f"Un type d'action nommé « {name} » existe déjà.")


class ActionTypeRetiredError(ActionsError):
    def __init__(self, name: str) -> None:
        super().__init__(f"Le type d'action « {name} » est retiré : il ne peut plus servir.")


class InvalidResponseError(ActionsError):
    def __init__(self) -> None:
        super().__init__("La réponse est obligatoire.")


class ResponseExistsError(ActionsError):
    def __init__(self, response: str) -> None:
        super().__init__(f"La réponse « {response} » existe déjà pour ce type d'action.")


class ResponseNotFoundError(ActionsError):
    def __init__(self, response: str) -> None:
        super().__init__(f"La réponse « {response} » n'existe pas pour ce type d'action.")


class ResponseNotAllowedError(ActionsError):
    def __init__(self, response: str, allowed: list[str]) -> None:
        choices = ", ".join(f"« {r} »" for r in allowed) or "aucune réponse n'est paramétrée"
        super().__init__(
            f"« {response} » n'est pas une réponse possible de ce type d'action ({choices})."
        )


class ActionClosedError(ActionsError):
    def __init__(self, status: str) -> None:
        label = {"completed": "terminée", "cancelled": "annulée"}.get(status, status)
        super().__init__(f"Cette action est {label} : elle ne peut plus être modifiée.")


class NothingToChangeError(ActionsError):
    def __init__(self) -> None:
        super().__init__("Rien à modifier : indiquez une nouvelle date d'alerte ou une note.")


class NonexistentLocalTimeError(ActionsError):
    def __init__(self, local: datetime, timezone: str) -> None:
        super().__init__(
            f"L'heure {local:%d/%m/%Y %H:%M} n'existe pas dans le fuseau {timezone} "
            "(passage à l'heure d'été) : choisissez une autre heure."
        )


class UnknownTimezoneError(ActionsError):
    def __init__(self, timezone: str) -> None:
        super().__init__(f"Fuseau horaire inconnu : {timezone}.")


class NotDueError(ActionsError):
    """The scheduler's ``mark_due`` had nothing to record (closed, not yet due, already due)."""

    def __init__(self) -> None:
        super().__init__("L'alerte de cette action n'est pas à déclencher.")


class FollowUpRuleNotFoundError(ActionsError):
    def __init__(self, rule_id: UUID) -> None:
        super().__init__(f"Règle de relance introuvable : {rule_id}.")


class FollowUpRuleDeletedError(ActionsError):
    def __init__(self) -> None:
        super().__init__("Cette règle de relance a été supprimée.")


class InvalidFollowUpRuleError(ActionsError):
    """A follow-up rule that cannot run (blank name, delay out of range, wrong cancellation)."""
