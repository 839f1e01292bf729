"""Domain errors: each carries the French message shown to the user (no personal data)."""

from __future__ import annotations

from uuid import UUID


class ClientsError(Exception):
    """Base of the clients domain errors; ``str(error)`` is the French message."""


class ClientNotFoundError(ClientsError, LookupError):
    def __init__(self, client_id: UUID | None = None) -> None:
        super().__init__("Fiche client introuvable.")
        self.client_id = client_id


class ClientTrashedError(ClientsError):
    def __init__(self) -> None:
        super().__init__("Cette fiche est dans la corbeille : restaurez-la avant de la modifier.")


class ClientErasedError(ClientsError):
    def __init__(self) -> None:
        super().__init__("Les données personnelles de cette fiche ont été effacées.")


class ClientNotTrashedError(ClientsError):
    def __init__(self) -> None:
        super().__init__("Cette fiche n'est pas dans la corbeille.")


class InvalidContactError(ClientsError, ValueError):
    """The contact details break a rule (the message says which, never echoing a value)."""


class InvalidBlockReasonError(ClientsError, ValueError):
    def __init__(self) -> None:
        super().__init__("Indiquez la raison du blocage de la gestion commerciale.")


class InvalidDuplicateError(ClientsError, ValueError):
    """The record named as the original of a duplicate cannot be one."""


class UnknownStatusError(ClientsError, LookupError):
    def __init__(self, code: str) -> None:
        super().__init__(f"Statut inconnu : « {code} ».")
        self.code = code


class InvalidStatusError(ClientsError, ValueError):
    """A new status's code or label is not acceptable."""


class StatusAlreadyDefinedError(ClientsError):
    def __init__(self, code: str) -> None:
        super().__init__(f"Le statut « {code} » existe déjà.")
        self.code = code


class TrashStatusExistsError(ClientsError):
    def __init__(self) -> None:
        super().__init__(
            "La Corbeille existe déjà dans la liste des statuts : un autre statut ne peut pas "
            "jouer son rôle."
        )


class AlreadyClientError(ClientsError):
    def __init__(self) -> None:
        super().__init__("Cette fiche est déjà celle d'un client.")
