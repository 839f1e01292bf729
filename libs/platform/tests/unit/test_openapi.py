"""The post-processed OpenAPI document: what a route can answer is what it documents."""

from typing import Annotated, Any
from uuid import uuid4

import httpx
import pytest
from fastapi import APIRouter, Depends, FastAPI, Response
from ouvrage_platform.app import create_app
from ouvrage_platform.auth import CurrentUser, require
from ouvrage_platform.errors import pipeline_problem
from ouvrage_platform.idempotency import IdempotencyKeyDep
from ouvrage_platform.openapi import PIPELINE_ANSWERS
from ouvrage_platform.settings import ServiceSettings
from ouvrage_platform.testing import TokenMinter
from ouvrage_platform.versioning import IfMatchDep, etag
from pydantic import BaseModel

router = APIRouter(tags=["widgets"])
Manager = Annotated[CurrentUser, Depends(require("clients.block"))]


class WidgetBlockedError(Exception):
    pass


class WidgetPublic(BaseModel):
    id: str
    version: int


@router.put("/widgets/{widget_id}/block", response_model=WidgetPublic)
async def block(
    widget_id: str, user: Manager, expected: IfMatchDep, response: Response
) -> WidgetPublic:
    """Block a widget."""
    if widget_id == "blocked":
        raise WidgetBlockedError("Ce widget est déjà bloqué.")
    response.headers["ETag"] = etag(2)
    return WidgetPublic(id=widget_id, version=2)


@router.post(
    "/widgets/{widget_id}/archive",
    responses={409: {"description": "déjà archivé", "x-problem-codes": ["widget_archived"]}},
)
async def archive(widget_id: str) -> None:
    """Archive a widget (declares an answer of its own)."""


@router.post("/widgets", status_code=201, response_model=WidgetPublic)
async def create_widget(key: IdempotencyKeyDep, user: Manager) -> WidgetPublic:
    """Create a widget."""
    return WidgetPublic(id="w", version=1)


@pytest.fixture
def app(minter: TokenMinter) -> FastAPI:
    settings = ServiceSettings(database_url="postgresql://app:pw@127.0.0.1/demo", http_port=8099)
    return create_app(
        title="demo",
        settings=settings,
        routers=[router],
        error_mapping={WidgetBlockedError: (409, "widget_blocked")},
        verifier=minter.verifier(),
    )


def _bearer(minter: TokenMinter, perms: list[str]) -> dict[str, str]:
    return {"Authorization": f"Bearer {minter.mint(uuid4(), uuid4(), perms)}"}


def _codes(operation: dict[str, Any], status: int) -> list[str]:
    schema = operation["responses"][str(status)]["content"]["application/problem+json"]["schema"]
    codes: list[str] = schema["allOf"][1]["properties"]["code"]["enum"]
    return codes


def test_operations_are_named_after_their_tag_and_function(app: FastAPI) -> None:
    document = app.openapi()
    assert document["paths"]["/widgets/{widget_id}/block"]["put"]["operationId"] == "widgets.block"
    assert document["paths"]["/widgets"]["post"]["operationId"] == "widgets.create_widget"


def test_each_route_documents_the_problems_it_can_answer(app: FastAPI) -> None:
    put = app.openapi()["paths"]["/widgets/{widget_id}/block"]["put"]
    expected = ["200", "400", "401", "403", "404", "409", "412", "422", "503"]
    assert sorted(put["responses"]) == expected
    assert _codes(put, 404) == ["not_found"]  # the command pipeline's, in every service
    assert _codes(put, 409) == ["concurrent_update", "widget_blocked"]
    assert _codes(put, 412) == ["version_conflict"]
    assert _codes(put, 400) == ["invalid_if_match"]
    assert "`clients.block`" in put["responses"]["403"]["description"]
    assert set(put["responses"]["200"]["headers"]) == {"ETag", "X-Correlation-ID"}
    post = app.openapi()["paths"]["/widgets"]["post"]
    assert "404" not in post["responses"]  # no path, no body: nothing to look up
    assert _codes(post, 400) == ["invalid_idempotency_key"]
    assert _codes(post, 422) == ["idempotency_key_reused", "validation_error"]


async def test_the_answers_carry_the_documented_codes(app: FastAPI, minter: TokenMinter) -> None:
    put = app.openapi()["paths"]["/widgets/{widget_id}/block"]["put"]
    allowed = _bearer(minter, ["clients.block"])
    cases = [
        ({}, {}, 401),
        (_bearer(minter, []), {}, 403),
        (allowed, {"If-Match": "nope"}, 400),
    ]
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for auth, extra, status in cases:
            answer = await client.put("/widgets/w/block", headers={**auth, **extra})
            assert answer.status_code == status
            assert answer.headers["content-type"] == "application/problem+json"
            assert answer.json()["code"] in _codes(put, status)
        blocked = await client.put("/widgets/blocked/block", headers=allowed)
        ok = await client.put("/widgets/w/block", headers=allowed)
    assert blocked.json()["code"] in _codes(put, 409)
    assert ok.headers["etag"] == '"2"'
    assert "x-correlation-id" in ok.headers


@pytest.mark.parametrize(("error", "answer"), PIPELINE_ANSWERS.items())
def test_the_pipeline_answers_documented_are_the_ones_it_gives(
    error: type[Exception], answer: tuple[int, str]
) -> None:
    sample = error.__new__(error)  # the answer depends on the type alone
    problem = pipeline_problem(sample)
    assert problem is not None
    assert (problem.status, problem.code) == answer


def test_an_answer_a_route_declares_becomes_a_problem_with_its_codes(app: FastAPI) -> None:
    archive = app.openapi()["paths"]["/widgets/{widget_id}/archive"]["post"]
    assert _codes(archive, 409) == ["concurrent_update", "widget_archived", "widget_blocked"]
    assert "déjà archivé" in archive["responses"]["409"]["description"]
    assert "x-problem-codes" not in archive["responses"]["409"]
