"""The errors of the write side, shared by every service (pure: no I/O library imported).

``ouvrage_platform.errors`` turns each into its one HTTP answer: ``AggregateNotFoundError`` 404,
``StaleVersionError`` 412 ``version_conflict`` with ``current_version``,
``ConcurrentUpdateError`` 409 ``concurrent_update`` (retryable), ``IdempotencyKeyReusedError`` 422.
"""

from __future__ import annotations

from uuid import UUID

KEY_REUSED_DETAIL = (
    "Cette clé d'idempotence a déjà servi pour une autre requête : utilisez-en une nouvelle."
)


class ConcurrencyError(Exception):
    """The stream moved on since it was loaded: reload and decide again (the store raises it)."""

    def __init__(self, stream_id: UUID, expected_version: int) -> None:
        super().__init__(f"stream {stream_id} is not at version {expected_version}")
        self.stream_id = stream_id
        self.expected_version = expected_version


class AggregateNotFoundError(LookupError):
    """No such aggregate for the caller: unknown id, another type, or another tenant's."""

    def __init__(self, stream_type: str, aggregate_id: UUID) -> None:
        super().__init__(f"{stream_type} {aggregate_id} not found")
        self.stream_type = stream_type
        self.aggregate_id = aggregate_id


class StaleVersionError(Exception):
    """The caller's ``If-Match`` names another version than the current one."""

    def __init__(self, current_version: int | None = None) -> None:
        super().__init__("La fiche a été modifiée entre-temps : rechargez-la avant de réessayer.")
        self.current_version = current_version


class ConcurrentUpdateError(Exception):
    """Another command on the same aggregate committed first: retrying is safe."""

    def __init__(self) -> None:
        super().__init__("La fiche vient d'être modifiée par quelqu'un d'autre : réessayez.")


class IdempotencyKeyReusedError(Exception):
    """An ``Idempotency-Key`` first used for a different request."""

    def __init__(self, message: str = KEY_REUSED_DETAIL) -> None:
        super().__init__(message)
