"""The signing keys' encryption at rest: round trip, wrong KEK, KEK rotation, legacy rows."""

from __future__ import annotations

import pytest
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from identity.adapters.key_encryption import (
    KeyCipher,
    KeyEncryptionError,
    development_kek,
    parse_keks,
)


@pytest.fixture(scope="module")
def pem() -> str:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()


def test_round_trip_stores_no_pem_text(pem: str) -> None:
    cipher = KeyCipher([Fernet.generate_key()])
    stored = cipher.encrypt(pem)
    assert "PRIVATE KEY" not in stored and pem not in stored
    assert cipher.decrypt(stored) == pem
    assert not cipher.needs_rewrite(stored)


def test_a_wrong_kek_cannot_decrypt_and_the_error_shows_no_key(pem: str) -> None:
    right, wrong = Fernet.generate_key(), Fernet.generate_key()
    stored = KeyCipher([right]).encrypt(pem)
    with pytest.raises(KeyEncryptionError) as raised:
        KeyCipher([wrong]).decrypt(stored)
    message = str(raised.value)
    assert "IDENTITY_KEY_ENCRYPTION_KEY" in message
    for secret in (right.decode(), wrong.decode(), stored):
        assert secret not in message


def test_kek_rotation_decrypts_with_the_old_key_and_rewrites_under_the_first(pem: str) -> None:
    old, new = Fernet.generate_key(), Fernet.generate_key()
    stored_under_old = KeyCipher([old]).encrypt(pem)
    rotated = KeyCipher([new, old])
    assert rotated.decrypt(stored_under_old) == pem
    assert rotated.needs_rewrite(stored_under_old)
    rewritten = rotated.rewrite(stored_under_old)
    assert not rotated.needs_rewrite(rewritten)
    # Once rewritten, the old key can be dropped from the setting.
    assert KeyCipher([new]).decrypt(rewritten) == pem
    with pytest.raises(KeyEncryptionError):
        KeyCipher([old]).decrypt(rewritten)
    # New keys are encrypted under the first KEK only.
    assert KeyCipher([new]).decrypt(rotated.encrypt(pem)) == pem


def test_a_legacy_plaintext_pem_is_read_and_marked_for_rewriting(pem: str) -> None:
    cipher = KeyCipher([Fernet.generate_key()])
    assert cipher.decrypt(pem) == pem
    assert cipher.needs_rewrite(pem)
    assert cipher.decrypt(cipher.rewrite(pem)) == pem
    assert "PRIVATE KEY" not in cipher.rewrite(pem)


def test_the_setting_lists_keys_comma_separated_first_one_first() -> None:
    first, second = Fernet.generate_key(), Fernet.generate_key()
    assert parse_keks(f" {first.decode()} ,{second.decode()},") == [first, second]
    with pytest.raises(KeyEncryptionError):
        parse_keks(" , ")


def test_a_malformed_kek_is_refused_without_echoing_it() -> None:
    with pytest.raises(KeyEncryptionError) as raised:
        KeyCipher([b"not-a-fernet-key-s3cr3t"])
    assert "Fernet key" in str(raised.value)
    assert "s3cr3t" not in str(raised.value)


def test_the_development_kek_is_a_fixed_valid_fernet_key(pem: str) -> None:
    assert development_kek() == development_kek()
    dev = KeyCipher([development_kek()], development=True)
    assert dev.development
    assert KeyCipher([development_kek()]).decrypt(dev.encrypt(pem)) == pem
