"""Login attempts per client address and per account (the `limits` library, moving window, in
this process's memory): a password-guessing or argon2-exhausting flood is answered 429 before
any hashing. Each identity replica counts its own; the gateway limits in front as well."""

from __future__ import annotations

import math
import time

from limits import RateLimitItem, parse
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter


class LoginRateLimits:
    def __init__(self, *, per_address: str, per_account: str) -> None:
        self._limiter = MovingWindowRateLimiter(MemoryStorage())
        self._per_address: RateLimitItem = parse(per_address)
        self._per_account: RateLimitItem = parse(per_account)

    def retry_after(self, address: str, account: str | None) -> int | None:
        """Counts this attempt; the seconds to wait when a limit is passed, else None."""
        checks = [(self._per_address, "address", address)]
        if account:
            checks.append((self._per_account, "account", account.strip().lower()))
        for item, kind, key in checks:
            if not self._limiter.hit(item, "identity.login", kind, key):
                reset = self._limiter.get_window_stats(item, "identity.login", kind, key).reset_time
                return max(1, math.ceil(reset - time.time()))
        return None
