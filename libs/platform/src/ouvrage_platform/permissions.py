"""The permissions a user can hold, shared by every service (claim `perms` of the token)."""

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType


class Permission(StrEnum):
    """A permission code, as carried in the token's `perms` claim."""

    USERS_MANAGE = "users.manage"
    SETTINGS_MANAGE = "settings.manage"
    CLIENTS_WRITE = "clients.write"
    CLIENTS_BLOCK = "clients.block"
    PLANNING_MANAGE = "planning.manage"
    SALES_QUOTE = "sales.quote"
    SALES_INVOICE = "sales.invoice"
    SALES_PAYMENT = "sales.payment"
    ACTIONS_MANAGE = "actions.manage"
    PERSONAL_DATA_MANAGE = "personal_data.manage"


PERMISSION_LABELS: Mapping[str, str] = MappingProxyType(
    {
        Permission.USERS_MANAGE.value: "Paramétrer les comptes utilisateurs",
        Permission.SETTINGS_MANAGE.value: "Paramétrer l'application",
        Permission.CLIENTS_WRITE.value: "Créer et modifier les fiches clients",
        Permission.CLIENTS_BLOCK.value: "Bloquer la gestion commerciale",
        Permission.PLANNING_MANAGE.value: "Gérer le planning",
        Permission.SALES_QUOTE.value: "Faire et envoyer des devis",
        Permission.SALES_INVOICE.value: "Émettre et envoyer des factures et des avoirs",
        Permission.SALES_PAYMENT.value: "Enregistrer les paiements des clients",
        Permission.ACTIONS_MANAGE.value: "Gérer les actions de tous les collaborateurs",
        Permission.PERSONAL_DATA_MANAGE.value: "Gérer les données personnelles",
    }
)

PERMISSIONS: frozenset[str] = frozenset(PERMISSION_LABELS)
