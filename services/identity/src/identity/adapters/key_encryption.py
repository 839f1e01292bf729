"""Encryption at rest of the signing keys' private PEM with a key-encryption key (KEK).

The KEK is one or more Fernet keys (``IDENTITY_KEY_ENCRYPTION_KEY``, comma-separated): the first
encrypts, every one decrypts, so the KEK is rotated by putting the new key first and keeping the
old one listed until identity has restarted once (the start re-encrypts under the first key).
Rows written before encryption existed hold the PEM itself: they are still read, and re-encrypted
at the next start.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

_PEM_PREFIX = "-----BEGIN "
# Not a secret: it only keeps a developer's database from holding plaintext keys. Production
# refuses to start without a real KEK (settings), so this one never protects real data.
_DEVELOPMENT_SEED = b"ouvrage-identity development key-encryption key (not secret)"


class KeyEncryptionError(RuntimeError):
    """A stored signing key cannot be decrypted, or the KEK setting is malformed.

    The message names the setting, never a key or a stored value.
    """


def development_kek() -> bytes:
    """The fixed Fernet key used in development and tests when no KEK is configured."""
    return base64.urlsafe_b64encode(hashlib.sha256(_DEVELOPMENT_SEED).digest())


def parse_keks(setting: str) -> list[bytes]:
    """The Fernet keys of a comma-separated setting, in order (the first one encrypts)."""
    keys = [part.strip().encode() for part in setting.split(",") if part.strip()]
    if not keys:
        raise KeyEncryptionError("IDENTITY_KEY_ENCRYPTION_KEY lists no key")
    return keys


class KeyCipher:
    """Encrypts private PEMs under the first KEK; decrypts under any, or reads a legacy PEM."""

    def __init__(self, keys: Sequence[bytes], *, development: bool = False) -> None:
        if not keys:
            raise KeyEncryptionError("IDENTITY_KEY_ENCRYPTION_KEY lists no key")
        try:
            fernets = [Fernet(key) for key in keys]
        except (ValueError, TypeError):
            raise KeyEncryptionError(
                "IDENTITY_KEY_ENCRYPTION_KEY: every key must be a Fernet key "
                "(32 url-safe base64-encoded bytes, see Fernet.generate_key())"
            ) from None
        self._primary = fernets[0]
        self._all = MultiFernet(fernets)
        self.development = development

    def encrypt(self, pem: str) -> str:
        """The stored form of a private PEM (a Fernet token, ASCII)."""
        return self._all.encrypt(pem.encode()).decode()

    def decrypt(self, stored: str) -> str:
        """The private PEM of a stored value (a legacy plaintext PEM is returned as is)."""
        if is_plaintext(stored):
            return stored
        try:
            return self._all.decrypt(stored.encode()).decode()
        except InvalidToken:
            raise KeyEncryptionError(
                "a signing key cannot be decrypted with IDENTITY_KEY_ENCRYPTION_KEY "
                "(wrong key, or the key that encrypted it is no longer listed)"
            ) from None

    def needs_rewrite(self, stored: str) -> bool:
        """Whether a stored value is plaintext or not encrypted under the first KEK."""
        if is_plaintext(stored):
            return True
        try:
            self._primary.decrypt(stored.encode())
        except InvalidToken:
            return True
        return False

    def rewrite(self, stored: str) -> str:
        """``stored`` encrypted under the first KEK (from plaintext or from an older KEK)."""
        return self.encrypt(self.decrypt(stored))


def is_plaintext(stored: str) -> bool:
    return stored.lstrip().startswith(_PEM_PREFIX)
