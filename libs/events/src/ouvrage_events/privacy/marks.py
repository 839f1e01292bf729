"""Which event fields hold personal data, and whose.

A field annotated ``Annotated[T, Personal("client")]`` is encrypted at the storage boundary under
the key of its data subject: the subject id is read from the payload field ``subject`` (default
``<kind>_id``), or is the event's aggregate when ``subject`` is ``None`` (records that are about
one person, such as an action's note: the owning service erases those keys with the person's).
See docs/decisions.md, « Crypto-shredding ».
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from pydantic import BaseModel

ERASED_PERSON = "Personne effacée"
ERASED_USER = "Utilisateur effacé"

_DEFAULT_SUBJECT = object()


@dataclass(frozen=True)
class Personal:
    """Marks a field as personal data of a subject of ``kind`` (``client``, ``user``...)."""

    kind: str
    subject: str | object | None = _DEFAULT_SUBJECT
    erased: Any = ""
    """The value a reader gets once the subject's key is destroyed (never an error)."""

    def subject_field(self) -> str | None:
        if self.subject is _DEFAULT_SUBJECT:
            return f"{self.kind}_id"
        return self.subject  # type: ignore[return-value]


@dataclass(frozen=True)
class PersonalField:
    name: str
    mark: Personal


@cache
def personal_fields(cls: type[BaseModel]) -> tuple[PersonalField, ...]:
    """The personal top-level fields of an event class (cached per class)."""
    found: list[PersonalField] = []
    for name, info in cls.model_fields.items():
        for meta in info.metadata:
            if isinstance(meta, Personal):
                found.append(PersonalField(name, meta))
    return tuple(found)


def client_name(**kw: Any) -> Personal:
    return Personal("client", erased=ERASED_PERSON, **kw)


def user_name(**kw: Any) -> Personal:
    return Personal("user", erased=ERASED_USER, **kw)
