"""Values a hostile or careless client sends, and the check that they answer a 4xx problem."""

from __future__ import annotations

import base64
import json
from typing import Any

import httpx

PROBLEM = "application/problem+json"


def _old_cursor(position: Any) -> str:
    """A cursor as they were before signing: urlsafe base64 of a JSON value."""
    raw = json.dumps(position).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


TAMPERED_CURSORS: dict[str, str] = {
    "id -1": _old_cursor({"id": -1, "name": "a", "s": -1, "before": -1, "n": "a", "i": -1}),
    "id list": _old_cursor({"id": [1, 2], "name": [], "s": [1], "before": [1], "i": []}),
    "huge number": _old_cursor({"id": 10**40, "s": 10**40, "before": 10**40, "d": 10**40}),
    "operator": _old_cursor({"$gt": ""}),
    "not an object": _old_cursor([1, 2]),
    "forged v1": "v1." + _old_cursor({"p": {"s": -1}, "s": "/"}) + ".c2lnbmF0dXJl",
    "truncated": "v1.",
    "nul": "v1.\x00",
}
"""Cursors no service made (or no longer makes): each must answer 400 ``invalid_cursor``."""

EDGE_DATETIMES = [
    "0001-01-01T00:00:00+14:00",
    "0001-01-01T00:00:00-14:00",
    "9999-12-31T23:59:59+14:00",
    "9999-12-31T23:59:59-14:00",
]
EDGE_DATES = ["0001-01-01", "9999-12-31", "1899-12-31", "2101-01-01"]
EDGE_WEEKS = ["9999-W52", "0001-W01", "1899-W52", "2026-W54"]

NUL = "A\u0000"
LONE_SURROGATE_JSON = '"\\udd00\\uda27"'
"""A JSON string of two lone surrogates (the reverse of the valid pair ``\\uda27\\udd00``)."""


def json_with(body: dict[str, Any], field: str, raw_string: str) -> bytes:
    """``body`` as JSON with ``field`` set to ``raw_string``, written as is (escapes kept)."""
    marker = "__RAW__"
    text = json.dumps({**body, field: marker})
    return text.replace(json.dumps(marker), raw_string).encode()


def assert_problem(
    response: httpx.Response, status: int, code: str | None = None, field: str | None = None
) -> dict[str, Any]:
    """The answer is the ``status`` problem+json (with ``code``, naming ``field``), in French."""
    assert response.status_code == status, (response.status_code, response.text)
    assert response.headers["content-type"] == PROBLEM, response.headers["content-type"]
    problem: dict[str, Any] = response.json()
    assert problem["detail"], problem
    if code is not None:
        assert problem["code"] == code, problem
    if field is not None:
        named = [str(e["loc"][-1]) for e in problem.get("errors", [])]
        assert field in named, problem
    return problem
