"""Alert times: local wall-clock times of the company's zone to UTC, and back."""

from datetime import UTC, datetime, timedelta, timezone

import pytest
from actions.domain.errors import NonexistentLocalTimeError, UnknownTimezoneError
from actions.domain.times import to_local, to_utc


def test_a_naive_time_is_paris_wall_clock_time_in_winter() -> None:
    assert to_utc(datetime(2026, 12, 1, 9, 0), "Europe/Paris") == datetime(
        2026, 12, 1, 8, 0, tzinfo=UTC
    )


def test_a_naive_time_is_paris_wall_clock_time_in_summer() -> None:
    assert to_utc(datetime(2026, 7, 1, 9, 0), "Europe/Paris") == datetime(
        2026, 7, 1, 7, 0, tzinfo=UTC
    )


def test_another_company_zone_is_honoured() -> None:
    assert to_utc(datetime(2026, 12, 1, 9, 0), "America/Martinique") == datetime(
        2026, 12, 1, 13, 0, tzinfo=UTC
    )


def test_an_aware_time_is_taken_as_is() -> None:
    aware = datetime(2026, 12, 1, 9, 0, tzinfo=timezone(timedelta(hours=-5)))

    assert to_utc(aware, "Europe/Paris") == datetime(2026, 12, 1, 14, 0, tzinfo=UTC)


def test_a_time_skipped_by_the_spring_change_is_refused_in_french() -> None:
    with pytest.raises(NonexistentLocalTimeError, match="n'existe pas dans le fuseau"):
        to_utc(datetime(2026, 3, 29, 2, 30), "Europe/Paris")


def test_a_time_repeated_by_the_autumn_change_is_its_first_occurrence() -> None:
    assert to_utc(datetime(2026, 10, 25, 2, 30), "Europe/Paris") == datetime(
        2026, 10, 25, 0, 30, tzinfo=UTC
    )


def test_local_time_carries_the_zone_offset() -> None:
    local = to_local(datetime(2026, 12, 1, 8, 0, tzinfo=UTC), "Europe/Paris")

    assert local.isoformat() == "2026-12-01T09:00:00+01:00"


def test_an_unknown_zone_is_refused() -> None:
    with pytest.raises(UnknownTimezoneError):
        to_utc(datetime(2026, 12, 1, 9, 0), "Europe/Atlantis")
