"""Client of the local SMTP sink's read API (deploy/local/smtp_sink.py)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx


@dataclass(frozen=True)
class Attachment:
    filename: str | None
    content_type: str
    size: int


@dataclass(frozen=True)
class SinkMessage:
    """One message the sink received; `from_` is the From header (`from` is a keyword)."""

    id: str
    received_at: str
    mail_from: str
    rcpt_to: list[str]
    subject: str | None
    from_: str | None
    reply_to: str | None
    to: str | None
    cc: str | None
    text: str | None
    html: str | None
    attachments: list[Attachment]
    headers: list[tuple[str, str]]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SinkMessage:
        return cls(
            id=data["id"],
            received_at=data["received_at"],
            mail_from=data["mail_from"],
            rcpt_to=list(data["rcpt_to"]),
            subject=data.get("subject"),
            from_=data.get("from"),
            reply_to=data.get("reply_to"),
            to=data.get("to"),
            cc=data.get("cc"),
            text=data.get("text"),
            html=data.get("html"),
            attachments=[Attachment(**item) for item in data.get("attachments", [])],
            headers=[(name, value) for name, value in data.get("headers", [])],
        )

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers if k.lower() == name.lower()), None)


class SmtpSink:
    """The sink as tests see it. Other test sessions may share it: filter by recipient
    (a unique address per test) rather than clearing it."""

    def __init__(self, host: str, port: int, api_url: str) -> None:
        self.host = host
        self.port = port
        self.api_url = api_url

    async def messages(self) -> list[SinkMessage]:
        async with httpx.AsyncClient(base_url=self.api_url, timeout=10) as client:
            response = await client.get("/api/messages")
            response.raise_for_status()
        return [SinkMessage.from_json(item) for item in response.json()]

    async def raw(self, message_id: str) -> bytes:
        async with httpx.AsyncClient(base_url=self.api_url, timeout=10) as client:
            response = await client.get(f"/api/messages/{message_id}/raw")
            response.raise_for_status()
        return response.content

    async def wait_for(
        self, predicate: Callable[[SinkMessage], bool], timeout: float = 10.0
    ) -> SinkMessage:
        """The first message matching predicate, polling until timeout (AssertionError)."""
        deadline = time.monotonic() + timeout
        seen: list[SinkMessage] = []
        while True:
            seen = await self.messages()
            match = next((message for message in seen if predicate(message)), None)
            if match is not None:
                return match
            if time.monotonic() > deadline:
                subjects = [(m.rcpt_to, m.subject) for m in seen[-10:]]
                raise AssertionError(f"no matching message after {timeout}s; last: {subjects}")
            await asyncio.sleep(0.1)

    def clear(self) -> None:
        """Delete every message of the sink (all sessions')."""
        httpx.delete(f"{self.api_url}/api/messages", timeout=10).raise_for_status()
