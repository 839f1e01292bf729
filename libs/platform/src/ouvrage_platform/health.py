"""`/health` (alive) and `/ready` (dependencies reachable), with ready-made checks."""

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import asyncpg
import structlog
from aiokafka.client import AIOKafkaClient
from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse
from ouvrage_events import EventRuntime
from ouvrage_events.runtime.kafka import client_options

from ouvrage_platform.errors import ProblemError, problem_response

ReadyCheck = Callable[[], Awaitable[object]]
"""A readiness check: returns when the dependency answers, raises (or times out) otherwise."""

CHECK_TIMEOUT = 5.0

log = structlog.get_logger(__name__)


def add_ready_check(app: FastAPI, name: str, check: ReadyCheck) -> None:
    """Register a check for `/ready` (typically in the lifespan, once the pool exists)."""
    app.state.ready_checks[name] = check


async def _run(name: str, check: ReadyCheck) -> bool:
    try:
        await asyncio.wait_for(check(), CHECK_TIMEOUT)
    except Exception as exc:
        # The error type only: messages of driver errors may carry hosts or user names.
        log.warning("ready.check_failed", check=name, error=type(exc).__name__)
        return False
    return True


async def run_checks(checks: Mapping[str, ReadyCheck]) -> dict[str, str]:
    """Run every check concurrently: name → "ok" or "failed"."""
    names = list(checks)
    results = await asyncio.gather(*(_run(name, checks[name]) for name in names))
    return {name: "ok" if ok else "failed" for name, ok in zip(names, results, strict=True)}


def health_router() -> APIRouter:
    """`GET /health` and `GET /ready` (checks from `app.state.ready_checks`)."""
    router = APIRouter(tags=["ops"])

    @router.get("/health")
    async def health() -> dict[str, str]:
        """The process is alive."""
        return {"status": "ok"}

    not_ready = {"description": "Une dépendance ne répond pas", "x-problem-codes": ["not_ready"]}

    @router.get("/ready", response_model=None, responses={503: not_ready})
    async def ready(request: Request) -> JSONResponse | dict[str, Any]:
        """The service's dependencies (database, Kafka) answer."""
        results = await run_checks(request.app.state.ready_checks)
        failed = sorted(name for name, result in results.items() if result != "ok")
        if not failed:
            return {"status": "ready", "checks": results}
        problem = ProblemError(
            503,
            "not_ready",
            "Le service n'est pas prêt : " + ", ".join(failed) + ".",
            extra={"checks": results, "failed": failed},
        )
        return problem_response(request.url.path, problem)

    return router


def postgres_check(pool: "asyncpg.Pool[Any]", *, timeout: float = 2.0) -> ReadyCheck:
    """A check running `SELECT 1` on a pooled connection."""

    async def check() -> None:
        async with asyncio.timeout(timeout):
            async with pool.acquire() as conn:
                await conn.fetchval("SELECT 1")

    return check


def event_runtime_check(runtime: EventRuntime) -> ReadyCheck:
    """A check failing once a background task of the service's relay or consumers has died."""

    async def check() -> None:
        if not runtime.healthy():
            raise RuntimeError("an event runtime task stopped")

    return check


class KafkaCheck:
    """A check asking the brokers for cluster metadata; the client is kept between calls."""

    def __init__(self, bootstrap: str, *, timeout: float = 3.0) -> None:
        self._bootstrap = bootstrap
        self._timeout = timeout
        self._client: Any = None
        self._lock = asyncio.Lock()

    async def __call__(self) -> None:
        async with self._lock:
            try:
                async with asyncio.timeout(self._timeout):
                    client = await self._connected()
                    await client.fetch_all_metadata()
            except BaseException:
                await self.aclose()  # a fresh client next time, in case this one is wedged
                raise

    async def _connected(self) -> Any:
        if self._client is None:
            client = AIOKafkaClient(
                **client_options(self._bootstrap),
                request_timeout_ms=int(self._timeout * 1000),
                client_id="ouvrage-ready-check",
            )
            self._client = client
            await client.bootstrap()
        return self._client

    async def aclose(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            await client.close()


def kafka_check(bootstrap: str, *, timeout: float = 3.0) -> KafkaCheck:
    """A Kafka readiness check (close it with `aclose()`; `create_app` does so on shutdown)."""
    return KafkaCheck(bootstrap, timeout=timeout)
