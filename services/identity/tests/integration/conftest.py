"""identity over HTTP on the real PostgreSQL and Kafka: one database, app and topic per module."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest_asyncio
from aiokafka import AIOKafkaConsumer, ConsumerRecord
from fastapi import FastAPI
from identity.app.container import Container
from identity.app.tenant_handlers import create_tenant
from identity.bootstrap import create_app, migrate
from identity.domain.commands import CreateTenant
from identity.settings import IdentitySettings
from ouvrage_events.runtime.kafka import client_options
from ouvrage_testing.kafka_access import kafka_access

ADMIN_PASSWORD = "Échafaudage-2024!"
CLI = Path(sys.executable).parent / "ouvrage-identity"


@dataclass
class TopicReader:
    """Every record of a topic from its beginning, read in the background."""

    bootstrap: str
    topic: str
    records: list[ConsumerRecord[bytes, bytes]] = field(default_factory=list)
    _consumer: AIOKafkaConsumer | None = None
    _task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self._consumer = AIOKafkaConsumer(
            self.topic, **client_options(self.bootstrap), auto_offset_reset="earliest",
            enable_auto_commit=False, group_id=None,
        )  # fmt: skip
        await self._consumer.start()
        self._task = asyncio.create_task(self._read())

    async def _read(self) -> None:
        assert self._consumer is not None
        async for record in self._consumer:
            self.records.append(record)

    async def wait_for(
        self, predicate: Callable[[ConsumerRecord[bytes, bytes]], bool], timeout: float = 30.0
    ) -> ConsumerRecord[bytes, bytes]:
        """The first record matching ``predicate`` (a timeout fails the test, it measures
        nothing)."""
        async with asyncio.timeout(timeout):
            while True:
                for record in self.records:
                    if predicate(record):
                        return record
                await asyncio.sleep(0.05)

    async def of_type(self, name: str, subject: uuid.UUID) -> ConsumerRecord[bytes, bytes]:
        return await self.wait_for(
            lambda r: (
                header(r, "ce_type") == f"ouvrage.identity.{name}"
                and header(r, "ce_subject") == str(subject)
            )
        )

    def count(self, name: str, subject: uuid.UUID) -> int:
        return sum(
            1
            for r in self.records
            if header(r, "ce_type") == f"ouvrage.identity.{name}"
            and header(r, "ce_subject") == str(subject)
        )

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
        if self._consumer is not None:
            await self._consumer.stop()


def header(record: ConsumerRecord[bytes, bytes], name: str) -> str | None:
    for key, value in record.headers:
        if key == name:
            return value.decode()
    return None


def payload(record: ConsumerRecord[bytes, bytes]) -> dict[str, Any]:
    assert record.value is not None
    result: dict[str, Any] = json.loads(record.value)
    return result


@dataclass
class Company:
    tenant_id: uuid.UUID
    admin_id: uuid.UUID
    admin_email: str
    admin_token: str


@dataclass
class IdentityHarness:
    """What the tests use (they import nothing from this file: ``h.auth``, ``h.header``...)."""

    admin_password = ADMIN_PASSWORD
    app: FastAPI
    http: httpx.AsyncClient
    settings: IdentitySettings
    topic: str
    reader: TopicReader
    notifier_topic: str = ""

    @property
    def identity(self) -> Container:
        identity: Container = self.app.state.container
        return identity

    async def login(self, email: str, password: str) -> httpx.Response:
        return await self.http.post("/auth/token", json={"email": email, "password": password})

    async def token(self, email: str, password: str) -> str:
        response = await self.login(email, password)
        assert response.status_code == 200, response.text
        return str(response.json()["access_token"])

    async def company(self, name: str = "Dupont Bâtiment") -> Company:
        """A new company with its administrator, logged in."""
        email = f"admin.{uuid.uuid4().hex[:8]}@example.fr"
        created = await create_tenant(
            self.identity,
            CreateTenant(name=name, admin_email=email, first_name="Jeanne",
                         last_name="Admin", password=ADMIN_PASSWORD),
        )  # fmt: skip
        token = await self.token(email, ADMIN_PASSWORD)
        return Company(created.tenant_id, created.admin_user_id, email, token)

    async def add_user(
        self, company: Company, password: str = "Truelle&Niveau-42", **fields: Any
    ) -> dict[str, Any]:
        body = {
            "email": f"user.{uuid.uuid4().hex[:8]}@example.fr",
            "first_name": "Paul",
            "last_name": "Maçon",
            "password": password,
            **fields,
        }
        response = await self.http.post("/users", json=body, headers=auth(company.admin_token))
        assert response.status_code == 201, response.text
        created: dict[str, Any] = response.json()
        return created

    auth = staticmethod(lambda token: auth(token))
    header = staticmethod(lambda record, name: header(record, name))
    payload = staticmethod(lambda record: payload(record))

    def _env(self) -> dict[str, str]:
        return {
            **os.environ,
            "IDENTITY_DATABASE_URL": self.settings.database_url,
            "IDENTITY_KAFKA_BOOTSTRAP": self.settings.kafka_bootstrap,
            **kafka_access().env("identity"),
        }

    def cli(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        """``ouvrage-identity`` on this module's database."""
        return subprocess.run(
            [str(CLI), *args], input=stdin, env=self._env(), capture_output=True, text=True,
            timeout=120, check=False,
        )  # fmt: skip

    def spawn_cli(self, *args: str) -> subprocess.Popen[bytes]:
        """A long-running ``ouvrage-identity`` (the caller terminates it)."""
        return subprocess.Popen(
            [str(CLI), *args], env=self._env(), stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest_asyncio.fixture(loop_scope="session", scope="module")
async def identity_harness(
    database_dsn: str, kafka_bootstrap: str, _ouvrage_topics: Any
) -> AsyncIterator[IdentityHarness]:
    """identity on a fresh database, publishing to a topic of its own, over ASGI.

    ``_ouvrage_topics`` is the session-wide factory behind ``topic_factory`` (which is
    function-scoped, so a module-wide app cannot use it).
    """
    topic = await _ouvrage_topics("identity")
    notifier_topic = await _ouvrage_topics("notifier")
    settings = IdentitySettings(
        database_url=database_dsn, kafka_bootstrap=kafka_bootstrap, environment="test",
        consumer_group_suffix=f".{uuid.uuid4().hex[:8]}",
        # every test logs in from the same ASGI address: the flooding tests set their own limits
        login_rate_per_address="100000/minute", login_rate_per_account="10000/minute",
    )  # fmt: skip
    await migrate(settings)
    app = create_app(
        settings,
        relay_topic=topic,
        consumed_topics={"email_bounces": [notifier_topic, topic]},
    )
    reader = TopicReader(kafka_bootstrap, topic)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://identity") as http:
            await reader.start()
            try:
                yield IdentityHarness(app, http, settings, topic, reader, notifier_topic)
            finally:
                await reader.stop()
