"""How the clients service's errors answer (one mapping for the whole service)."""

from __future__ import annotations

from collections.abc import Mapping

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from ouvrage_platform.errors import problem_response
from ouvrage_platform.versioning import PreconditionFailedError

from clients.app.ports import InvalidPositionError
from clients.domain import errors as e

ERROR_MAPPING: Mapping[type[Exception], tuple[int, str]] = {
    e.ClientNotFoundError: (404, "client_not_found"),
    e.ClientTrashedError: (409, "client_trashed"),
    e.ClientNotTrashedError: (409, "client_not_trashed"),
    e.ClientErasedError: (409, "client_erased"),
    e.ConcurrentUpdateError: (409, "concurrent_update"),
    e.StatusAlreadyDefinedError: (409, "status_exists"),
    e.InvalidContactError: (422, "invalid_contact"),
    e.InvalidBlockReasonError: (422, "invalid_block_reason"),
    e.InvalidDuplicateError: (422, "invalid_duplicate"),
    e.UnknownStatusError: (422, "unknown_status"),
    e.InvalidStatusError: (422, "invalid_status"),
    InvalidPositionError: (400, "invalid_cursor"),
}


async def _stale_version(request: Request, exc: Exception) -> JSONResponse:
    current = exc.current_version if isinstance(exc, e.StaleVersionError) else None
    return problem_response(request.url.path, PreconditionFailedError(current_version=current))


def install_stale_version_handler(app: FastAPI) -> None:
    """A stale ``If-Match`` answers 412 ``version_conflict`` with the current version."""
    app.add_exception_handler(e.StaleVersionError, _stale_version)
