"""/ready fails once the service's relay or a consumer task has died."""

from typing import Any

import pytest
from ouvrage_platform.health import event_runtime_check


class _Runtime:
    def __init__(self) -> None:
        self.alive = True

    def healthy(self) -> bool:
        return self.alive


async def test_the_check_fails_when_a_runtime_task_died() -> None:
    runtime: Any = _Runtime()
    check = event_runtime_check(runtime)
    await check()
    runtime.alive = False
    with pytest.raises(RuntimeError, match="event runtime"):
        await check()
