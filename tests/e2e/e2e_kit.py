"""What the end-to-end scenarios drive: the six running services over HTTP, as a web client
would (log in, then call with the bearer token), and the people of a company."""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import httpx

T = TypeVar("T")
SERVICES = ("identity", "clients", "actions", "planning", "notifier", "sales")
# OUVRAGE_E2E_PORT_BASE lets two checkouts run the scenarios side by side on one machine
PORT_BASE = int(os.environ.get("OUVRAGE_E2E_PORT_BASE", "18001"))
PORTS = {name: PORT_BASE + index for index, name in enumerate(SERVICES)}
# Passwords that satisfy identity's policy (length, upper case, digit, special character).
_PASSWORD_WORDS = ("Truelle", "Parpaing", "Chevron", "Linteau", "Solive", "Enduit")
_serial = itertools.count(1)
# What a service answers while it has not yet consumed the event naming a user or a record.
RETRIED = (404, 409, 422)


class UnexpectedAnswerError(Exception):
    """An answer no waiting can change (e.g. 403, 500): the scenario fails at once."""


def strong_password() -> str:
    """A new password each call, accepted by the policy."""
    n = next(_serial)
    word = _PASSWORD_WORDS[n % len(_PASSWORD_WORDS)]
    return f"{word}-{uuid.uuid4().hex[:6]}-{n}€!"


async def eventually(
    probe: Callable[[], Awaitable[T]], timeout: float = 30.0, what: str = "the expected effect"
) -> T:
    """The first truthy result of ``probe``, polled until ``timeout`` (AssertionError after).

    Services learn about each other only through Kafka: an effect in another service shows up
    a moment after the command that caused it."""
    deadline = time.monotonic() + timeout
    last: object = None
    while True:
        try:
            result = await probe()
        except AssertionError as exc:  # a probe may assert; keep polling until the deadline
            result, last = None, exc  # type: ignore[assignment]
        else:
            last = result
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not seen after {timeout:.0f}s (last: {last!r:.500})")
        await asyncio.sleep(0.2)


def expect(response: httpx.Response, status: int) -> Any:
    """The JSON body of ``response`` once its status is ``status`` (else AssertionError)."""
    assert response.status_code == status, (
        f"{response.request.method} {response.request.url} -> {response.status_code}, "
        f"expected {status}: {response.text[:800]}"
    )
    content_type = response.headers.get("content-type", "")
    return response.json() if "json" in content_type else response.content


@dataclass
class Person:
    """A user of a company, logged in (``token``) as a browser session would be."""

    id: uuid.UUID
    email: str
    first_name: str
    last_name: str
    password: str
    token: str = ""

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


@dataclass
class Ouvrage:
    """The running system's HTTP APIs: ``await ouvrage.get("clients", "/clients", as_=alice)``."""

    urls: dict[str, str]
    http: httpx.AsyncClient

    async def call(
        self,
        service: str,
        method: str,
        path: str,
        as_: Person | None = None,
        headers: dict[str, str] | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        sent = {**(as_.auth if as_ else {}), **(headers or {})}
        return await self.http.request(method, self.urls[service] + path, headers=sent, **kwargs)

    async def get(self, service: str, path: str, as_: Person, **kwargs: Any) -> httpx.Response:
        return await self.call(service, "GET", path, as_, **kwargs)

    async def post(self, service: str, path: str, as_: Person, **kwargs: Any) -> httpx.Response:
        return await self.call(service, "POST", path, as_, **kwargs)

    async def put(self, service: str, path: str, as_: Person, **kwargs: Any) -> httpx.Response:
        return await self.call(service, "PUT", path, as_, **kwargs)

    async def patch(self, service: str, path: str, as_: Person, **kwargs: Any) -> httpx.Response:
        return await self.call(service, "PATCH", path, as_, **kwargs)

    async def delete(self, service: str, path: str, as_: Person, **kwargs: Any) -> httpx.Response:
        return await self.call(service, "DELETE", path, as_, **kwargs)

    async def token(self, email: str, password: str) -> httpx.Response:
        """``POST /auth/token`` with the password grant (the login form)."""
        body = {"grant_type": "password", "email": email, "password": password}
        return await self.call("identity", "POST", "/auth/token", json=body)

    async def log_in(self, person: Person) -> Person:
        person.token = expect(await self.token(person.email, person.password), 200)["access_token"]
        return person


@dataclass
class Company:
    """A tenant made with identity's CLI, its administrator logged in, and its other users."""

    ouvrage: Ouvrage
    tenant_id: uuid.UUID
    name: str
    domain: str
    sender_email: str
    admin: Person
    people: list[Person] = field(default_factory=list)

    def address(self, local_part: str) -> str:
        """A unique email address of the company's domain."""
        return f"{local_part}.{uuid.uuid4().hex[:6]}@{self.domain}"

    async def add_user(
        self,
        first_name: str,
        last_name: str,
        *,
        permissions: tuple[str, ...] = (),
        is_admin: bool = False,
        is_operator: bool = False,
    ) -> Person:
        """Create the account through ``POST /users`` (as the administrator), then log in."""
        person = Person(
            id=uuid.uuid4(),
            email=self.address(first_name.lower()),
            first_name=first_name,
            last_name=last_name,
            password=strong_password(),
        )
        body = {
            "email": person.email, "first_name": first_name, "last_name": last_name,
            "password": person.password, "is_admin": is_admin,
            "permissions": list(permissions), "is_operator": is_operator,
        }  # fmt: skip
        created = expect(await self.ouvrage.post("identity", "/users", self.admin, json=body), 201)
        person.id = uuid.UUID(created["id"])
        self.people.append(person)
        return await self.ouvrage.log_in(person)

    async def accepted(
        self,
        send: Callable[[], Awaitable[httpx.Response]],
        status: int,
        timeout: float = 30.0,
        what: str = "the command",
    ) -> Any:
        """The body of a command's answer once it is ``status``: retried while the service has
        not yet learnt, through Kafka, of the users or records the command names."""

        async def attempt() -> Any:
            response = await send()
            if response.status_code == status:
                return expect(response, status) or True
            text = f"{response.status_code} {response.text[:500]}"
            if response.status_code not in RETRIED:
                raise UnexpectedAnswerError(f"{what}: {text}")
            raise AssertionError(text)  # not known there yet: eventually() tries again

        return await eventually(attempt, timeout, what=f"{what} accepted")


async def create_tenant_with(
    identity: list[str],
    env: dict[str, str],
    cwd: Path,
    name: str,
    admin: Person,
    sender_email: str,
) -> uuid.UUID:
    """``ouvrage-identity create-tenant`` (``identity``: the console script) with ``env``, as an
    operator runs it; the administrator's id is set on ``admin``, the tenant's id returned."""
    args = [
        *identity, "create-tenant", "--name", name,
        "--admin-email", admin.email, "--first-name", admin.first_name,
        "--last-name", admin.last_name, "--password-stdin", "--sender-email", sender_email,
    ]  # fmt: skip
    process = await asyncio.create_subprocess_exec(
        *args,
        env=env,
        cwd=cwd,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await process.communicate(f"{admin.password}\n".encode())
    assert process.returncode == 0, f"create-tenant failed: {err.decode()[-2000:]}"
    created = json.loads(out.decode().strip().splitlines()[-1])
    admin.id = uuid.UUID(created["admin_user_id"])
    return uuid.UUID(created["tenant_id"])
