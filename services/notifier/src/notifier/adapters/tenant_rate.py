"""A rate per company (the `limits` library, moving window, in this process's memory)."""

from __future__ import annotations

import math
import time

from limits import parse
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter


class TenantRate:
    def __init__(self, rate: str, *, name: str = "notifier.spf_diagnosis") -> None:
        self._limiter = MovingWindowRateLimiter(MemoryStorage())
        self._item = parse(rate)
        self._name = name

    def retry_after(self, tenant: str) -> int | None:
        """Counts this request; the seconds to wait when the company passed its rate."""
        if self._limiter.hit(self._item, self._name, tenant):
            return None
        reset = self._limiter.get_window_stats(self._item, self._name, tenant).reset_time
        return max(1, math.ceil(reset - time.time()))
