"""Domain errors: each carries the French message shown to the user (no personal data)."""

from __future__ import annotations

from uuid import UUID


class SalesError(Exception):
    """Base of the sales domain errors; ``str(error)`` is the French message."""


class QuoteNotFoundError(SalesError, LookupError):
    def __init__(self, quote_id: UUID | None = None) -> None:
        super().__init__("Devis introuvable.")
        self.quote_id = quote_id


class InvoiceNotFoundError(SalesError, LookupError):
    def __init__(self, invoice_id: UUID | None = None) -> None:
        super().__init__("Facture introuvable.")
        self.invoice_id = invoice_id


class ClientBlockedError(SalesError):
    """Commercial management is blocked for the client (clients' ``ClientBlocked``)."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"La gestion commerciale de ce client est bloquée : {reason}")
        self.reason = reason


class ClientTrashedError(SalesError):
    def __init__(self) -> None:
        super().__init__("Cette fiche client est dans la corbeille : restaurez-la d'abord.")


class ClientNotReadyError(SalesError):
    """The client's registration has not reached this service yet: retry shortly."""

    def __init__(self) -> None:
        super().__init__(
            "Cette fiche client n'est pas encore connue de la gestion commerciale : "
            "réessayez dans quelques instants."
        )


class ClientNotFoundError(SalesError, LookupError):
    def __init__(self) -> None:
        super().__init__("Fiche client introuvable.")


class InvalidLineError(SalesError, ValueError):
    """A quote line breaks a rule (the message says which)."""


class InvalidQuoteError(SalesError, ValueError):
    """A quote's dates or attestation break a rule (the message says which)."""


class VatAttestationMissingError(SalesError):
    def __init__(self) -> None:
        super().__init__(
            "Les taux réduits de TVA (10 % et 5,5 %) exigent l'attestation du client : "
            "enregistrez-la sur le devis."
        )


class QuoteStateError(SalesError):
    """The quote's state does not allow the command (the message says why)."""


class QuoteExpiredError(SalesError):
    def __init__(self) -> None:
        super().__init__("Ce devis a dépassé sa date de validité : faites-en une révision.")


class InvalidInvoiceError(SalesError, ValueError):
    """The invoice asked for is not possible (the message says why)."""


class InvoiceStateError(SalesError):
    """The invoice's state does not allow the command (the message says why)."""


class InvalidPaymentError(SalesError, ValueError):
    """The payment is not acceptable (the message says why)."""


class InvalidCompanyError(SalesError, ValueError):
    """The company's legal mentions break a rule (the message says which)."""


class CompanyNotReadyError(SalesError):
    def __init__(self) -> None:
        super().__init__(
            "Renseignez d'abord les mentions légales de l'entreprise (SIRET, TVA, assurance "
            "décennale) dans les paramètres de la gestion commerciale."
        )


class NoRecipientError(SalesError):
    def __init__(self) -> None:
        super().__init__("Ce client n'a pas d'adresse e-mail : renseignez-la sur sa fiche.")
