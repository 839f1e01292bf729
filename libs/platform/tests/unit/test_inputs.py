"""The input policy: what each type refuses, with which error, and what the schema says."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

import pytest
from fastapi import FastAPI, Query
from fastapi.testclient import TestClient
from ouvrage_platform.errors import install_problem_handlers
from ouvrage_platform.inputs import (
    BoundedAwareDatetime,
    BoundedDate,
    BoundedDatetime,
    IsoWeek,
    MultiLine,
    SingleLine,
)
from pydantic import BaseModel, ConfigDict, Field, ValidationError


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Annotated[SingleLine, Field(min_length=1, max_length=10)]
    note: MultiLine = ""
    day: BoundedDate | None = None
    at: BoundedDatetime | None = None
    aware: BoundedAwareDatetime | None = None
    week: IsoWeek | None = None


def _error_type(**fields: object) -> str:
    with pytest.raises(ValidationError) as caught:
        Body.model_validate({"name": "ok", **fields})
    (error,) = caught.value.errors()
    return str(error["type"])


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("A\x00", "text_control_character"),
        ("A\x1b", "text_control_character"),
        ("A\x85", "text_control_character"),
        ("A\nB", "text_line_break"),
        ("A\tB", "text_line_break"),
        ("A\u2028", "text_line_break"),
        ("\uda27\udd00", "text_invalid_unicode"),
    ],
)
def test_single_line_refuses(value: str, kind: str) -> None:
    assert _error_type(name=value) == kind


def test_multi_line_allows_line_spacing_only() -> None:
    assert Body(name="x", note="un\tdeux\r\ntrois").note == "un\tdeux\r\ntrois"
    assert _error_type(note="A\x00") == "text_control_character"
    assert _error_type(note="\ud800") == "text_invalid_unicode"


def test_text_keeps_other_constraints_and_accents() -> None:
    assert Body(name="Élodie 😀").name == "Élodie 😀"
    assert _error_type(name="x" * 11) == "too_long"  # errors.py renders it string_too_long


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("day", "0001-01-01"),
        ("day", "9999-12-31"),
        ("at", "0001-01-01T00:00:00+14:00"),
        ("at", "9999-12-31T23:59:59-14:00"),
        ("aware", "0001-01-01T00:00:00+14:00"),
        ("aware", "9999-12-31T23:59:59-14:00"),
    ],
)
def test_dates_out_of_range(field: str, value: str) -> None:
    assert _error_type(**{field: value}) == "date_out_of_range"


def test_dates_at_the_bounds_are_accepted_and_convert() -> None:
    body = Body(name="x", day="1900-01-01", at="2100-12-31T23:59:59-14:00")
    assert body.day == date(1900, 1, 1)
    assert isinstance(body.at, datetime)
    body.at.timestamp()  # no overflow at the edge


@pytest.mark.parametrize("week", ["9999-W52", "0001-W01", "2026-W54", "2026-49", "2026-W00"])
def test_weeks_refused(week: str) -> None:
    assert _error_type(week=week) == "week_invalid"


def test_week_accepted() -> None:
    assert Body(name="x", week="2026-W53").week == "2026-W53"


def test_schema_documents_the_policy() -> None:
    props = Body.model_json_schema()["properties"]
    assert props["name"]["maxLength"] == 10
    assert "pattern" in props["name"]
    assert "pattern" in props["note"]


def _app() -> FastAPI:
    app = FastAPI()
    install_problem_handlers(app)

    @app.post("/things")
    async def create(body: Body) -> dict[str, str]:
        return {"name": body.name}

    @app.get("/things")
    async def search(
        q: Annotated[SingleLine | None, Query(max_length=20)] = None,
        week: IsoWeek | None = None,
    ) -> dict[str, str | None]:
        return {"q": q, "week": week}

    return app


def test_http_answers_422_naming_the_field_in_french() -> None:
    client = TestClient(_app())
    answer = client.get("/things", params={"q": "a\x00"})
    assert answer.status_code == 422
    assert answer.headers["content-type"] == "application/problem+json"
    (error,) = answer.json()["errors"]
    assert error["loc"] == ["query", "q"]
    assert error["message"] == "Caractère de contrôle non autorisé."
    assert client.get("/things", params={"week": "9999-W52"}).status_code == 422


def test_lone_surrogates_in_raw_json_answer_422() -> None:
    client = TestClient(_app())
    json = {"content-type": "application/json"}
    # "\\uda27\\udd00" is a valid pair (U+99D00): reversed, both halves are alone.
    answer = client.post("/things", content=b'{"name": "\\udd00\\uda27"}', headers=json)
    assert answer.status_code == 422, answer.text
    (error,) = answer.json()["errors"]
    assert (error["loc"], error["type"]) == (["body", "name"], "text_invalid_unicode")
    answer = client.post("/things", content=b'{"name": "ok", "\\ud800": 1}', headers=json)
    assert answer.status_code == 422, answer.text
    assert answer.json()["errors"][0]["message"] == "Texte Unicode invalide."


def test_length_errors_of_policy_text_keep_their_string_type() -> None:
    answer = TestClient(_app()).post("/things", json={"name": "x" * 11})
    (error,) = answer.json()["errors"]
    assert error["type"] == "string_too_long"
    assert error["message"] == "Texte trop long."


@pytest.mark.parametrize(
    ("raw", "status"),
    [
        (b'{"name": "\xff"}', 400),  # not UTF-8
        (b"[" * 100_000, 400),  # nested too deep for the decoder
        (b'{"name": 1}', 422),
        (b"[1, 2]", 422),
        (b'{"name": "a"', 422),
    ],
)
def test_unreadable_bodies_answer_a_french_4xx(raw: bytes, status: int) -> None:
    answer = TestClient(_app()).post(
        "/things", content=raw, headers={"content-type": "application/json"}
    )
    assert answer.status_code == status
    problem = answer.json()
    assert "There was" not in problem["detail"]
    assert all("Input should" not in e["message"] for e in problem.get("errors", []))
