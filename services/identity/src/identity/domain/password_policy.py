"""The password policy, checked on every set and change; every failed rule is reported at once."""

from __future__ import annotations

import secrets
import string
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from identity.domain.errors import PasswordPolicyError

MIN_LENGTH = 10
MAX_LENGTH = 128
_MIN_LOCAL_PART = 3
_MIN_COMMON_BASE = 4


class PolicyRule(StrEnum):
    """A rule of the policy, as reported in the problem's ``failed_rules``."""

    MIN_LENGTH = "min_length"
    MAX_LENGTH = "max_length"
    UPPERCASE = "uppercase"
    DIGIT = "digit"
    SPECIAL = "special"
    NOT_CURRENT = "not_current"
    NOT_EMAIL = "not_email"
    NOT_COMMON = "not_common"


RULE_MESSAGES: dict[PolicyRule, str] = {
    PolicyRule.MIN_LENGTH: f"contenir au moins {MIN_LENGTH} caractères",
    PolicyRule.MAX_LENGTH: f"contenir au plus {MAX_LENGTH} caractères",
    PolicyRule.UPPERCASE: "contenir au moins une lettre majuscule",
    PolicyRule.DIGIT: "contenir au moins un chiffre",
    PolicyRule.SPECIAL: "contenir au moins un caractère spécial (par exemple @ ! €)",
    PolicyRule.NOT_CURRENT: "être différent du mot de passe actuel",
    PolicyRule.NOT_EMAIL: "ne pas contenir la partie de l'adresse email située avant le @",
    PolicyRule.NOT_COMMON: "ne pas être un mot de passe courant, facile à deviner",
}


def normalise(text: str) -> str:
    """The comparable form of a text: compatibility-normalised, case-folded, trimmed."""
    return unicodedata.normalize("NFKC", text).casefold().strip()


def _is_special(char: str) -> bool:
    # Any visible non-alphanumeric character: @ ! € « » ’ ¿ ... (letters with accents are letters).
    return not char.isalnum() and not char.isspace() and unicodedata.category(char)[0] != "C"


def _core(text: str) -> str:
    """The text without its leading and trailing digits and symbols: "azerty123!" -> "azerty"."""
    start, end = 0, len(text)
    while start < end and not text[start].isalpha():
        start += 1
    while end > start and not text[end - 1].isalpha():
        end -= 1
    return text[start:end]


def policy_message(failed: Iterable[PolicyRule]) -> str:
    """The French message listing every failed rule."""
    return "Le mot de passe doit : " + " ; ".join(RULE_MESSAGES[rule] for rule in failed) + "."


@dataclass(frozen=True)
class PasswordPolicy:
    """The rules; ``common_passwords`` holds normalised entries (see ``normalise``)."""

    common_passwords: frozenset[str]

    def failures(
        self, candidate: str, *, email: str | None = None, same_as_current: bool = False
    ) -> list[PolicyRule]:
        """Every rule ``candidate`` breaks, in a stable order (empty when it is acceptable)."""
        text = unicodedata.normalize("NFC", candidate)
        failed: list[PolicyRule] = []
        if len(text) < MIN_LENGTH:
            failed.append(PolicyRule.MIN_LENGTH)
        if len(text) > MAX_LENGTH:
            failed.append(PolicyRule.MAX_LENGTH)
        if not any(c.isupper() for c in text):
            failed.append(PolicyRule.UPPERCASE)
        if not any(c.isdecimal() for c in text):
            failed.append(PolicyRule.DIGIT)
        if not any(_is_special(c) for c in text):
            failed.append(PolicyRule.SPECIAL)
        if same_as_current:
            failed.append(PolicyRule.NOT_CURRENT)
        if email is not None and self._contains_local_part(text, email):
            failed.append(PolicyRule.NOT_EMAIL)
        if self.is_common(text):
            failed.append(PolicyRule.NOT_COMMON)
        return failed

    def check(
        self, candidate: str, *, email: str | None = None, same_as_current: bool = False
    ) -> None:
        """Raise ``PasswordPolicyError`` naming every failed rule."""
        failed = self.failures(candidate, email=email, same_as_current=same_as_current)
        if failed:
            raise PasswordPolicyError(
                policy_message(failed), failed_rules=[str(rule) for rule in failed]
            )

    def is_common(self, candidate: str) -> bool:
        """In the list as typed, or once stripped of the digits and symbols around a word."""
        typed = normalise(candidate)
        if typed in self.common_passwords:
            return True
        core = _core(typed)
        return len(core) >= _MIN_COMMON_BASE and core in self.common_passwords

    @staticmethod
    def _contains_local_part(candidate: str, email: str) -> bool:
        local = normalise(email.rsplit("@", 1)[0])
        return len(local) >= _MIN_LOCAL_PART and local in normalise(candidate)


_SPECIALS = "@!€#$%&*?+=-_"
_ALPHABET = string.ascii_letters + string.digits + _SPECIALS


def generate_password(policy: PasswordPolicy, length: int = 16) -> str:
    """A random password that satisfies ``policy`` (for a one-time initial password)."""
    while True:
        chars = [
            secrets.choice(string.ascii_uppercase),
            secrets.choice(string.ascii_lowercase),
            secrets.choice(string.digits),
            secrets.choice(_SPECIALS),
            *(secrets.choice(_ALPHABET) for _ in range(length - 4)),
        ]
        # Fisher-Yates with a CSPRNG, so the required classes are not always in front.
        for i in range(len(chars) - 1, 0, -1):
            j = secrets.randbelow(i + 1)
            chars[i], chars[j] = chars[j], chars[i]
        candidate = "".join(chars)
        if not policy.failures(candidate):
            return candidate
