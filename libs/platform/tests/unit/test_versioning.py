import httpx
import pytest
from fastapi import FastAPI, Response
from ouvrage_platform.errors import ProblemError, install_problem_handlers
from ouvrage_platform.versioning import (
    IfMatchDep,
    PreconditionFailedError,
    check_version,
    etag,
    parse_if_match,
)


@pytest.mark.parametrize(
    ("header", "expected"),
    [('"3"', 3), ('W/"3"', 3), ("3", 3), (' "12" ', 12), (None, None), ("", None), ("*", None)],
)
def test_parse_if_match(header: str | None, expected: int | None) -> None:
    assert parse_if_match(header) == expected


@pytest.mark.parametrize("header", ['"abc"', '"1", "2"', "-1", "W/3x", '"3'])
def test_parse_if_match_refuses_garbage(header: str) -> None:
    with pytest.raises(ProblemError) as raised:
        parse_if_match(header)

    assert raised.value.status == 400
    assert raised.value.code == "invalid_if_match"


def test_etag_round_trips() -> None:
    assert etag(7) == '"7"'
    assert parse_if_match(etag(7)) == 7


def test_check_version() -> None:
    check_version(None, 4)
    check_version(4, 4)
    with pytest.raises(PreconditionFailedError) as raised:
        check_version(3, 4)

    assert raised.value.status == 412
    assert raised.value.code == "version_conflict"
    assert raised.value.extra == {"current_version": 4}


async def test_stale_if_match_answers_412_problem() -> None:
    app = FastAPI()
    install_problem_handlers(app)

    @app.patch("/clients/{client_id}")
    async def patch(client_id: str, expected: IfMatchDep, response: Response) -> dict[str, int]:
        check_version(expected, 4)
        response.headers["ETag"] = etag(5)
        return {"version": 5}

    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t")
    stale = await client.patch("/clients/c", headers={"If-Match": '"3"'})
    fresh = await client.patch("/clients/c", headers={"If-Match": 'W/"4"'})
    bad = await client.patch("/clients/c", headers={"If-Match": "x"})

    assert stale.status_code == 412
    assert stale.json()["detail"] == (
        "La fiche a été modifiée entre-temps : rechargez-la avant de réessayer."
    )
    assert fresh.status_code == 200
    assert fresh.headers["etag"] == '"5"'
    assert bad.status_code == 400
