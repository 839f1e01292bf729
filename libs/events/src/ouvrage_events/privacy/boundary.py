"""Sealing at the storage boundary: envelopes are encrypted when appended to an event store
(so store rows and the Kafka records the relay copies from them hold only ciphertext for
personal fields) and opened when read back or consumed. Events in memory stay plain.

A value whose key was destroyed opens as the field's erased value (« Personne effacée »...),
never an error.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ouvrage_events.contract.base import Envelope
from ouvrage_events.contract.registry import Registry, UnknownEventError
from ouvrage_events.contract.registry import registry as default_registry
from ouvrage_events.privacy.cipher import UnreadableValueError, is_sealed, open_value, seal_value
from ouvrage_events.privacy.keystore import (
    DEFAULT_KEYS_DATABASE_URL,
    DEV_PLATFORM_KEY,
    KeyStore,
    Subject,
)
from ouvrage_events.privacy.marks import PersonalField, personal_fields

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_keystore: KeyStore | None = None
FieldPlan = list[tuple[PersonalField, Subject]]  # an envelope's personal fields and whose
Keys = dict[Subject, "AESGCM | None"]


def configure(
    keys_database_url: str,
    platform_key: str,
    *,
    cache_seconds: float = 30.0,
    async_key_commit: bool = True,
) -> None:
    """Set the process's key store (a service's bootstrap calls it with its settings)."""
    global _keystore
    current = _keystore
    if current is not None and current.dsn == keys_database_url:
        return
    _keystore = KeyStore(
        keys_database_url,
        platform_key,
        cache_seconds=cache_seconds,
        async_key_commit=async_key_commit,
    )


def keystore() -> KeyStore:
    """The process's key store; unconfigured, the development vault (tools, tests)."""
    if _keystore is None:
        configure(
            os.environ.get("OUVRAGE_KEYS_DATABASE_URL", DEFAULT_KEYS_DATABASE_URL),
            os.environ.get("OUVRAGE_PLATFORM_KEY", DEV_PLATFORM_KEY),
        )
    assert _keystore is not None
    return _keystore


def _fields(envelope: Envelope, registry: Registry) -> tuple[PersonalField, ...]:
    try:
        return personal_fields(registry.cls(envelope.type))
    except UnknownEventError:
        return ()


@lru_cache(maxsize=8192)
def _uuid(text: str) -> UUID | None:
    """A subject id from its payload text (parsed once per id: appends and reads about one
    record name it in every event)."""
    try:
        return UUID(text)
    except ValueError:  # a malformed payload: left as is, its validation dead-letters it
        return None


def _subject(field: PersonalField, envelope: Envelope) -> Subject | None:
    name = field.mark.subject_field()
    if name is None:
        return (field.mark.kind, envelope.aggregate_id)
    raw = envelope.payload.get(name)
    if not raw:
        return None
    subject_id = raw if isinstance(raw, UUID) else _uuid(str(raw))
    return None if subject_id is None else (field.mark.kind, subject_id)


def _aad(subject: Subject, envelope: Envelope, field: str) -> bytes:
    return f"{subject[0]}:{subject[1]}:{envelope.type}:{field}".encode()


def _plan(
    envelopes: Sequence[Envelope], registry: Registry
) -> list[list[tuple[PersonalField, Subject]]]:
    plans = []
    for envelope in envelopes:
        plan = []
        for field in _fields(envelope, registry):
            subject = _subject(field, envelope)
            if field.name in envelope.payload and subject is not None:
                plan.append((field, subject))
        plans.append(plan)
    return plans


async def seal(
    envelopes: Sequence[Envelope], registry: Registry = default_registry
) -> list[Envelope]:
    """The envelopes as they must be stored: personal fields sealed under their subject's key
    (created on first use); a field of an erased subject is stored as its erased value."""
    sealing = await seal_ahead(envelopes, registry)
    return await sealing.settled()


@dataclass
class Sealing:
    """Envelopes sealed before the vault confirmed every key: ``envelopes`` may be stored at
    once; ``settle()`` (run alongside) answers the envelopes to store instead when a proposed
    key lost to one the vault already had, or None when every proposed key was taken."""

    envelopes: list[Envelope]
    _originals: Sequence[Envelope]
    _plans: list[list[tuple[PersonalField, Subject]]]
    _keys: dict[Subject, AESGCM | None]
    _proposed: dict[Subject, tuple[AESGCM, bytes]]

    async def settle(self) -> list[Envelope] | None:
        if not self._proposed:
            return None
        others = await keystore().settle(self._proposed, self._originals[0].tenant_id)
        if not others:
            return None
        keys = self._keys | others
        return [
            _sealed(e, plan, keys) if any(s in others for _, s in plan) else done
            for e, plan, done in zip(self._originals, self._plans, self.envelopes, strict=True)
        ]

    async def settled(self) -> list[Envelope]:
        return await self.settle() or self.envelopes


def _sealed(envelope: Envelope, plan: FieldPlan, keys: Keys) -> Envelope:
    """The envelope with its planned fields sealed (erased values for erased subjects)."""
    payload = dict(envelope.payload) if plan else envelope.payload
    for field, subject in plan:
        key = keys.get(subject)
        value = payload[field.name]
        if key is None:
            payload[field.name] = field.mark.erased
        elif not is_sealed(value):
            payload[field.name] = seal_value(key, value, _aad(subject, envelope, field.name))
    return envelope.model_copy(update={"payload": payload}) if plan else envelope


async def seal_ahead(
    envelopes: Sequence[Envelope], registry: Registry = default_registry
) -> Sealing:
    """Seal with the cached keys, and with a fresh proposed key for each subject the cache does
    not know (no I/O): the vault round trip that confirms those keys (``Sealing.settle``) can
    then run while the events are inserted, instead of before."""
    plans = _plan(envelopes, registry)
    subjects = {s for plan in plans for _, s in plan}
    if not subjects:
        return Sealing(list(envelopes), envelopes, plans, {}, {})
    store = keystore()
    keys, missing = store.known(subjects)
    proposed = store.propose(missing)
    keys |= {s: key for s, (key, _blob) in proposed.items()}
    sealed = [_sealed(e, plan, keys) for e, plan in zip(envelopes, plans, strict=True)]
    return Sealing(sealed, envelopes, plans, keys, proposed)


async def open_envelope(envelope: Envelope, registry: Registry = default_registry) -> Envelope:
    """The envelope with its sealed fields opened; erased subjects' fields get erased values.
    Plain (older) payloads pass through."""
    return (await open_all([envelope], registry))[0]


def _sealed_plans(
    envelopes: Sequence[Envelope], registry: Registry
) -> list[list[tuple[PersonalField, Subject]]]:
    return [
        [(f, s) for f, s in plan if is_sealed(envelope.payload[f.name])]
        for envelope, plan in zip(envelopes, _plan(envelopes, registry), strict=True)
    ]


def _opened(envelope: Envelope, plan: FieldPlan, keys: Keys) -> Envelope:
    if not plan:
        return envelope
    payload: dict[str, Any] = dict(envelope.payload)
    for field, subject in plan:
        key = keys.get(subject)
        value = field.mark.erased
        if key is not None:
            try:
                value = open_value(key, payload[field.name], _aad(subject, envelope, field.name))
            except UnreadableValueError:
                value = field.mark.erased
        payload[field.name] = value
    return envelope.model_copy(update={"payload": payload})


async def prefetch(envelopes: Sequence[Envelope], registry: Registry = default_registry) -> None:
    """Load the keys every sealed field of ``envelopes`` needs, in one query (cache warm-up)."""
    subjects = {s for plan in _sealed_plans(envelopes, registry) for _, s in plan}
    if subjects:
        await keystore().keys(subjects)


async def open_all(
    envelopes: Sequence[Envelope], registry: Registry = default_registry
) -> list[Envelope]:
    """The envelopes opened: the fields planned once, every key looked up in one call."""
    plans = _sealed_plans(envelopes, registry)
    subjects = {s for plan in plans for _, s in plan}
    if not subjects:
        return list(envelopes)
    keys = await keystore().keys(subjects)
    return [_opened(e, plan, keys) for e, plan in zip(envelopes, plans, strict=True)]
