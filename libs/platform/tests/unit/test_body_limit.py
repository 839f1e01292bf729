"""Every service refuses a request body above its limit with a 413 problem (issue 13, part 4)."""

from collections.abc import AsyncIterator
from typing import Any

import httpx
from fastapi import APIRouter, Request
from ouvrage_platform.app import create_app
from ouvrage_platform.settings import ServiceSettings

router = APIRouter()


@router.post("/echo")
async def echo(request: Request) -> dict[str, int]:
    return {"size": len(await request.body())}


def _client(max_bytes: int) -> httpx.AsyncClient:
    settings = ServiceSettings(
        database_url="postgresql://u:p@db/x", http_port=8099, max_body_bytes=max_bytes
    )
    app = create_app(title="demo", settings=settings, routers=[router])
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t")


async def test_a_body_within_the_limit_is_served() -> None:
    async with _client(1024) as client:
        answer = await client.post("/echo", content=b"x" * 1024)
    assert answer.status_code == 200 and answer.json() == {"size": 1024}


async def test_a_declared_oversized_body_is_refused_before_it_is_read() -> None:
    async with _client(1024) as client:
        answer = await client.post("/echo", content=b"x" * 1025)
    assert answer.status_code == 413
    assert answer.headers["content-type"] == "application/problem+json"
    body: dict[str, Any] = answer.json()
    assert body["code"] == "body_too_large" and "volumineuse" in body["detail"]


async def test_a_chunked_body_is_cut_as_soon_as_it_passes_the_limit() -> None:
    sent = 0

    async def chunks() -> AsyncIterator[bytes]:
        nonlocal sent
        for _ in range(1000):
            sent += 512
            yield b"y" * 512

    async with _client(4096) as client:
        answer = await client.post("/echo", content=chunks())
    assert answer.status_code == 413 and answer.json()["max_bytes"] == 4096


def test_the_default_limit_is_one_mebibyte() -> None:
    settings = ServiceSettings(database_url="postgresql://u:p@db/x", http_port=1)
    assert settings.max_body_bytes == 1024 * 1024
