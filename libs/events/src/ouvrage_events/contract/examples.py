"""Example payloads built from an event's JSON Schema, checked by the event class itself.

The AsyncAPI document shows one example per message; building it from the schema (instead of
writing one per event by hand) keeps every new event documented, and validating it with the
pydantic model keeps the example true.
"""

from __future__ import annotations

import re
from typing import Any
from uuid import UUID, uuid5

from ouvrage_events.contract.base import DomainEvent

_NAMESPACE = UUID("6f1c6a2e-8a53-4c1e-9d59-2b8f8a3c1e00")
_FORMATS: dict[str, Any] = {
    "date-time": "2026-03-02T09:30:00Z",
    "date": "2026-03-02",
    "time": "09:30:00",
    "email": "contact@example.fr",
    "uri": "https://example.fr/",
    "duration": "PT1H",
}


def example_payload(event: type[DomainEvent]) -> dict[str, Any]:
    """A payload valid for `event` (round-tripped through the model)."""
    # the validation schema: a Decimal is offered as a number there, a bare string once serialized
    schema = event.model_json_schema(mode="validation")
    raw = _value(schema, schema.get("$defs", {}), event.__name__)
    return event.model_validate(raw).to_payload()


def _value(schema: dict[str, Any], defs: dict[str, Any], name: str) -> Any:
    if "$ref" in schema:
        return _value(defs[schema["$ref"].rsplit("/", 1)[1]], defs, name)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    if "default" in schema and schema["default"] not in (None, "", [], {}):
        return schema["default"]
    for union in ("anyOf", "oneOf", "allOf"):
        if union in schema:
            options = [s for s in schema[union] if s.get("type") != "null"]
            return _value(options[0] if options else schema[union][0], defs, name)
    return _typed(schema, defs, name)


def _typed(schema: dict[str, Any], defs: dict[str, Any], name: str) -> Any:
    kind = schema.get("type", "object")
    if kind == "object":
        properties = schema.get("properties", {})
        return {key: _value(sub, defs, key) for key, sub in properties.items()}
    if kind == "array":
        count = max(int(schema.get("minItems", 1)), 1)
        return [_value(schema.get("items", {}), defs, name) for _ in range(count)]
    if kind == "integer":
        return max(int(schema.get("minimum", 1)), int(schema.get("exclusiveMinimum", 0)) + 1)
    if kind == "number":
        return float(schema.get("minimum", 1))
    if kind == "boolean":
        return False
    if kind == "null":
        return None
    return _string(schema, name)


def _string(schema: dict[str, Any], name: str) -> str:
    pattern = schema.get("pattern")
    if pattern and not re.search(pattern, name):  # a decimal's string form, a code...
        return next((c for c in ("1.00", "1", "A") if re.search(pattern, c)), name)
    fmt = schema.get("format")
    if fmt == "uuid":
        return str(uuid5(_NAMESPACE, name))
    if fmt in _FORMATS:
        return str(_FORMATS[fmt])
    text = name.replace("_", " ")
    low, high = int(schema.get("minLength", 1)), int(schema.get("maxLength", 60))
    return (text * (low // max(len(text), 1) + 1))[: max(low, min(len(text), high))]
