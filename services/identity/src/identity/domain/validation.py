"""Checks and normal forms of the simple values identity stores: emails, names, time zones."""

from __future__ import annotations

import re
import unicodedata
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from identity.domain.errors import (
    InvalidEmailError,
    InvalidNameError,
    InvalidPhoneError,
    InvalidSignatureError,
    InvalidTimezoneError,
)

MAX_EMAIL_LENGTH = 254
MAX_NAME_LENGTH = 100
MAX_PHONE_LENGTH = 30
MAX_SIGNATURE_LENGTH = 2000
_PHONE = re.compile(r"^[0-9+().\- ]*$")
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s.]{2,}$")


def normalise_email(raw: str) -> str:
    """The stored form of an email (trimmed, lower-case); ``InvalidEmailError`` when malformed."""
    email = unicodedata.normalize("NFC", raw).strip().lower()
    if len(email) > MAX_EMAIL_LENGTH or not _EMAIL.match(email) or ".." in email:
        raise InvalidEmailError()
    return email


def clean_name(raw: str) -> str:
    """A person's or company's name, trimmed; ``InvalidNameError`` when empty or too long."""
    name = " ".join(unicodedata.normalize("NFC", raw).split())
    if not name or len(name) > MAX_NAME_LENGTH:
        raise InvalidNameError()
    return name


def clean_phone(raw: str) -> str:
    """A phone number as typed (blanks collapsed), possibly empty; ``InvalidPhoneError`` when
    it holds anything but digits, blanks and + . - ( )."""
    phone = " ".join(raw.split())
    if len(phone) > MAX_PHONE_LENGTH or not _PHONE.match(phone):
        raise InvalidPhoneError()
    return phone


def clean_signature(raw: str) -> str:
    """The email signature: its lines kept, trailing blanks dropped; at most 2,000 characters."""
    lines = [line.rstrip() for line in unicodedata.normalize("NFC", raw).strip().splitlines()]
    signature = "\n".join(lines)
    if len(signature) > MAX_SIGNATURE_LENGTH:
        raise InvalidSignatureError()
    return signature


def check_timezone(name: str) -> str:
    """An IANA time zone name (e.g. Europe/Paris); ``InvalidTimezoneError`` otherwise."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InvalidTimezoneError() from exc
    return name
