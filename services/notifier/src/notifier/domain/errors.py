"""Domain errors; their messages are the French ``detail`` of the HTTP problem."""

from __future__ import annotations


class NotifierError(Exception):
    """Base of the notifier's domain errors."""


class AlertNotFoundError(NotifierError):
    def __init__(self) -> None:
        super().__init__("Cette alerte est introuvable.")


class InvalidDomainError(NotifierError):
    def __init__(self) -> None:
        super().__init__("Ce nom de domaine n'est pas valide (exemple attendu : masociete.com).")


class SenderDomainNotFoundError(NotifierError):
    def __init__(self, domain: str) -> None:
        super().__init__(f"Le domaine {domain} n'est pas un domaine d'envoi de votre entreprise.")


class EmailAlreadySentError(NotifierError):
    def __init__(self) -> None:
        super().__init__("Cet email a déjà été envoyé : il ne sera pas renvoyé.")


class EmailNotFoundError(NotifierError):
    def __init__(self) -> None:
        super().__init__("Cet email est introuvable.")
