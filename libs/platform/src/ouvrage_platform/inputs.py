"""The input policy: the types every request model and typed query parameter of every service uses.

PostgreSQL refuses NUL in text, UTF-8 encoding fails on lone surrogates (JSON allows
``"\\ud800"``), and date arithmetic overflows near years 1 and 9999: without these types such values
travel to the database or to ``astimezone`` and come back as a 500. Each type refuses them at
validation, so the answer is the usual 422 ``validation_error`` naming the field, in French.

- ``SingleLine``: names, labels, codes, e-mails, tokens: no control character at all (tab and
  line breaks included), no lone surrogate.
- ``MultiLine``: notes, observations, comments: tab, line feed and carriage return allowed.
- ``BoundedDate``, ``BoundedDatetime``, ``BoundedAwareDatetime``: years ``MIN_YEAR``..``MAX_YEAR``,
  checked on the value as written (no arithmetic, so no overflow), before any handler runs.
- ``IsoWeek``: ``2026-W49``, a week that exists, within the same years.

Constraints compose as usual: ``Annotated[SingleLine, Field(min_length=1, max_length=80)]``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import AwareDatetime, GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import PydanticCustomError, core_schema

MIN_YEAR = 1900
MAX_YEAR = 2100

# Error types of the policy, with their French messages (errors.py renders them).
TEXT_CONTROL_CHARACTER = "text_control_character"
TEXT_LINE_BREAK = "text_line_break"
TEXT_INVALID_UNICODE = "text_invalid_unicode"
DATE_OUT_OF_RANGE = "date_out_of_range"
WEEK_INVALID = "week_invalid"
MESSAGES: dict[str, str] = {
    TEXT_CONTROL_CHARACTER: "Caractère de contrôle non autorisé.",
    TEXT_LINE_BREAK: "Retour à la ligne ou tabulation non autorisé dans ce champ.",
    TEXT_INVALID_UNICODE: "Texte Unicode invalide (caractère de substitution isolé).",
    DATE_OUT_OF_RANGE: f"Date hors de la plage autorisée ({MIN_YEAR}–{MAX_YEAR}).",
    WEEK_INVALID: f"Semaine ISO invalide (ex. 2026-W49, années {MIN_YEAR}–{MAX_YEAR}).",
}

# OpenAPI extension naming the years a date of the policy accepts (tests/test_input_policy.py).
YEARS_KEY = "x-ouvrage-years"

_LINE_SPACING = frozenset("\t\n\r")
# What a client can read in the OpenAPI documents (and what schemathesis generates from):
# no C0/C1 control characters; multi-line text allows tab, LF and CR.
SINGLE_LINE_PATTERN = r"^[^\u0000-\u001f\u007f-\u009f\u2028\u2029]*$"
MULTI_LINE_PATTERN = r"^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]*$"


def _first_refused(text: str, *, multiline: bool) -> str | None:
    """The error type of the first character the policy refuses, or None."""
    for char in text:
        category = unicodedata.category(char)
        if category == "Cs":
            return TEXT_INVALID_UNICODE
        if category == "Cc":
            if char not in _LINE_SPACING:
                return TEXT_CONTROL_CHARACTER
            if not multiline:
                return TEXT_LINE_BREAK
        elif category in ("Zl", "Zp") and not multiline:
            return TEXT_LINE_BREAK
    return None


def refused_text(text: str, *, multiline: bool = False) -> PydanticCustomError | None:
    """The validation error the policy gives ``text``, or None when it is accepted."""
    kind = _first_refused(text, multiline=multiline)
    return None if kind is None else PydanticCustomError(kind, MESSAGES[kind])


class _Policy:
    """Pydantic metadata: ``check`` runs after the type's own validation, ``document`` adds to
    its JSON schema what a client reads in the OpenAPI documents."""

    def check(self, value: Any) -> Any:
        raise NotImplementedError

    def document(self, json_schema: JsonSchemaValue) -> None:
        raise NotImplementedError

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_after_validator_function(self.check, handler(source))

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        json_schema = handler(schema)
        self.document(json_schema)
        return json_schema


@dataclass(frozen=True, slots=True)
class TextPolicy(_Policy):
    """Refuses control characters (except line spacing if multi-line) and lone surrogates."""

    multiline: bool = False

    def check(self, value: str) -> str:
        error = refused_text(value, multiline=self.multiline)
        if error is not None:
            raise error
        return value

    def document(self, json_schema: JsonSchemaValue) -> None:
        json_schema["pattern"] = MULTI_LINE_PATTERN if self.multiline else SINGLE_LINE_PATTERN


@dataclass(frozen=True, slots=True)
class YearRange(_Policy):
    """Bounds a date or datetime to years ``first``..``last``, as written."""

    first: int = MIN_YEAR
    last: int = MAX_YEAR

    def check(self, value: date) -> date:
        # `year` of the value as written: no conversion to UTC, so nothing can overflow here.
        if not self.first <= value.year <= self.last:
            raise PydanticCustomError(
                DATE_OUT_OF_RANGE,
                "Date hors de la plage autorisée ({first}–{last}).",
                {"first": self.first, "last": self.last},
            )
        return value

    def document(self, json_schema: JsonSchemaValue) -> None:
        json_schema[YEARS_KEY] = [self.first, self.last]


_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


@dataclass(frozen=True, slots=True)
class WeekPolicy(_Policy):
    """An ISO week (``2026-W49``) that exists, in years ``MIN_YEAR``..``MAX_YEAR``."""

    def check(self, value: str) -> str:
        match = _WEEK.match(value)
        year, week = (int(match.group(1)), int(match.group(2))) if match else (0, 0)
        try:
            date.fromisocalendar(year, week, 1)
        except ValueError as exc:
            raise PydanticCustomError(WEEK_INVALID, MESSAGES[WEEK_INVALID]) from exc
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise PydanticCustomError(WEEK_INVALID, MESSAGES[WEEK_INVALID])
        return value

    def document(self, json_schema: JsonSchemaValue) -> None:
        json_schema["pattern"] = _WEEK.pattern


SingleLine = Annotated[str, TextPolicy(multiline=False)]
MultiLine = Annotated[str, TextPolicy(multiline=True)]
BoundedDate = Annotated[date, YearRange()]
BoundedDatetime = Annotated[datetime, YearRange()]
BoundedAwareDatetime = Annotated[AwareDatetime, YearRange()]
IsoWeek = Annotated[str, WeekPolicy()]
