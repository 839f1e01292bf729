"""Periods of the planning views: ISO weeks and date ranges, in the company's time zone."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from planning.domain.errors import InvalidPeriodError, InvalidWeekError

_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


@dataclass(frozen=True)
class Period:
    """Days [first, last] inclusive, and the instants bounding them in a time zone."""

    first: date
    last: date
    zone: ZoneInfo

    @property
    def starts_at(self) -> datetime:
        return datetime.combine(self.first, time.min, self.zone)

    @property
    def ends_at(self) -> datetime:
        return datetime.combine(self.last + timedelta(days=1), time.min, self.zone)


def iso_week(text: str, zone: ZoneInfo) -> Period:
    """The Monday-to-Sunday period of ``2026-W49``."""
    match = _WEEK.match(text.strip())
    if match is None:
        raise InvalidWeekError()
    try:
        monday = date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
    except ValueError as exc:
        raise InvalidWeekError() from exc
    return Period(monday, monday + timedelta(days=6), zone)


def week_of(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def date_range(first: date | None, last: date | None) -> tuple[date | None, date | None]:
    """Validated optional bounds of a date range."""
    if first is not None and last is not None and last < first:
        raise InvalidPeriodError()
    return first, last
