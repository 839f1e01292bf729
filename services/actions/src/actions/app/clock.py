"""The service's clock: the real time, moved forward on demand when the controllable clock is
on (``ACTIONS_CONTROLLABLE_CLOCK``, refused in production) so that a test can let « 7 days
pass » across the whole running service (due alerts and follow-ups)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


class ServiceClock:
    def __init__(self, controllable: bool = False) -> None:
        self.controllable = controllable
        self.offset = timedelta(0)

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def set_offset(self, offset: timedelta) -> None:
        """Move the service's time to now + ``offset`` (never back before the real time)."""
        if not self.controllable:
            raise PermissionError("the clock is not controllable")
        self.offset = max(offset, timedelta(0))
