"""Domain refusals; each message is French and safe to show (no secret, no personal data)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class IdentityError(Exception):
    """Base of identity's refusals; ``details`` adds machine-readable context."""

    default_message = "La demande a été refusée."

    def __init__(self, message: str | None = None, **details: Any) -> None:
        super().__init__(message or self.default_message)
        self.details: Mapping[str, Any] = details


class InvalidCredentialsError(IdentityError):
    default_message = "Identifiants invalides."


class InvalidRefreshTokenError(IdentityError):
    default_message = "La session a expiré ou a été révoquée : reconnectez-vous."


class PasswordPolicyError(IdentityError):
    default_message = "Le mot de passe ne respecte pas les règles."


class CurrentPasswordRequiredError(IdentityError):
    default_message = "Saisissez votre mot de passe actuel pour le changer."


class CurrentPasswordIncorrectError(IdentityError):
    default_message = "Le mot de passe actuel est incorrect."


class UserNotFoundError(IdentityError):
    default_message = "Utilisateur introuvable."


class TenantNotFoundError(IdentityError):
    default_message = "Société introuvable."


class EmailAlreadyUsedError(IdentityError):
    default_message = "Cette adresse email est déjà utilisée par un autre compte."


class InvalidEmailError(IdentityError):
    default_message = "L'adresse email est invalide."


class InvalidNameError(IdentityError):
    default_message = "Le nom est obligatoire (100 caractères au plus)."


class InvalidPhoneError(IdentityError):
    default_message = (
        "Le téléphone ne peut contenir que des chiffres, des espaces et + . - ( ) "
        "(30 caractères au plus)."
    )


class InvalidSignatureError(IdentityError):
    default_message = "La signature des emails compte 2 000 caractères au plus."


class InvalidTimezoneError(IdentityError):
    default_message = "Le fuseau horaire est inconnu (exemple : Europe/Paris)."


class SenderEmailRequiredError(IdentityError):
    default_message = (
        "L'adresse d'expédition des emails ne peut pas être effacée, seulement changée."
    )


class UnknownPermissionError(IdentityError):
    default_message = "Permission inconnue."


class GrantNotAllowedError(IdentityError):
    default_message = "Vous ne pouvez pas accorder ou retirer ces droits."


class LastAdministratorError(IdentityError):
    default_message = "La société doit garder au moins un administrateur actif."


class UserDeactivatedError(IdentityError):
    default_message = "Ce compte utilisateur est désactivé."


class SelfDeactivationError(IdentityError):
    default_message = "Vous ne pouvez pas désactiver votre propre compte."


class UnknownNotificationKindError(IdentityError):
    default_message = "Type de notification inconnu."


class InvalidChannelError(IdentityError):
    default_message = "Canal de notification inconnu : « alert » ou « email »."


class AccountAuthorityError(IdentityError):
    default_message = (
        "Vous ne pouvez pas agir sur le compte d'un utilisateur plus habilité que vous."
    )


class ActorDeactivatedError(IdentityError):
    default_message = "Votre compte est désactivé : cette action vous est refusée."


class SecurityNotificationsRequiredError(IdentityError):
    default_message = (
        "Les notifications « Sécurité de mon compte » ne peuvent pas être désactivées : "
        "gardez au moins un canal (alerte ou email)."
    )


class PasswordChangeRequiredError(IdentityError):
    default_message = (
        "Votre mot de passe a été réinitialisé par un gestionnaire : choisissez-en un nouveau "
        "avant de continuer."
    )


class HasherBusyError(IdentityError):
    default_message = "Le service est momentanément saturé : réessayez dans un instant."


class ForbiddenError(IdentityError):
    default_message = "Vous n'avez pas le droit de modifier ce compte."
