"""Every request of every service (sales included, once its document is in docs/openapi) goes
through the input policy of ouvrage_platform.inputs: each free-text string of a request body or
query/path parameter carries the policy's pattern, each date or date-time its year range."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from ouvrage_platform.inputs import SINGLE_LINE_PATTERN, YEARS_KEY

DOCS = sorted((Path(__file__).parent.parent / "docs" / "openapi").glob("*.json"))
# Opaque values checked otherwise: the cursor by its signature (400 invalid_cursor).
EXEMPT_PARAMETERS = {"cursor"}


def _strings(
    doc: dict[str, Any], schema: dict[str, Any], where: str
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every string schema reachable from ``schema`` (through $ref, anyOf, items, properties)."""
    ref = schema.get("$ref")
    if ref:
        yield from _strings(doc, doc["components"]["schemas"][ref.rsplit("/", 1)[1]], where)
        return
    if schema.get("type") == "string":
        yield where, schema
    for key in ("anyOf", "oneOf", "allOf"):
        for part in schema.get(key, []):
            yield from _strings(doc, part, where)
    if isinstance(schema.get("items"), dict):
        yield from _strings(doc, schema["items"], f"{where}[]")
    for name, prop in schema.get("properties", {}).items():
        yield from _strings(doc, prop, f"{where}.{name}")
    if isinstance(schema.get("additionalProperties"), dict):
        yield from _strings(doc, schema["additionalProperties"], f"{where}{{}}")
    if isinstance(schema.get("propertyNames"), dict):
        yield from _strings(doc, schema["propertyNames"], f"{where}<key>")


def _request_strings(doc: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for path, methods in doc["paths"].items():
        for method, spec in methods.items():
            label = f"{method.upper()} {path}"
            for param in spec.get("parameters", []):
                if "$ref" in param:  # Idempotency-Key, If-Match: described once in components
                    param = doc["components"]["parameters"][param["$ref"].rsplit("/", 1)[1]]
                if param["in"] in ("query", "path") and param["name"] not in EXEMPT_PARAMETERS:
                    yield from _strings(doc, param["schema"], f"{label} {param['name']}")
            for media in spec.get("requestBody", {}).get("content", {}).values():
                yield from _strings(doc, media["schema"], f"{label} body")


def _unguarded(doc: dict[str, Any]) -> list[str]:
    missing = []
    for where, schema in _request_strings(doc):
        fmt = schema.get("format")
        if "enum" in schema or "const" in schema or fmt in ("uuid", "binary"):
            continue
        if fmt in ("date", "date-time"):
            if YEARS_KEY not in schema:
                missing.append(f"{where}: {fmt} without a year range")
        elif "pattern" not in schema:  # the policy's, or a stricter one of its own (ISO week)
            missing.append(f"{where}: free text without the input policy")
    return missing


def test_the_documents_are_there() -> None:
    assert {p.stem for p in DOCS} >= {"identity", "clients", "actions", "planning", "notifier"}


@pytest.mark.parametrize("doc_path", DOCS, ids=lambda p: p.stem)
def test_every_request_string_goes_through_the_input_policy(doc_path: Path) -> None:
    doc = json.loads(doc_path.read_text())
    assert _unguarded(doc) == []


def test_the_check_sees_an_unguarded_field() -> None:
    doc = {
        "paths": {"/x": {"post": {
            "parameters": [{"in": "query", "name": "q", "schema": {"type": "string"}}],
            "requestBody": {"content": {"application/json": {"schema": {
                "$ref": "#/components/schemas/X"}}}},
        }}},
        "components": {"schemas": {"X": {"properties": {
            "a": {"type": "string", "pattern": SINGLE_LINE_PATTERN},
            "b": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "d": {"type": "string", "format": "date"},
        }}}},
    }  # fmt: skip
    assert _unguarded(doc) == [
        "POST /x q: free text without the input policy",
        "POST /x body.b: free text without the input policy",
        "POST /x body.d: date without a year range",
    ]
