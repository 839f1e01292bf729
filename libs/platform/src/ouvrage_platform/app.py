"""`create_app`: the FastAPI application every service builds, with the shared plumbing."""

from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

import structlog
import uvicorn
from fastapi import APIRouter, FastAPI
from ouvrage_events import privacy
from ouvrage_events.runtime.kafka import register_security

from ouvrage_platform.auth import JwksVerifier, TokenVerifier
from ouvrage_platform.body_limit import BODY_TOO_LARGE, BodyLimitMiddleware
from ouvrage_platform.correlation import CorrelationIdMiddleware
from ouvrage_platform.errors import ErrorMapping, install_problem_handlers
from ouvrage_platform.health import ReadyCheck, health_router
from ouvrage_platform.logging import configure_logging
from ouvrage_platform.metrics import (
    HttpMetrics,
    HttpMetricsMiddleware,
    metrics_router,
    new_registry,
)
from ouvrage_platform.openapi import (
    PIPELINE_ANSWERS,
    document_errors,
    install_openapi,
    operation_id,
)
from ouvrage_platform.pagination import CursorCodec, CursorMiddleware
from ouvrage_platform.security_headers import SecurityHeadersMiddleware
from ouvrage_platform.settings import ServiceSettings
from ouvrage_platform.tracing import configure_tracing, instrument

Lifespan = Callable[[FastAPI], AbstractAsyncContextManager[Any]]

log = structlog.get_logger(__name__)


def _with_cleanup(lifespan: Lifespan | None) -> Lifespan:
    @asynccontextmanager
    async def lifespan_with_cleanup(app: FastAPI) -> AsyncIterator[Any]:
        settings: ServiceSettings = app.state.settings
        privacy.configure(
            settings.keys_database_url,
            settings.platform_key.get_secret_value(),
            cache_seconds=settings.privacy_key_cache_seconds,
        )
        try:
            if lifespan is None:
                yield None
            else:
                async with lifespan(app) as state:
                    yield state
        finally:
            await _close_shared(app)

    return lifespan_with_cleanup


async def _close_shared(app: FastAPI) -> None:
    closables = [app.state.verifier, *app.state.ready_checks.values()]
    for closable in closables:
        aclose = getattr(closable, "aclose", None)
        if aclose is None:
            continue
        try:
            await aclose()
        except Exception as exc:  # shutdown goes on: one stuck client must not keep others open
            log.warning("app.close_failed", error=type(exc).__name__)


def create_app(
    *,
    title: str,
    settings: ServiceSettings,
    lifespan: Lifespan | None = None,
    routers: Sequence[APIRouter] = (),
    error_mapping: ErrorMapping | None = None,
    ready_checks: Mapping[str, ReadyCheck] | None = None,
    verifier: TokenVerifier | None = None,
    version: str = "0.1.0",
) -> FastAPI:
    """A FastAPI app with correlation ids, problem+json errors, auth, health, ready and metrics.

    Refuses to build without ``cursor_secret`` in production (``PlaceholderSecretError``).
    Nothing connects here: the JWKS is fetched on the first token, pools open in `lifespan`.
    `app.state` holds `settings`, `verifier`, `ready_checks` and `metrics_registry`.
    """
    # Every Kafka client of this process reaching this broker authenticates as the settings say.
    register_security(settings.kafka_bootstrap, settings.kafka_security())
    # No interactive docs in production (the OpenAPI document stays: it is the contract).
    docs = settings.environment != "production"
    app = FastAPI(
        title=title,
        version=version,
        lifespan=_with_cleanup(lifespan),
        docs_url="/docs" if docs else None,
        redoc_url="/redoc" if docs else None,
        generate_unique_id_function=operation_id,
    )
    app.state.settings = settings
    app.state.verifier = verifier or JwksVerifier(
        settings.jwks_url,
        issuer=settings.jwt_issuer,
        audience=settings.expected_audience,
        max_age=settings.jwks_max_age_seconds,
    )
    app.state.ready_checks = dict(ready_checks or {})
    app.state.metrics_registry = new_registry()
    # add_middleware wraps what is already there: the last one added runs first.
    install_problem_handlers(app, error_mapping)
    app.add_middleware(
        CursorMiddleware, codec=CursorCodec(settings.cursor_secrets(), service=title)
    )
    app.add_middleware(HttpMetricsMiddleware, metrics=HttpMetrics(app.state.metrics_registry))
    app.add_middleware(CorrelationIdMiddleware)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(SecurityHeadersMiddleware)
    app.include_router(health_router())
    app.include_router(metrics_router())
    for router in routers:
        app.include_router(router)
    document_errors(app, error_mapping or {})
    document_errors(app, PIPELINE_ANSWERS)
    document_errors(app, {BodyLimitMiddleware: (413, BODY_TOO_LARGE)})  # every route with a body
    install_openapi(app)
    instrument(app)
    return app


def serve(app: FastAPI, settings: ServiceSettings, *, service: str) -> None:
    """Configure JSON logging and run the app with uvicorn on the configured host and port."""
    configure_logging(service, settings.log_level)
    configure_tracing(service, settings.otlp_endpoint)
    if settings.environment == "production" and settings.kafka_replication_factor < 2:
        # one broker's loss would lose events: set <PREFIX>_KAFKA_REPLICATION_FACTOR
        replicas = settings.kafka_replication_factor
        log.warning("kafka.unreplicated_topics", replication_factor=replicas)
    uvicorn.run(
        app,
        host=settings.http_host,
        port=settings.http_port,
        log_config=None,
        proxy_headers=True,
        server_header=False,
        loop="uvloop",  # libuv's event loop: about half the CPU per request of asyncio's own
    )
