"""Domain errors; their message is the French text shown to the user."""

from __future__ import annotations

from collections.abc import Iterable
from uuid import UUID


class PlanningError(Exception):
    """Base of every refusal of the planning domain."""

    message = "Opération refusée."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.message)


class WorksiteNotFoundError(PlanningError):
    message = "Ce chantier est introuvable."


class InterventionNotFoundError(PlanningError):
    message = "Cette intervention est introuvable."


class SavTicketNotFoundError(PlanningError):
    message = "Ce SAV est introuvable."


class ClientNotFoundError(PlanningError):
    message = "Ce client est introuvable."


class OperatorNotFoundError(PlanningError):
    message = "Cet opérateur est introuvable."


class ClientTrashedError(PlanningError):
    message = "Ce client est dans la corbeille : restaurez-le avant de le planifier."


class WorksiteClosedError(PlanningError):
    message = "Ce chantier est clôturé : il ne peut plus être modifié."


class InterventionLockedError(PlanningError):
    message = "Cette intervention est verrouillée : déverrouillez-la avant de la modifier."


class InvalidSlotError(PlanningError):
    message = "La fin de l'intervention doit être postérieure à son début."


class InvalidPeriodError(PlanningError):
    message = "La date de début de la période doit précéder sa date de fin."


class InvalidWeekError(PlanningError):
    message = "La semaine doit être au format ISO, par exemple 2026-W49."


class BlankFieldError(PlanningError):
    def __init__(self, field: str) -> None:
        super().__init__(f"Le champ « {field} » est obligatoire.")
        self.field = field


class NothingToChangeError(PlanningError):
    message = "Indiquez un nouveau créneau ou de nouveaux opérateurs."


class UnknownOperatorError(PlanningError):
    def __init__(self, operator_ids: Iterable[UUID]) -> None:
        self.operator_ids = sorted(operator_ids, key=str)
        listed = ", ".join(str(i) for i in self.operator_ids)
        super().__init__(
            "Ces personnes ne sont pas des opérateurs actifs du planning de votre société "
            f"(utilisateurs marqués « opérateur ») : {listed}."
        )


class UnknownRecipientError(PlanningError):
    message = "Le destinataire doit être un utilisateur actif de votre société."


class UnknownCatalogTaskError(PlanningError):
    message = "Cette tâche ne figure pas dans le catalogue des tâches de votre société."


class TaskAlreadyInCatalogError(PlanningError):
    def __init__(self, name: str) -> None:
        super().__init__(f"La tâche « {name} » figure déjà dans le catalogue.")


class TaskAlreadyOnWorksiteError(PlanningError):
    def __init__(self, name: str) -> None:
        super().__init__(f"La tâche « {name} » est déjà affectée à ce chantier.")


class SavArchivedError(PlanningError):
    message = "Ce SAV est archivé : il ne peut plus recevoir d'observation."


class SheetTooLargeError(PlanningError):
    message = "La fiche de chantier est trop volumineuse pour être envoyée par email."


def require_text(value: str, field: str) -> str:
    """The text stripped of surrounding blanks; BlankFieldError when nothing is left."""
    cleaned = value.strip()
    if not cleaned:
        raise BlankFieldError(field)
    return cleaned


class WorksiteAlreadyAcceptedError(PlanningError):
    message = "Ce chantier a déjà été réceptionné."


class WorksiteNotAcceptedError(PlanningError):
    message = "Ce chantier n'a pas encore été réceptionné."


class ReserveNotFoundError(PlanningError):
    message = "Cette réserve est introuvable sur ce chantier."


class ReserveAlreadyLiftedError(PlanningError):
    message = "Cette réserve est déjà levée."


class LiftBeforeAcceptanceError(PlanningError):
    message = "Une réserve ne peut pas être levée avant la date de réception."


class SavWorksiteMismatchError(PlanningError):
    message = "Ce chantier n'est pas celui de ce client."


class DisorderRequiredError(PlanningError):
    message = "Précisez la nature du désordre (finition, équipement ou structure)."
