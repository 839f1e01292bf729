import base64
import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from ouvrage_platform.app import create_app
from ouvrage_platform.cursors import InvalidCursorError
from ouvrage_platform.errors import ProblemError
from ouvrage_platform.pagination import (
    CursorCodec,
    CursorQuery,
    Page,
    bind_cursor_codec,
    decode_cursor,
    encode_cursor,
)
from ouvrage_platform.settings import PlaceholderSecretError, ServiceSettings
from ouvrage_platform.testing import TokenMinter
from pydantic import BaseModel, SecretStr

CODEC = CursorCodec(["k-one"], service="clients")


class ClientPublic(BaseModel):
    id: uuid.UUID
    name: str


@pytest.fixture(autouse=True)
def _bound() -> Iterator[None]:
    with bind_cursor_codec(CODEC, "/clients"):
        yield


def test_cursor_round_trips() -> None:
    position = {"name": "Dupont", "id": "0b1e", "n": 3}

    cursor = encode_cursor(position)

    assert cursor.startswith("v1.")
    assert "=" not in cursor
    assert "Dupont" not in cursor
    assert decode_cursor(cursor) == position


def test_non_json_values_become_strings() -> None:
    when = datetime(2025, 3, 1, 8, 30, tzinfo=UTC)
    ident = uuid.uuid4()

    assert decode_cursor(encode_cursor({"at": when, "id": ident})) == {
        "at": str(when),
        "id": str(ident),
    }


def _tampered(cursor: str, position: object) -> str:
    """The cursor with its payload replaced, signature kept."""
    version, signed = cursor.split(".", 1)
    payload, signature = signed.rsplit(".", 1)
    raw = json.dumps({"p": position, "s": "/clients"}).encode()
    forged = base64.urlsafe_b64encode(raw).rstrip(b"=").decode()
    assert forged != payload
    return f"{version}.{forged}.{signature}"


GOOD = CODEC.encode({"name": "Dupont", "id": str(uuid.UUID(int=1))}, "/clients")


@pytest.mark.parametrize(
    "cursor",
    [
        "!!!",
        "bm90IGpzb24",  # "not json", the old unsigned format
        base64.urlsafe_b64encode(b'{"name":"a","id":"x"}').decode(),  # old format, unsigned
        base64.urlsafe_b64encode(b"\xff\xfe").decode(),
        "a" * 5000,
        "v1." + "a" * 5000,
        GOOD[:-3],  # truncated
        GOOD[:10],
        GOOD.replace("v1.", "v2.", 1),  # another version
        _tampered(GOOD, {"name": "a", "id": -1}),
        _tampered(GOOD, {"name": [1], "id": 10**40}),
        _tampered(GOOD, {"$gt": ""}),
        CursorCodec(["k-one"], service="planning").encode({"s": 1}, "/clients"),  # foreign
        CursorCodec(["k-two"], service="clients").encode({"s": 1}, "/clients"),  # other key
        CODEC.encode({"s": 1}, "/task-catalog"),  # another list
        "v1.\x00",
        "v1.\ud800",
    ],
)
def test_invalid_cursor_is_a_400_problem(cursor: str) -> None:
    with pytest.raises(ProblemError) as raised:
        decode_cursor(cursor)

    assert raised.value.status == 400
    assert raised.value.code == "invalid_cursor"
    assert raised.value.detail == "Le curseur de pagination est invalide."


def test_rotation_the_first_key_signs_all_verify() -> None:
    old = CursorCodec(["k-old"], service="clients")
    rotated = CursorCodec(["k-new", "k-old"], service="clients")
    cursor = old.encode({"s": 1}, "/x")

    assert rotated.decode(cursor, "/x") == {"s": 1}
    fresh = rotated.encode({"s": 2}, "/x")
    assert CursorCodec(["k-new"], service="clients").decode(fresh, "/x") == {"s": 2}
    with pytest.raises(InvalidCursorError):
        old.decode(fresh, "/x")


def test_a_cursor_of_another_path_is_refused() -> None:
    with bind_cursor_codec(CODEC, "/x"), pytest.raises(ProblemError):
        decode_cursor(GOOD)  # bound to another scope


def test_page_is_a_generic_response_model() -> None:
    ident = uuid.uuid4()

    page = Page[ClientPublic](items=[ClientPublic(id=ident, name="Dupont")], next_cursor="abc")

    assert page.model_dump(mode="json") == {
        "items": [{"id": str(ident), "name": "Dupont"}],
        "next_cursor": "abc",
    }
    assert Page[ClientPublic](items=[]).next_cursor is None


class _Settings(ServiceSettings):
    http_port: int = 9999


def _app(settings: ServiceSettings) -> FastAPI:
    app = create_app(title="t", settings=settings, verifier=TokenMinter().verifier())

    @app.get("/items")
    async def items(cursor: CursorQuery = None) -> dict[str, object]:
        position = {} if cursor is None else decode_cursor(cursor)
        return {"position": position, "next": encode_cursor({"n": position.get("n", 0) + 1})}

    return app


def test_the_app_signs_with_the_service_secret() -> None:
    settings = _Settings(database_url="postgresql://x@h/d", cursor_secret=SecretStr("s3cr3t"))
    client = TestClient(_app(settings))
    first = client.get("/items").json()
    second = client.get("/items", params={"cursor": first["next"]}).json()
    assert second["position"] == {"n": 1}
    other = TestClient(_app(_Settings(database_url="postgresql://x@h/d")))
    refused = other.get("/items", params={"cursor": first["next"]})
    assert (refused.status_code, refused.json()["code"]) == (400, "invalid_cursor")


def test_production_needs_a_real_cursor_secret() -> None:
    prod = {
        "database_url": "postgresql://svc:pw@db/x",
        "environment": "production",
        "kafka_bootstrap": "k:1",
        "kafka_security_protocol": "PLAINTEXT",
        "keys_database_url": "postgresql://vault:pw@db/ouvrage_keys",
        "platform_key": SecretStr("c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LTMyYg=="),
    }
    with pytest.raises(PlaceholderSecretError):
        _app(_Settings(**prod))
    with pytest.raises(PlaceholderSecretError):
        _Settings(**prod, cursor_secret=SecretStr("changeme"))
    _app(_Settings(**prod, cursor_secret=SecretStr("a-real-random-key")))
