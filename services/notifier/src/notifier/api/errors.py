"""Domain errors as problem+json: status and stable code (the French detail is the message).

The command pipeline's errors (412 stale If-Match with ``current_version``, 409 lost race) are
answered by ``ouvrage_platform.errors`` the same way in every service."""

from __future__ import annotations

from collections.abc import Mapping

from notifier.domain.errors import (
    AlertNotFoundError,
    EmailNotFoundError,
    InvalidDomainError,
    SenderDomainNotFoundError,
)

ERROR_MAPPING: Mapping[type[Exception], tuple[int, str]] = {
    AlertNotFoundError: (404, "alert_not_found"),
    EmailNotFoundError: (404, "email_not_found"),
    SenderDomainNotFoundError: (404, "sender_domain_not_found"),
    InvalidDomainError: (422, "invalid_domain"),
}
