"""Each event's JSON Schema, standalone (docs/events/<type>.json) or hoisted into AsyncAPI."""

from __future__ import annotations

from typing import Any

from ouvrage_events.contract import cloudevents as ce
from ouvrage_events.contract.base import DomainEvent
from ouvrage_events.privacy.wire_schema import describe_sealed_fields

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def json_schema(event: type[DomainEvent]) -> dict[str, Any]:
    """The JSON Schema of an event's payload, with its CloudEvents type and version.

    Its local definitions stay under `$defs`; `standalone` adds the `$id` (the records'
    `ce_dataschema`) for the published file.
    """
    schema = event.model_json_schema(mode="serialization")
    schema["x-ce-type"] = event.event_type()
    schema["x-schema-version"] = event.schema_version
    return describe_sealed_fields(event, schema)  # personal fields: their sealed wire form


def standalone(event: type[DomainEvent]) -> dict[str, Any]:
    """The schema published alone: dialect, `$id` = the event's `dataschema`, then the rest."""
    return {
        "$schema": JSON_SCHEMA_DIALECT,
        "$id": ce.dataschema_for(event.event_type(), event.schema_version),
        **json_schema(event),
    }


def hoist(schema: dict[str, Any], components: dict[str, Any]) -> dict[str, Any]:
    """`schema` without its `$defs`, which move into `components` (AsyncAPI's
    `components.schemas`), every `#/$defs/X` becoming `#/components/schemas/X`.

    Two events may share a definition (e.g. `Contact`); a name defined differently twice is an
    error rather than a silent overwrite.
    """
    body = dict(schema)
    for name, definition in body.pop("$defs", {}).items():
        rewritten = _rewrite_refs(definition)
        if name in components and components[name] != rewritten:
            raise ValueError(f"two different JSON Schema definitions are named {name!r}")
        components[name] = rewritten
    rewritten_body: dict[str, Any] = _rewrite_refs(body)
    return rewritten_body


def _rewrite_refs(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            k: (v.replace("#/$defs/", "#/components/schemas/") if k == "$ref" else _rewrite_refs(v))
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_rewrite_refs(v) for v in node]
    return node
