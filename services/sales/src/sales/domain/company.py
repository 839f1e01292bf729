"""The company's legal mentions printed on quotes and invoices (one profile per tenant).

Building trades must print their ten-year liability insurer and its geographical coverage on
quotes and invoices (loi Pinel 2014, art. L243-2 code des assurances); invoices carry the SIRET,
the VAT number, the payment terms, the late-payment penalty rate and the 40 € recovery indemnity
(code de commerce L441-9 and D441-5).
"""

from __future__ import annotations

import re
from uuid import NAMESPACE_URL, UUID, uuid5

import ouvrage_events as es
from ouvrage_events.catalog.sales import CompanyMentions, CompanyProfileChanged

from sales.domain.errors import CompanyNotReadyError, InvalidCompanyError

DEFAULT_PENALTY = (
    "taux d'intérêt de la Banque centrale européenne à son opération de refinancement la plus "
    "récente, majoré de 10 points"
)
RECOVERY_INDEMNITY = (
    "Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 €"
)
_SIRET = re.compile(r"^\d{14}$")
_VAT = re.compile(r"^FR[0-9A-Z]{2}\d{9}$")


def profile_id(tenant_id: UUID) -> UUID:
    """The stream id of a tenant's company profile (derived from its id)."""
    return uuid5(NAMESPACE_URL, f"urn:ouvrage:sales:company:{tenant_id}")


def checked_mentions(profile: CompanyMentions) -> CompanyMentions:
    """The profile with spaces cleaned, if its legal identifiers are well formed."""
    siret = profile.siret.replace(" ", "")
    vat = profile.vat_number.replace(" ", "").upper()
    if not profile.name.strip():
        raise InvalidCompanyError("Indiquez la raison sociale de l'entreprise.")
    if not profile.insurer.strip() or not profile.insurance_coverage.strip():
        raise InvalidCompanyError(
            "Indiquez l'assureur de la garantie décennale et sa couverture géographique."
        )
    if not _SIRET.match(siret):
        raise InvalidCompanyError("Le SIRET compte 14 chiffres.")
    if vat and not _VAT.match(vat):
        raise InvalidCompanyError("Le numéro de TVA intracommunautaire a la forme FR00123456789.")
    if not 0 <= profile.payment_days <= 60:
        raise InvalidCompanyError("Le délai de paiement est de 60 jours au plus.")
    return profile.model_copy(
        update={
            "name": " ".join(profile.name.split()),
            "siret": siret,
            "vat_number": vat,
            "late_penalty_rate": profile.late_penalty_rate.strip() or DEFAULT_PENALTY,
        }
    )


class CompanyProfile(es.Aggregate):
    stream_type = "sales_company"

    def __init__(self, aggregate_id: UUID) -> None:
        super().__init__(aggregate_id)
        self.mentions: CompanyMentions | None = None

    def change(self, mentions: CompanyMentions) -> None:
        """Replace the mentions (nothing recorded when they do not change)."""
        checked = checked_mentions(mentions)
        if checked != self.mentions:
            self.record(CompanyProfileChanged(mentions=checked))

    def ready(self) -> CompanyMentions:
        """The mentions, required before a quote or invoice is printed or issued."""
        if self.mentions is None:
            raise CompanyNotReadyError()
        return self.mentions

    def when_CompanyProfileChanged(self, e: CompanyProfileChanged) -> None:
        self.mentions = e.mentions
