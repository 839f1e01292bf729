"""The warranty clocks: end dates (leap years, 29 February), coverage the day before, of and
after each end, the reminder window, the retention release date."""

from datetime import date, timedelta

import pytest
from planning.domain.warranty import WarrantyClocks, retention_releasable_on, years_after


@pytest.mark.parametrize(
    ("start", "years", "expected"),
    [
        (date(2025, 3, 15), 1, date(2026, 3, 15)),
        (date(2024, 2, 29), 1, date(2025, 2, 28)),  # no 29 February: the last day of February
        (date(2024, 2, 29), 4, date(2028, 2, 29)),  # a leap year again: the same day
        (date(2024, 2, 29), 10, date(2034, 2, 28)),
        (date(2023, 2, 28), 1, date(2024, 2, 28)),  # 28 February stays 28, even in a leap year
        (date(2025, 12, 31), 2, date(2027, 12, 31)),
    ],
)
def test_a_period_in_years_ends_on_the_same_date_or_the_end_of_february(
    start: date, years: int, expected: date
) -> None:
    assert years_after(start, years) == expected


def test_acceptance_on_29_february_gives_every_end() -> None:
    clocks = WarrantyClocks(date(2024, 2, 29))
    assert clocks.parfait_achevement_ends_on == date(2025, 2, 28)
    assert clocks.biennale_ends_on == date(2026, 2, 28)
    assert clocks.decennale_ends_on == date(2034, 2, 28)
    assert clocks.reminder_on == date(2025, 1, 29)


ACCEPTED = WarrantyClocks(date(2024, 6, 10))
DAY = timedelta(days=1)


@pytest.mark.parametrize("disorder", ["finition", "equipement", "structure"])
def test_the_parfait_achevement_covers_every_disorder_through_its_last_day(disorder: str) -> None:
    end = ACCEPTED.parfait_achevement_ends_on
    assert "parfait_achevement" in ACCEPTED.covering(disorder, end - DAY)  # type: ignore[arg-type]
    assert "parfait_achevement" in ACCEPTED.covering(disorder, end)  # type: ignore[arg-type]
    assert "parfait_achevement" not in ACCEPTED.covering(disorder, end + DAY)  # type: ignore[arg-type]


def test_a_finishing_defect_is_out_of_warranty_the_day_after_the_first_year() -> None:
    end = ACCEPTED.parfait_achevement_ends_on
    assert ACCEPTED.covering("finition", end) == ["parfait_achevement"]
    assert ACCEPTED.covering("finition", end + DAY) == []


def test_detachable_equipment_is_covered_two_years() -> None:
    end = ACCEPTED.biennale_ends_on
    assert ACCEPTED.covering("equipement", date(2024, 6, 10)) == ["parfait_achevement", "biennale"]
    assert ACCEPTED.covering("equipement", end - DAY) == ["biennale"]
    assert ACCEPTED.covering("equipement", end) == ["biennale"]
    assert ACCEPTED.covering("equipement", end + DAY) == []


def test_structure_is_covered_ten_years() -> None:
    end = ACCEPTED.decennale_ends_on
    assert end == date(2034, 6, 10)
    assert ACCEPTED.covering("structure", date(2025, 1, 1)) == ["parfait_achevement", "decennale"]
    assert ACCEPTED.covering("structure", end - DAY) == ["decennale"]
    assert ACCEPTED.covering("structure", end) == ["decennale"]
    assert ACCEPTED.covering("structure", end + DAY) == []
    assert ACCEPTED.covering("equipement", end - DAY) == []


def test_nothing_covers_a_disorder_reported_before_the_acceptance() -> None:
    assert ACCEPTED.covering("structure", date(2024, 6, 9)) == []


def test_the_reminder_runs_the_last_30_days_while_reserves_remain() -> None:
    end = ACCEPTED.parfait_achevement_ends_on
    start = end - timedelta(days=30)
    assert not ACCEPTED.reminder_due(start - DAY, open_reserves=1)
    assert ACCEPTED.reminder_due(start, open_reserves=1)
    assert ACCEPTED.reminder_due(end, open_reserves=2)
    assert not ACCEPTED.reminder_due(end + DAY, open_reserves=1)
    assert not ACCEPTED.reminder_due(start, open_reserves=0)


def test_the_retention_is_releasable_a_year_after_or_once_reserves_are_lifted() -> None:
    end = date(2025, 6, 10)
    assert retention_releasable_on(end, open_reserves=0, last_lifted_on=None) == end
    assert retention_releasable_on(end, open_reserves=1, last_lifted_on=None) is None
    assert retention_releasable_on(end, 0, last_lifted_on=date(2024, 9, 1)) == end
    assert retention_releasable_on(end, 0, last_lifted_on=date(2025, 7, 1)) == date(2025, 7, 1)
