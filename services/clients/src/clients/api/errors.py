"""How the clients service's errors answer (one mapping for the whole service).

The command pipeline's errors (404 unknown record, 412 stale If-Match, 409 lost race) are
answered by ``ouvrage_platform.errors`` the same way in every service.
"""

from __future__ import annotations

from collections.abc import Mapping

from clients.app.ports import InvalidPositionError
from clients.domain import errors as e
from clients.domain.retention import InvalidRetentionError

ERROR_MAPPING: Mapping[type[Exception], tuple[int, str]] = {
    e.ClientNotFoundError: (404, "client_not_found"),
    e.ClientTrashedError: (409, "client_trashed"),
    e.ClientNotTrashedError: (409, "client_not_trashed"),
    e.ClientErasedError: (409, "client_erased"),
    InvalidRetentionError: (422, "invalid_retention"),
    e.StatusAlreadyDefinedError: (409, "status_exists"),
    e.TrashStatusExistsError: (409, "trash_status_exists"),
    e.AlreadyClientError: (409, "already_client"),
    e.InvalidContactError: (422, "invalid_contact"),
    e.InvalidBlockReasonError: (422, "invalid_block_reason"),
    e.InvalidDuplicateError: (422, "invalid_duplicate"),
    e.UnknownStatusError: (422, "unknown_status"),
    e.InvalidStatusError: (422, "invalid_status"),
    InvalidPositionError: (400, "invalid_cursor"),
}
