import asyncpg
import httpx
import pytest
from fastapi import FastAPI, HTTPException
from ouvrage_platform.errors import PROBLEM_MEDIA_TYPE, ProblemError, install_problem_handlers
from pydantic import BaseModel, Field


class ClientBlockedError(Exception):
    pass


class ClientNotFoundError(LookupError):
    pass


class ConcurrencyError(Exception):
    pass


class SignUp(BaseModel):
    email: str
    password: str = Field(min_length=12)


def make_app() -> FastAPI:
    app = FastAPI()
    install_problem_handlers(
        app,
        {
            ClientBlockedError: (409, "client_blocked"),
            LookupError: (404, "not_found"),
            ConcurrencyError: (412, "version_conflict", "La fiche a été modifiée entre-temps."),
        },
    )

    @app.get("/problem")
    async def problem() -> None:
        raise ProblemError(
            409, "duplicate_client", "Un client porte déjà ce nom.", extra={"duplicate_of": "c-1"}
        )

    @app.get("/blocked")
    async def blocked() -> None:
        raise ClientBlockedError("La gestion commerciale de ce client est bloquée : impayés")

    @app.get("/missing")
    async def missing() -> None:
        raise ClientNotFoundError("Client introuvable.")

    @app.get("/race")
    async def race() -> None:
        raise ConcurrencyError("stream c-1 expected version 3, found 4")

    @app.post("/signup")
    async def signup(body: SignUp) -> None:
        return None

    @app.get("/teapot")
    async def teapot() -> None:
        raise HTTPException(418, "Je suis une théière.", headers={"X-Tea": "earl-grey"})

    @app.get("/database-gone")
    async def database_gone() -> None:
        raise asyncpg.exceptions.ConnectionDoesNotExistError("connection was closed in the middle")

    @app.get("/refused")
    async def refused() -> None:
        raise ConnectionRefusedError(111, "Connection refused")

    @app.get("/crash")
    async def crash() -> None:
        raise RuntimeError("db password=hunter2 leaked?")

    return app


@pytest.fixture
async def client() -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=make_app())
    return httpx.AsyncClient(transport=transport, base_url="http://test")


async def test_problem_error_renders_rfc9457(client: httpx.AsyncClient) -> None:
    response = await client.get("/problem")

    assert response.status_code == 409
    assert response.headers["content-type"] == PROBLEM_MEDIA_TYPE
    assert response.json() == {
        "type": "urn:ouvrage:problem:duplicate_client",
        "title": "Conflit",
        "status": 409,
        "code": "duplicate_client",
        "detail": "Un client porte déjà ce nom.",
        "instance": "/problem",
        "duplicate_of": "c-1",
    }


async def test_mapped_domain_error_uses_its_message_as_detail(client: httpx.AsyncClient) -> None:
    response = await client.get("/blocked")

    assert response.status_code == 409
    body = response.json()
    assert body["code"] == "client_blocked"
    assert body["detail"] == "La gestion commerciale de ce client est bloquée : impayés"


async def test_mapping_matches_subclasses(client: httpx.AsyncClient) -> None:
    response = await client.get("/missing")

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
    assert response.json()["detail"] == "Client introuvable."


async def test_mapping_can_give_a_fixed_french_detail(client: httpx.AsyncClient) -> None:
    response = await client.get("/race")

    assert response.status_code == 412
    assert response.json()["detail"] == "La fiche a été modifiée entre-temps."
    assert "expected version" not in response.text


async def test_validation_errors_do_not_echo_input(client: httpx.AsyncClient) -> None:
    response = await client.post("/signup", json={"password": "s3cr3t"})

    assert response.status_code == 422
    assert response.headers["content-type"] == PROBLEM_MEDIA_TYPE
    body = response.json()
    assert body["code"] == "validation_error"
    assert body["detail"] == "La requête est invalide."
    assert {(tuple(e["loc"]), e["type"]) for e in body["errors"]} == {
        (("body", "email"), "missing"),
        (("body", "password"), "string_too_short"),
    }
    assert "s3cr3t" not in response.text
    assert all("message" in e and "input" not in e for e in body["errors"])


async def test_malformed_json_is_a_validation_problem(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/signup", content=b"{not json", headers={"content-type": "application/json"}
    )

    assert response.status_code == 422
    assert response.json()["code"] == "validation_error"


async def test_http_exception_keeps_status_detail_and_headers(client: httpx.AsyncClient) -> None:
    response = await client.get("/teapot")

    assert response.status_code == 418
    assert response.headers["x-tea"] == "earl-grey"
    assert response.json()["detail"] == "Je suis une théière."
    assert response.json()["code"] == "http_error"


async def test_unknown_route_is_a_french_404_problem(client: httpx.AsyncClient) -> None:
    response = await client.get("/nowhere")

    assert response.status_code == 404
    assert response.headers["content-type"] == PROBLEM_MEDIA_TYPE
    assert response.json()["code"] == "not_found"
    assert response.json()["detail"] == "La ressource demandée est introuvable."


async def test_wrong_method_is_a_405_problem(client: httpx.AsyncClient) -> None:
    response = await client.delete("/problem")

    assert response.status_code == 405
    assert response.json()["code"] == "method_not_allowed"


async def test_unexpected_error_is_a_generic_500(client: httpx.AsyncClient) -> None:
    response = await client.get("/crash")

    assert response.status_code == 500
    assert response.json()["code"] == "internal_error"
    assert response.json()["detail"] == "Une erreur interne est survenue."
    assert "hunter2" not in response.text


@pytest.mark.parametrize("path", ["/database-gone", "/refused"])
async def test_a_lost_dependency_is_a_503_to_retry(client: httpx.AsyncClient, path: str) -> None:
    """Issue 21: the database (or broker) out of reach answers 503 problem+json, never 500."""
    response = await client.get(path)

    assert response.status_code == 503
    assert response.headers["content-type"] == PROBLEM_MEDIA_TYPE
    assert response.headers["retry-after"] == "5"
    assert response.json()["code"] == "unavailable"
    assert "middle" not in response.text and "Connection refused" not in response.text
