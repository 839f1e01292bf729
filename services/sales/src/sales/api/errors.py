"""How the sales service's domain errors answer (pipeline errors are the platform's)."""

from __future__ import annotations

from collections.abc import Mapping

from sales.domain import errors as e

ERROR_MAPPING: Mapping[type[Exception], tuple[int, str]] = {
    e.QuoteNotFoundError: (404, "quote_not_found"),
    e.InvoiceNotFoundError: (404, "invoice_not_found"),
    e.ClientNotFoundError: (404, "client_not_found"),
    e.ClientBlockedError: (409, "client_blocked"),
    e.ClientTrashedError: (409, "client_trashed"),
    e.ClientNotReadyError: (409, "client_not_ready"),
    e.QuoteStateError: (409, "quote_state"),
    e.QuoteExpiredError: (409, "quote_expired"),
    e.InvoiceStateError: (409, "invoice_state"),
    e.VatAttestationMissingError: (409, "vat_attestation_missing"),
    e.CompanyNotReadyError: (409, "company_not_ready"),
    e.NoRecipientError: (409, "no_recipient"),
    e.InvalidLineError: (422, "invalid_line"),
    e.InvalidQuoteError: (422, "invalid_quote"),
    e.InvalidInvoiceError: (422, "invalid_invoice"),
    e.InvalidPaymentError: (422, "invalid_payment"),
    e.InvalidCompanyError: (422, "invalid_company"),
}
