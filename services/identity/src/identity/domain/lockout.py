"""Login throttling: five failures within 15 minutes lock the account for 15 minutes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class LoginFailures:
    """The failure count of the current window, and the lock if there is one."""

    count: int = 0
    window_started_at: datetime | None = None
    locked_until: datetime | None = None


@dataclass(frozen=True)
class LockoutPolicy:
    threshold: int = 5
    window: timedelta = timedelta(minutes=15)
    duration: timedelta = timedelta(minutes=15)

    def is_locked(self, state: LoginFailures, now: datetime) -> bool:
        return state.locked_until is not None and now < state.locked_until

    def after_failure(self, state: LoginFailures, now: datetime) -> LoginFailures:
        """The state after a failed attempt; a new lock starts at the threshold.

        Attempts during a lock are not counted (the lock is not extended by them).
        """
        if self.is_locked(state, now):
            return state
        fresh = state.window_started_at is None or now - state.window_started_at >= self.window
        count = 1 if fresh else state.count + 1
        started = now if fresh else state.window_started_at
        if count >= self.threshold:
            return LoginFailures(0, None, now + self.duration)
        return LoginFailures(count, started, None)

    def locks(self, before: LoginFailures, after: LoginFailures, now: datetime) -> bool:
        """True when this failure started a new lock (recorded once per lockout)."""
        return not self.is_locked(before, now) and self.is_locked(after, now)

    def after_success(self) -> LoginFailures:
        return LoginFailures()
