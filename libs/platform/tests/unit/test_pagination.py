import base64
import uuid
from datetime import UTC, datetime

import pytest
from ouvrage_platform.errors import ProblemError
from ouvrage_platform.pagination import Page, decode_cursor, encode_cursor
from pydantic import BaseModel


class ClientPublic(BaseModel):
    id: uuid.UUID
    name: str


def test_cursor_round_trips() -> None:
    position = {"name": "Dupont", "id": "0b1e", "n": 3}

    cursor = encode_cursor(position)

    assert "=" not in cursor
    assert decode_cursor(cursor) == position


def test_non_json_values_become_strings() -> None:
    when = datetime(2025, 3, 1, 8, 30, tzinfo=UTC)
    ident = uuid.uuid4()

    assert decode_cursor(encode_cursor({"at": when, "id": ident})) == {
        "at": str(when),
        "id": str(ident),
    }


@pytest.mark.parametrize(
    "cursor",
    [
        "!!!",
        "bm90IGpzb24",  # "not json"
        base64.urlsafe_b64encode(b"[1, 2]").decode(),  # JSON, but not an object
        base64.urlsafe_b64encode(b"\xff\xfe").decode(),
        "a" * 5000,
    ],
)
def test_invalid_cursor_is_a_400_problem(cursor: str) -> None:
    with pytest.raises(ProblemError) as raised:
        decode_cursor(cursor)

    assert raised.value.status == 400
    assert raised.value.code == "invalid_cursor"
    assert raised.value.detail == "Le curseur de pagination est invalide."


def test_page_is_a_generic_response_model() -> None:
    ident = uuid.uuid4()

    page = Page[ClientPublic](items=[ClientPublic(id=ident, name="Dupont")], next_cursor="abc")

    assert page.model_dump(mode="json") == {
        "items": [{"id": str(ident), "name": "Dupont"}],
        "next_cursor": "abc",
    }
    assert Page[ClientPublic](items=[]).next_cursor is None
