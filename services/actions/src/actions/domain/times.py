"""Alert times: the request speaks the company's local time, the store keeps UTC."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from actions.domain.errors import NonexistentLocalTimeError, UnknownTimezoneError

DEFAULT_TIMEZONE = "Europe/Paris"


def zone(name: str) -> ZoneInfo:
    """The IANA time zone ``name``; ``UnknownTimezoneError`` when there is none."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise UnknownTimezoneError(name) from exc


def to_utc(value: datetime, timezone: str) -> datetime:
    """``value`` in UTC; a naive ``value`` is a wall-clock time of ``timezone``.

    A wall-clock time skipped by the spring change is refused; one repeated by the autumn change
    is taken at its first occurrence (summer time), as a person setting an alarm would expect.
    """
    if value.tzinfo is not None and value.utcoffset() is not None:
        return value.astimezone(UTC)
    tz = zone(timezone)
    local = value.replace(tzinfo=tz, fold=0)
    as_utc = local.astimezone(UTC)
    if as_utc.astimezone(tz).replace(tzinfo=None) != value.replace(fold=0):
        raise NonexistentLocalTimeError(value, timezone)
    return as_utc


def to_local(value: datetime, timezone: str) -> datetime:
    """``value`` (aware) as the wall-clock time of ``timezone``, with its offset."""
    return value.astimezone(zone(timezone))
