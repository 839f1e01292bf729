"""AEAD of personal field values and of data keys (envelope encryption), with ``cryptography``.

AES-256-GCM (``cryptography.hazmat.primitives.ciphers.aead.AESGCM``), a random 96-bit nonce per
value. A field's wire form is the string ``pd1:<base64url(nonce || ciphertext || tag)>``; the
associated data binds it to its subject and field (``<kind>:<subject id>:<event type>:<field>``),
so a ciphertext moved to another subject or field does not decrypt.
"""

from __future__ import annotations

import base64
import os
from typing import Any

import orjson
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

PREFIX = "pd1:"
WIRE_PATTERN = r"^pd1:[A-Za-z0-9_-]+$"
_NONCE = 12


class UnreadableValueError(ValueError):
    """A sealed value that does not authenticate under the key given."""


def new_data_key() -> bytes:
    return AESGCM.generate_key(bit_length=256)


def is_sealed(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(PREFIX)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def seal_value(key: AESGCM, value: Any, aad: bytes) -> str:
    nonce = os.urandom(_NONCE)
    return PREFIX + _b64(nonce + key.encrypt(nonce, orjson.dumps(value), aad))


def open_value(key: AESGCM, sealed: str, aad: bytes) -> Any:
    raw = _unb64(sealed[len(PREFIX) :])
    try:
        return orjson.loads(key.decrypt(raw[:_NONCE], raw[_NONCE:], aad))
    except InvalidTag as exc:
        raise UnreadableValueError("sealed value does not authenticate") from exc


class KeyWrapper:
    """Wraps data keys under the platform key (the key-encryption key)."""

    def __init__(self, platform_key: bytes) -> None:
        if len(platform_key) != 32:
            raise ValueError("the platform key must be 32 bytes (base64 in settings)")
        self._kek = AESGCM(platform_key)

    def wrap(self, data_key: bytes, aad: bytes) -> bytes:
        nonce = os.urandom(_NONCE)
        return nonce + self._kek.encrypt(nonce, data_key, aad)

    def unwrap(self, wrapped: bytes, aad: bytes) -> bytes:
        return self._kek.decrypt(wrapped[:_NONCE], wrapped[_NONCE:], aad)
