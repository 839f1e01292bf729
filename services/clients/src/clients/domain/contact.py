"""Contact details: the rules a record's contact must follow, and how it is cleaned."""

from __future__ import annotations

import re
from typing import Any

from ouvrage_events.catalog.clients import Address, Contact

from clients.domain.errors import InvalidContactError
from clients.domain.text import MIN_PHONE_DIGITS, phone_digits

CIVILITIES = ("M.", "Mme", "Mlle", "Dr", "Me", "Société")
MAX_NAME = 120
MAX_NOTES = 10_000
MAX_ITEMS = 10
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_PHONE_CHARS = re.compile(r"^[0-9+ .()/-]+$")


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _check_emails(emails: list[str]) -> list[str]:
    cleaned = [e.strip() for e in emails if e.strip()]
    if len(cleaned) > MAX_ITEMS:
        raise InvalidContactError(f"Une fiche porte au plus {MAX_ITEMS} adresses e-mail.")
    for number, email in enumerate(cleaned, start=1):
        if len(email) > 254 or not _EMAIL.match(email):
            raise InvalidContactError(f"L'adresse e-mail n° {number} est invalide.")
    return cleaned


def _check_phones(phones: list[str]) -> list[str]:
    cleaned = [_clean(p) for p in phones if p.strip()]
    if len(cleaned) > MAX_ITEMS:
        raise InvalidContactError(f"Une fiche porte au plus {MAX_ITEMS} numéros de téléphone.")
    for number, phone in enumerate(cleaned, start=1):
        digits = phone_digits(phone)
        if not _PHONE_CHARS.match(phone) or not MIN_PHONE_DIGITS <= len(digits) <= 20:
            raise InvalidContactError(f"Le numéro de téléphone n° {number} est invalide.")
    return cleaned


def _check_names(last: str, first: str, company: str) -> None:
    if not (last or company):
        raise InvalidContactError("Une fiche doit porter un nom ou une raison sociale.")
    if max(len(last), len(first), len(company)) > MAX_NAME:
        raise InvalidContactError(f"Un nom fait au plus {MAX_NAME} caractères.")


def checked_contact(contact: Contact) -> Contact:
    """The contact with blanks trimmed; ``InvalidContactError`` if it breaks a rule."""
    last, first = _clean(contact.last_name), _clean(contact.first_name)
    company = _clean(contact.company_name)
    _check_names(last, first, company)
    civility = _clean(contact.civility) or None
    if civility is not None and civility not in CIVILITIES:
        raise InvalidContactError(
            "Civilité inconnue (valeurs admises : " + ", ".join(CIVILITIES) + ")."
        )
    if len(contact.notes) > MAX_NOTES:
        raise InvalidContactError(f"Les notes font au plus {MAX_NOTES} caractères.")
    address = contact.address
    return Contact(
        civility=civility,
        last_name=last,
        first_name=first,
        company_name=company or None,
        emails=_check_emails(list(contact.emails)),
        phones=_check_phones(list(contact.phones)),
        address=Address(
            street=_clean(address.street),
            postal_code=_clean(address.postal_code),
            city=_clean(address.city),
            country=_clean(address.country).upper() or "FR",
        ),
        notes=contact.notes.strip(),
    )


def merged_contact(current: Contact, changes: dict[str, Any]) -> Contact:
    """``current`` with the fields named in ``changes`` replaced (a partial edit)."""
    data = current.model_dump()
    if "address" in changes and changes["address"] is not None:
        data["address"] = {**data["address"], **changes["address"]}
    data.update({k: v for k, v in changes.items() if k != "address"})
    return Contact.model_validate(data)
