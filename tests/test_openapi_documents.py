"""docs/openapi/<service>.json: valid for openapi-spec-validator, errors documented as
problem+json whose codes the service can really answer, readable operation ids."""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

ROOT = Path(__file__).resolve().parents[1]
SERVICES = ("identity", "clients", "actions", "planning", "notifier")
PROBLEM = "application/problem+json"
STATUSES = {400, 401, 403, 404, 409, 412, 413, 422, 429, 503}


def _document(service: str) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(
        (ROOT / "docs" / "openapi" / f"{service}.json").read_text(encoding="utf-8")
    )
    return document


def _operations(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for path, item in document["paths"].items():
        for method, operation in item.items():
            yield f"{method.upper()} {path}", operation


def _literal_pairs(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """(status, code) written in the source: `(404, "client_not_found")` in a mapping,
    `ProblemError(400, "invalid_cursor", ...)`, `super().__init__(412, "version_conflict", ...)`
    and `{404: "not_found"}` (the platform's HTTP codes)."""
    for node in ast.walk(tree):
        values: list[ast.expr] = []
        if isinstance(node, ast.Tuple):
            values = node.elts[:2]
        elif isinstance(node, ast.Call):
            values = node.args[:2]
        elif isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if key is not None:
                    yield from _pair(key, value)
            continue
        if len(values) == 2:
            yield from _pair(*values)


def _pair(status: ast.expr, code: ast.expr) -> Iterator[tuple[int, str]]:
    if (
        isinstance(status, ast.Constant)
        and isinstance(status.value, int)
        and 400 <= status.value < 600
        and isinstance(code, ast.Constant)
        and isinstance(code.value, str)
        and re.fullmatch(r"[a-z][a-z_]+", code.value)
    ):
        yield status.value, code.value


def answerable(service: str) -> set[tuple[int, str]]:
    """Every (status, code) the service's source and the platform's can answer with."""
    sources = [
        *(ROOT / "services" / service / "src").rglob("*.py"),
        *(ROOT / "libs" / "platform" / "src").rglob("*.py"),
    ]
    pairs: set[tuple[int, str]] = set()
    for source in sources:
        pairs.update(_literal_pairs(ast.parse(source.read_text(encoding="utf-8"))))
    return pairs


@pytest.mark.parametrize("service", SERVICES)
def test_the_document_is_valid_openapi(service: str) -> None:
    spec, _ = read_from_filename(str(ROOT / "docs" / "openapi" / f"{service}.json"))
    validate(spec)  # raises OpenAPIValidationError on the first error
    # openapi-spec-validator 0.9 lets a $ref to a missing component pass: check them here
    dangling = [ref for ref in _refs(spec) if _resolve(spec, ref) is None]
    assert dangling == []


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield node["$ref"]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _resolve(document: Any, ref: str) -> Any:
    node = document
    for part in ref.removeprefix("#/").split("/"):
        node = node.get(part) if isinstance(node, dict) else None
    return node


@pytest.mark.parametrize("service", SERVICES)
def test_every_documented_error_is_a_problem_the_service_answers(service: str) -> None:
    document = _document(service)
    can_answer = answerable(service)
    documented: set[tuple[int, str]] = set()
    wrong = []
    for name, operation in _operations(document):
        for status, response in operation["responses"].items():
            if status.startswith("2"):
                continue
            content = response.get("content", {})
            if set(content) != {PROBLEM}:
                wrong.append(f"{name} {status}: {sorted(content)}")
                continue
            schema = content[PROBLEM]["schema"]
            assert schema["allOf"][0] == {"$ref": "#/components/schemas/Problem"}, name
            assert int(status) in STATUSES, f"{name} documents {status}"
            for code in schema["allOf"][1]["properties"]["code"]["enum"]:
                documented.add((int(status), code))
                if (int(status), code) not in can_answer:
                    wrong.append(f"{name} {status} {code}: never answered")
    assert wrong == []
    # the documents say more than "something may go wrong": the usual answers are there
    assert {(401, "unauthenticated"), (422, "validation_error")} <= documented
    assert "HTTPValidationError" not in document["components"]["schemas"]


@pytest.mark.parametrize("service", SERVICES)
def test_operation_ids_are_readable_and_unique(service: str) -> None:
    ids = [operation["operationId"] for _, operation in _operations(_document(service))]
    assert len(ids) == len(set(ids))
    unreadable = [i for i in ids if not re.fullmatch(r"[a-z_]+\.[a-z_]+", i) or "__" in i]
    assert unreadable == []


def test_headers_are_described_where_they_apply() -> None:
    clients = _document("clients")
    block = clients["paths"]["/clients/{client_id}/commercial-block"]["put"]
    assert block["operationId"] == "clients.block"
    assert {"$ref": "#/components/parameters/IfMatch"} in block["parameters"]
    assert set(block["responses"]["200"]["headers"]) == {"ETag", "X-Correlation-ID"}
    assert block["responses"]["412"]["content"][PROBLEM]
    assert "`clients.block`" in block["responses"]["403"]["description"]
    create = clients["paths"]["/clients"]["post"]
    assert {"$ref": "#/components/parameters/IdempotencyKey"} in create["parameters"]
    assert "Idempotent-Replayed" in create["responses"]["201"]["headers"]
    codes_422 = create["responses"]["422"]["content"][PROBLEM]["schema"]["allOf"][1]
    assert "idempotency_key_reused" in codes_422["properties"]["code"]["enum"]


def test_the_alert_stream_is_an_authenticated_event_stream() -> None:
    notifier = _document("notifier")
    stream = notifier["paths"]["/alerts/stream"]["get"]
    assert list(stream["responses"]["200"]["content"]) == ["text/event-stream"]
    assert stream["security"] == [{"HTTPBearer": []}, {"AccessTokenQuery": []}]
    schemes = notifier["components"]["securitySchemes"]
    assert schemes["AccessTokenQuery"] == {**schemes["AccessTokenQuery"], "in": "query"}
    assert "401" in stream["responses"]
