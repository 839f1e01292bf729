"""The wire form of personal fields in the events' JSON Schemas (and so in the AsyncAPI)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from ouvrage_events.privacy.cipher import WIRE_PATTERN
from ouvrage_events.privacy.marks import personal_fields


def describe_sealed_fields(event: type[BaseModel], schema: dict[str, Any]) -> dict[str, Any]:
    """Rewrite each personal property of ``schema``: on the wire it is a sealed string, which
    a holder of the subject's key opens to the plain schema (or the erased value)."""
    properties = schema.get("properties", {})
    for field in personal_fields(event):
        plain = properties.get(field.name)
        if plain is None:
            continue
        subject = field.mark.subject_field() or "the event's aggregate (ce_subject)"
        properties[field.name] = {
            "title": plain.get("title", field.name),
            "description": (
                f"Personal data of a {field.mark.kind}, sealed with AES-256-GCM under the data "
                f"key of the subject named by `{subject}` (associated data "
                "`<kind>:<subject id>:<ce_type>:<field>`); opens to the JSON of `opens-to`. "
                "Once the subject is erased its key is gone: readers show `erased`."
            ),
            # An optional field left empty (its subject id too) travels as null, unsealed.
            "type": ["string", "null"] if _nullable(plain) else "string",
            "pattern": WIRE_PATTERN,
            "x-ouvrage-personal": {
                "subject-kind": field.mark.kind,
                "subject-field": field.mark.subject_field(),
                "erased": field.mark.erased,
                "opens-to": plain,
            },
        }
    return schema


def _nullable(plain: dict[str, Any]) -> bool:
    return any(option.get("type") == "null" for option in plain.get("anyOf", []))
