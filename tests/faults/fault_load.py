"""The mixed load the fault scenarios run under: a few workers creating clients and actions (each
command with its own Idempotency-Key, retried with the SAME key until acknowledged, as a careful
client does) and reading the client search, the action list, the planning board and the alerts.

Every answer is judged as it arrives: a 2xx, a 503 problem+json (a dependency out of reach), or
an answer the eventual consistency explains (actions not knowing a client yet: 404/409/422) is
fine; a 500, any other 5xx, a 5xx that is not problem+json, or a request that outlives
``REQUEST_TIMEOUT`` (a hang) is a violation."""

from __future__ import annotations

import asyncio
import itertools
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import httpx
from e2e_kit import Company, Person

REQUEST_TIMEOUT = 15.0
PROBLEM = "application/problem+json"
PENDING = (404, 409, 422)  # actions has not consumed the client's registration yet


@dataclass
class Command:
    """One logical command: its key, what it sends, and the first acknowledgement."""

    key: str
    service: str
    path: str
    body: dict[str, Any]
    acknowledged: dict[str, Any] | None = None
    tries: int = 0


@dataclass
class LoadReport:
    statuses: Counter[str] = field(default_factory=Counter)
    violations: list[str] = field(default_factory=list)
    unavailable: Counter[str] = field(default_factory=Counter)  # 503 by service

    def summary(self) -> str:
        return ", ".join(f"{k}: {v}" for k, v in sorted(self.statuses.items()))


class MixedLoad:
    """``async with MixedLoad(company, person, type_id) as load: ...``; then ``await
    load.settle()`` sends every unacknowledged command again until it is acknowledged."""

    def __init__(self, company: Company, by: Person, action_type_id: str, workers: int = 3):
        self.company = company
        self.by = by
        self.action_type_id = action_type_id
        self.workers = workers
        self.report = LoadReport()
        self.clients: list[Command] = []
        self.actions: list[Command] = []
        self.worksites: list[Command] = []
        self._serial = itertools.count(1)
        self._stop = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []
        self.http = httpx.AsyncClient(timeout=REQUEST_TIMEOUT)

    async def __aenter__(self) -> MixedLoad:
        self._tasks = [asyncio.create_task(self._work(n)) for n in range(self.workers)]
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.stop()

    async def stop(self) -> None:
        self._stop.set()
        await asyncio.gather(*self._tasks)
        self._tasks = []

    async def close(self) -> None:
        await self.stop()
        await self.http.aclose()

    async def send(
        self, method: str, service: str, path: str, **kwargs: Any
    ) -> httpx.Response | None:
        """One request, judged; None when it did not complete (timed out, connection lost)."""
        url = self.company.ouvrage.urls[service] + path
        headers = {**self.by.auth, **kwargs.pop("headers", {})}
        label = f"{method} {service}{path.split('?')[0]}"
        started = time.monotonic()
        try:
            response = await self.http.request(method, url, headers=headers, **kwargs)
        except httpx.TimeoutException:
            self.report.violations.append(f"{label}: no answer in {REQUEST_TIMEOUT:.0f}s (hang)")
            return None
        except httpx.TransportError as exc:  # the gateway itself is never cut: it must answer
            self.report.violations.append(
                f"{label}: {type(exc).__name__} after {time.monotonic() - started:.1f}s"
            )
            return None
        self._judge(label, service, response)
        return response

    def _judge(self, label: str, service: str, response: httpx.Response) -> None:
        status = response.status_code
        self.report.statuses[str(status)] += 1
        kind = response.headers.get("content-type", "")
        if status == 503 and kind.startswith(PROBLEM):
            self.report.unavailable[service] += 1
        elif status >= 500:
            self.report.violations.append(f"{label}: {status} {kind} {response.text[:200]}")

    async def attempt(self, command: Command) -> None:
        """Send ``command`` once more (same Idempotency-Key); keep its first acknowledgement."""
        command.tries += 1
        response = await self.send(
            "POST", command.service, command.path, json=command.body,
            headers={"Idempotency-Key": command.key},
        )  # fmt: skip
        if response is None or response.status_code != 201:
            return
        body = response.json()
        if command.acknowledged is not None and body["id"] != command.acknowledged["id"]:
            self.report.violations.append(f"{command.key}: a retry answered another record")
        command.acknowledged = command.acknowledged or body

    def _new_client(self) -> Command:
        n = next(self._serial)
        body = {"kind": "client", "last_name": f"Charge{n}", "first_name": "Panne"}
        command = Command(str(uuid.uuid4()), "clients", "/clients", body)
        self.clients.append(command)
        return command

    def _new_worksite(self, client_id: str) -> Command:
        body = {"client_id": client_id, "title": "Ravalement", "start_date": "2030-01-08"}
        command = Command(str(uuid.uuid4()), "planning", "/worksites", body)
        self.worksites.append(command)
        return command

    def _new_action(self, client_id: str) -> Command:
        body = {
            "action_type_id": self.action_type_id,
            "alert_at": "2030-01-07T09:00:00",
            "note": "relance",
        }
        command = Command(str(uuid.uuid4()), "actions", f"/clients/{client_id}/actions", body)
        self.actions.append(command)
        return command

    async def _work(self, worker: int) -> None:
        for round_ in itertools.count():
            if self._stop.is_set():
                return
            await self._one_round(worker, round_)
            await asyncio.sleep(0.05)

    async def _one_round(self, worker: int, round_: int) -> None:
        pending = self.pending()
        if pending and round_ % 2:
            await self.attempt(pending[(worker + round_) % len(pending)])
        elif round_ % 3 == 0:
            await self.attempt(self._new_client())
        else:
            known = [c.acknowledged for c in self.clients if c.acknowledged]
            if known and round_ % 3 == 1:
                await self.attempt(self._new_action(known[-1]["id"]))
            elif known and round_ % 6 == 2:
                await self.attempt(self._new_worksite(known[-1]["id"]))
        await self._reads(round_)

    async def _reads(self, round_: int) -> None:
        reads = [
            ("clients", "/clients?q=Charge&limit=20"),
            ("actions", "/actions?limit=20"),
            ("planning", "/planning?from=2030-01-07&to=2030-01-13"),
            ("notifier", "/alerts?limit=20"),
            ("identity", f"/users/{self.by.id}"),
            ("sales", "/invoices?overdue=true"),
        ]
        service, path = reads[round_ % len(reads)]
        await self.send("GET", service, path)

    def pending(self) -> list[Command]:
        """The commands sent but not acknowledged yet."""
        commands = (*self.clients, *self.actions, *self.worksites)
        return [c for c in commands if c.acknowledged is None]

    async def settle(self, timeout: float = 90.0) -> None:
        """Every command sent again (same key) until acknowledged; AssertionError past timeout."""
        deadline = time.monotonic() + timeout
        while pending := self.pending():
            if time.monotonic() > deadline:
                raise AssertionError(f"{len(pending)} commands never acknowledged: {pending[:3]}")
            await asyncio.gather(*(self.attempt(c) for c in pending[:8]))
            await asyncio.sleep(0.3)
