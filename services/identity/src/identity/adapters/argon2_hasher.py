"""argon2id password hashing (argon2-cffi), off the event loop, a bounded number at a time."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Callable
from typing import TypeVar

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from identity.domain.errors import HasherBusyError

T = TypeVar("T")


class Argon2Hasher:
    """Hashes and verifies passwords; ``verify_dummy`` costs what a real verification costs, so
    that an unknown email cannot be told apart by the answer's timing."""

    def __init__(
        self,
        *,
        time_cost: int,
        memory_cost_kib: int,
        parallelism: int,
        max_concurrent: int = 4,
        queue_seconds: float = 2.0,
    ) -> None:
        # Each computation holds memory_cost_kib: a flood must queue (then be refused), not
        # multiply that memory until the process is killed.
        self._slots = asyncio.Semaphore(max_concurrent)
        self._queue_seconds = queue_seconds
        self._hasher = PasswordHasher(
            time_cost=time_cost,
            memory_cost=memory_cost_kib,
            parallelism=parallelism,
            hash_len=32,
            salt_len=16,
            type=Type.ID,
        )
        self._dummy = self._hasher.hash(secrets.token_urlsafe(24))

    async def hash(self, password: str) -> str:
        return await self._bounded(self._hasher.hash, password)

    async def verify(self, password_hash: str, password: str) -> bool:
        return await self._bounded(self._verify, password_hash, password)

    async def verify_dummy(self, password: str) -> None:
        await self._bounded(self._verify, self._dummy, password)

    async def _bounded(self, fn: Callable[..., T], *args: str) -> T:
        """``fn`` in a thread once a slot is free; ``HasherBusyError`` after the queue wait."""
        try:
            async with asyncio.timeout(self._queue_seconds):
                await self._slots.acquire()
        except TimeoutError:
            raise HasherBusyError() from None
        try:
            return await asyncio.to_thread(fn, *args)
        finally:
            self._slots.release()

    def needs_rehash(self, password_hash: str) -> bool:
        """True when the hash was made with other parameters than the current ones."""
        return self._hasher.check_needs_rehash(password_hash)

    def _verify(self, password_hash: str, password: str) -> bool:
        try:
            return self._hasher.verify(password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False
