"""Five failures within 15 minutes lock the account for 15 minutes."""

from datetime import UTC, datetime, timedelta

from identity.domain.lockout import LockoutPolicy, LoginFailures

POLICY = LockoutPolicy()
T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def fail(times: list[datetime], state: LoginFailures | None = None) -> LoginFailures:
    state = state or LoginFailures()
    for moment in times:
        state = POLICY.after_failure(state, moment)
    return state


def test_four_failures_do_not_lock() -> None:
    state = fail([T0 + timedelta(minutes=i) for i in range(4)])
    assert state.count == 4
    assert not POLICY.is_locked(state, T0 + timedelta(minutes=4))


def test_the_fifth_failure_within_the_window_locks_for_fifteen_minutes() -> None:
    before = fail([T0 + timedelta(minutes=i) for i in range(4)])
    fifth = T0 + timedelta(minutes=14)
    after = POLICY.after_failure(before, fifth)
    assert after.locked_until == fifth + timedelta(minutes=15)
    assert POLICY.locks(before, after, fifth)
    assert POLICY.is_locked(after, fifth + timedelta(minutes=14, seconds=59))
    assert not POLICY.is_locked(after, fifth + timedelta(minutes=15))


def test_failures_spread_over_more_than_the_window_do_not_lock() -> None:
    state = fail([T0, T0 + timedelta(minutes=5), T0 + timedelta(minutes=10),
                  T0 + timedelta(minutes=14), T0 + timedelta(minutes=16)])  # fmt: skip
    assert state.locked_until is None
    assert state.count == 1  # a new window started at the fifth


def test_attempts_during_a_lock_neither_count_nor_extend_it() -> None:
    locked = fail([T0] * 5)
    later = POLICY.after_failure(locked, T0 + timedelta(minutes=3))
    assert later == locked
    assert not POLICY.locks(locked, later, T0 + timedelta(minutes=3))


def test_after_the_lock_expires_counting_starts_again() -> None:
    locked = fail([T0] * 5)
    after = POLICY.after_failure(locked, T0 + timedelta(minutes=16))
    assert after.count == 1 and after.locked_until is None


def test_a_success_clears_the_failures() -> None:
    assert POLICY.after_success() == LoginFailures()
