"""Crypto-shredding of personal data in events (docs/decisions.md, « Crypto-shredding »)."""

from ouvrage_events.privacy.boundary import (
    configure,
    keystore,
    open_all,
    open_envelope,
    prefetch,
    seal,
    seal_ahead,
)
from ouvrage_events.privacy.cipher import PREFIX, WIRE_PATTERN, is_sealed
from ouvrage_events.privacy.marks import (
    ERASED_PERSON,
    ERASED_USER,
    Personal,
    client_name,
    personal_fields,
    user_name,
)

__all__ = [
    "ERASED_PERSON",
    "ERASED_USER",
    "PREFIX",
    "WIRE_PATTERN",
    "Personal",
    "client_name",
    "configure",
    "is_sealed",
    "keystore",
    "open_all",
    "open_envelope",
    "personal_fields",
    "prefetch",
    "seal",
    "seal_ahead",
    "user_name",
]
