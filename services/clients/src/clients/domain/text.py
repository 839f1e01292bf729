"""Text normalisation shared by search and duplicate detection: accents and case folded."""

from __future__ import annotations

import re

from unidecode import unidecode

_WORD = re.compile(r"[a-z0-9]+")
_NON_DIGIT = re.compile(r"\D+")
MIN_PHONE_DIGITS = 6


def fold(text: str) -> str:
    """Lower case, accents and ligatures folded to ASCII: « Pavière Œuvre » -> paviere oeuvre."""
    return unidecode(text).lower()


def words(text: str) -> list[str]:
    """The folded alphanumeric words of ``text``, in order."""
    return _WORD.findall(fold(text))


def phone_digits(phone: str) -> str:
    """A phone number as national digits: ``+33 6 12 34 56 78`` -> ``0612345678``."""
    digits = _NON_DIGIT.sub("", phone)
    if phone.strip().startswith("+33") or digits.startswith("0033"):
        national = digits.removeprefix("00").removeprefix("33")
        digits = "0" + national.removeprefix("0")  # « +33 (0)6 … » is written too
    return digits


def email_key(email: str) -> str:
    """An e-mail address as compared: trimmed, folded."""
    return fold(email.strip())
