"""One backoff for the loops that retry until stopped (relay, consumers, schedulers, workers).

Pure: a loop asks ``next()`` for how long to wait after a failure and calls ``reset()`` after a
success; delays double from ``initial`` up to ``maximum``.
"""

from __future__ import annotations


class Backoff:
    """Exponential delays: ``initial``, twice that, ... up to ``maximum``."""

    def __init__(self, initial: float = 0.2, maximum: float = 5.0) -> None:
        self.initial = initial
        self.maximum = maximum
        self._current = initial

    @property
    def current(self) -> float:
        """The delay the next failure waits."""
        return self._current

    def next(self) -> float:
        """The delay to wait now; the following one is doubled (up to ``maximum``)."""
        delay = self._current
        self._current = min(self._current * 2, self.maximum)
        return delay

    def reset(self) -> None:
        """After a success: the next failure waits ``initial`` again."""
        self._current = self.initial
