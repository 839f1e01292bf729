"""The AEAD of personal values and the wire schema of personal fields."""

from __future__ import annotations

import re

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from ouvrage_events.catalog.clients import ClientRegistered
from ouvrage_events.contract.schema import json_schema
from ouvrage_events.privacy import cipher


def test_a_sealed_value_opens_only_with_its_key_and_associated_data() -> None:
    key = AESGCM(cipher.new_data_key())
    sealed = cipher.seal_value(key, {"emails": ["rose@exemple.fr"]}, b"client:1:T:contact")
    assert re.match(cipher.WIRE_PATTERN, sealed) and "rose" not in sealed
    assert cipher.open_value(key, sealed, b"client:1:T:contact") == {"emails": ["rose@exemple.fr"]}
    with pytest.raises(cipher.UnreadableValueError):
        cipher.open_value(key, sealed, b"client:2:T:contact")
    with pytest.raises(cipher.UnreadableValueError):
        cipher.open_value(AESGCM(cipher.new_data_key()), sealed, b"client:1:T:contact")


def test_wrapped_data_keys_need_the_platform_key() -> None:
    wrapper = cipher.KeyWrapper(bytes(32))
    wrapped = wrapper.wrap(b"k" * 32, b"client:1")
    assert b"k" * 32 not in wrapped
    assert wrapper.unwrap(wrapped, b"client:1") == b"k" * 32
    with pytest.raises(ValueError, match="32 bytes"):
        cipher.KeyWrapper(b"short")


def test_the_schema_shows_the_wire_form_of_personal_fields() -> None:
    props = json_schema(ClientRegistered)["properties"]
    assert props["display_name"]["pattern"] == cipher.WIRE_PATTERN
    assert props["contact"]["x-ouvrage-personal"]["subject-field"] == "client_id"
    assert props["client_id"]["format"] == "uuid"  # the subject id stays readable
