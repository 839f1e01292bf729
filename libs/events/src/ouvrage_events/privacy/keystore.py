"""The key store: one data key per data subject, wrapped under the platform key, in the key
vault database (``ouvrage_keys``), with a bounded in-process cache of unwrapped keys.

The cache is an LRU of at most ``cache_size`` subjects holding the ready ``AESGCM`` object of
each (unwrapped once). Destroying keys notifies every process (PostgreSQL NOTIFY on the vault,
``ouvrage_privacy_keys_destroyed``); each key store listens and drops those keys at once, so a
cached key is trusted for ``long_cache_seconds`` while the listener is connected, and for
``cache_seconds`` otherwise (the bound of an erasure reaching a reader without the feed). A
writer sealing a new value trusts a key for ``long_cache_seconds`` either way: sealing under a
key destroyed meanwhile is harmless (nobody can open it: the value is erased at birth). A
cached "no key" is trusted for ``cache_seconds`` only (another process may create the key).

Destroying a subject's key keeps a tombstone row (``wrapped_key`` NULL): a later append about an
erased subject writes the erased value instead of creating a fresh key.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import time
from collections import OrderedDict
from collections.abc import Iterable
from typing import TYPE_CHECKING
from uuid import UUID

import structlog
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ouvrage_events.privacy.cipher import KeyWrapper, new_data_key
from ouvrage_events.privacy.erasure_feed import ErasureFeed, announce_destroyed

if TYPE_CHECKING:  # the driver loads when a key is first fetched, not with the kernel
    import asyncpg

log = structlog.get_logger(__name__)

Subject = tuple[str, UUID]

DEV_PLATFORM_KEY = "insecure-development-platform-key"
DEFAULT_KEYS_DATABASE_URL = "postgresql://ouvrage:ouvrage@127.0.0.1:55432/ouvrage_keys"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS privacy_subject_keys (
    subject_kind text NOT NULL,
    subject_id uuid NOT NULL,
    tenant_id uuid,
    wrapped_key bytea,
    created_at timestamptz NOT NULL DEFAULT now(),
    erased_at timestamptz,
    PRIMARY KEY (subject_kind, subject_id)
)
"""


_SELECT = (
    "SELECT subject_kind, subject_id, wrapped_key FROM privacy_subject_keys "
    "WHERE (subject_kind, subject_id) IN (SELECT * FROM unnest($1::text[], $2::uuid[]))"
)
# The new rows (RETURNING) and the ones that were already there (the statement's snapshot).
_CREATE = """
WITH wanted AS (SELECT * FROM unnest($1::text[], $2::uuid[], $4::bytea[]) AS x(k, i, w)),
ins AS (
    INSERT INTO privacy_subject_keys (subject_kind, subject_id, tenant_id, wrapped_key)
    SELECT k, i, $3, w FROM wanted ON CONFLICT DO NOTHING
    RETURNING subject_kind, subject_id, wrapped_key
)
SELECT subject_kind, subject_id, wrapped_key FROM ins
UNION ALL
SELECT p.subject_kind, p.subject_id, p.wrapped_key
FROM privacy_subject_keys p JOIN wanted w ON p.subject_kind = w.k AND p.subject_id = w.i
"""


_DESTROY = """
INSERT INTO privacy_subject_keys (subject_kind, subject_id, tenant_id, wrapped_key, erased_at)
SELECT k, i, $3, NULL, now() FROM unnest($1::text[], $2::uuid[]) AS x(k, i)
ON CONFLICT (subject_kind, subject_id) DO UPDATE
SET wrapped_key = NULL, erased_at = coalesce(privacy_subject_keys.erased_at, now())
"""


def platform_key_bytes(text: str) -> bytes:
    """32 bytes from the setting: base64 of 32 random bytes; the development placeholder is
    hashed (refused in production by the settings)."""
    if text == DEV_PLATFORM_KEY:
        return hashlib.sha256(text.encode()).digest()
    raw = base64.b64decode(text, validate=True)
    if len(raw) != 32:
        raise ValueError("the platform key must be the base64 of 32 bytes")
    return raw


def _aad(subject: Subject) -> bytes:
    return f"{subject[0]}:{subject[1]}".encode()


class KeyStore:
    """Data keys of subjects in the vault database; every method is safe to call concurrently."""

    def __init__(
        self,
        dsn: str,
        platform_key: str,
        *,
        cache_seconds: float = 30.0,
        long_cache_seconds: float = 900.0,
        cache_size: int = 50_000,
        async_key_commit: bool = True,
    ) -> None:
        self.dsn = dsn
        self.async_key_commit = async_key_commit
        self._wrapper = KeyWrapper(platform_key_bytes(platform_key))
        self._cache_seconds = cache_seconds
        self._long_cache_seconds = max(long_cache_seconds, cache_seconds)
        self._cache_size = cache_size
        # subject -> (its key or None, when it was fetched), least recently used first
        self._cache: OrderedDict[Subject, tuple[AESGCM | None, float]] = OrderedDict()
        self._pools: dict[asyncio.AbstractEventLoop, asyncpg.Pool] = {}
        self._feeds: dict[asyncio.AbstractEventLoop, ErasureFeed] = {}
        self._heard = 0  # erasures heard so far (a fetch that overlapped one is not cached)

    async def _pool(self) -> asyncpg.Pool:
        loop = asyncio.get_running_loop()
        pool = self._pools.get(loop)
        if pool is None:
            await _ensure_database(self.dsn)
            commit = "off" if self.async_key_commit else "on"
            import asyncpg  # on use: the kernel loads no driver

            pool = await asyncpg.create_pool(
                self.dsn,
                min_size=1,
                max_size=4,
                server_settings={"synchronous_commit": commit},
            )
            assert pool is not None
            await pool.execute(_SCHEMA)
            self._pools[loop] = pool
        feed = self._feeds.setdefault(loop, ErasureFeed(self.dsn, self._heard_destroyed))
        await feed.ensure(self._cache_seconds)
        return pool

    def _heard_destroyed(self, subjects: list[Subject] | None) -> None:
        """The feed's news: these keys were destroyed (None: the feed was lost, forget all)."""
        self._heard += 1
        if subjects is None:
            self._cache.clear()
        else:
            self.forget(subjects)

    def _listening(self) -> bool:
        feed = self._feeds.get(asyncio.get_running_loop())
        return feed is not None and feed.connected

    async def close(self) -> None:
        loop = asyncio.get_running_loop()
        feed = self._feeds.pop(loop, None)
        if feed is not None:
            await feed.close()
        pool = self._pools.pop(loop, None)
        if pool is not None:
            await pool.close()

    def forget(self, subjects: Iterable[Subject]) -> None:
        """Drop cached keys (after an erasure heard from another process)."""
        for subject in subjects:
            self._cache.pop(subject, None)

    def _cached(self, subject: Subject, now: float, long: bool) -> tuple[bool, AESGCM | None]:
        hit = self._cache.get(subject)
        if hit is None:
            return False, None
        key, fetched = hit
        max_age = self._long_cache_seconds if long and key is not None else self._cache_seconds
        if now - fetched > max_age:
            return False, None
        self._cache.move_to_end(subject)
        return True, key

    def _remember(self, subject: Subject, key: AESGCM | None, fetched: float) -> None:
        self._cache[subject] = (key, fetched)
        self._cache.move_to_end(subject)
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)

    async def keys(self, subjects: Iterable[Subject]) -> dict[Subject, AESGCM | None]:
        """The data key of each subject, for reading (None: erased or unknown)."""
        found: dict[Subject, AESGCM | None] = {}
        missing: list[Subject] = []
        now = time.monotonic()
        long = self._listening()
        for subject in set(subjects):
            hit, key = self._cached(subject, now, long)
            if hit:
                found[subject] = key
            else:
                missing.append(subject)
        if not missing:
            return found
        pool = await self._pool()
        heard = self._heard
        rows = await pool.fetch(_SELECT, [s[0] for s in missing], [s[1] for s in missing])
        wrapped = {(r["subject_kind"], r["subject_id"]): r["wrapped_key"] for r in rows}
        fetched = time.monotonic()
        for subject in missing:
            blob = wrapped.get(subject)
            key = AESGCM(self._wrapper.unwrap(blob, _aad(subject))) if blob else None
            if heard == self._heard:  # no erasure heard meanwhile: this answer may be stale
                self._remember(subject, key, fetched)
            found[subject] = key
        return found

    def known(
        self, subjects: Iterable[Subject]
    ) -> tuple[dict[Subject, AESGCM | None], list[Subject]]:
        """The keys a writer may use from the cache now (no I/O), and the subjects it may not."""
        now, found, missing = time.monotonic(), {}, []
        for subject in set(subjects):
            hit, key = self._cached(subject, now, long=True)
            if hit:
                found[subject] = key
            else:
                missing.append(subject)
        return found, missing

    def propose(self, subjects: Iterable[Subject]) -> dict[Subject, tuple[AESGCM, bytes]]:
        """A fresh key for each subject (and its wrapped form), to seal with while ``settle``
        asks the vault whether it is the subject's key (no I/O)."""
        proposed = {}
        for subject in subjects:
            raw = new_data_key()
            proposed[subject] = (AESGCM(raw), self._wrapper.wrap(raw, _aad(subject)))
        return proposed

    async def settle(
        self, proposed: dict[Subject, tuple[AESGCM, bytes]], tenant_id: UUID
    ) -> dict[Subject, AESGCM | None]:
        """Insert the proposed keys where the subject has none; the subjects whose key is
        another (created earlier, elsewhere) or destroyed, with that key (None: erased). One
        round trip; its commit is asynchronous when the vault shares the stores' cluster: the
        append awaits it before its own synchronous commit, which flushes the WAL past it, so
        no committed event outlives its key (docs/decisions.md)."""
        if not proposed:
            return {}
        pool = await self._pool()
        heard = self._heard
        subjects = list(proposed)
        rows = await pool.fetch(
            _CREATE, [s[0] for s in subjects], [s[1] for s in subjects], tenant_id,
            [proposed[s][1] for s in subjects],
        )  # fmt: skip
        wrapped = {(r["subject_kind"], r["subject_id"]): r["wrapped_key"] for r in rows}
        if unseen := [s for s in subjects if s not in wrapped]:  # a concurrent writer's
            rows = await pool.fetch(_SELECT, [s[0] for s in unseen], [s[1] for s in unseen])
            wrapped.update({(r["subject_kind"], r["subject_id"]): r["wrapped_key"] for r in rows})
        fetched = time.monotonic()
        others: dict[Subject, AESGCM | None] = {}
        for subject, (mine, blob) in proposed.items():
            stored = wrapped.get(subject)
            key: AESGCM | None = mine
            if stored != blob:
                key = AESGCM(self._wrapper.unwrap(stored, _aad(subject))) if stored else None
                others[subject] = key
            if heard == self._heard:
                self._remember(subject, key, fetched)
        return others

    async def destroy(self, subjects: Iterable[Subject], tenant_id: UUID | None = None) -> int:
        """Destroy the subjects' keys for good (a tombstone stays); idempotent."""
        subjects = list(subjects)
        if not subjects:
            return 0
        pool = await self._pool()
        async with pool.acquire() as conn, conn.transaction():
            # an erasure is durable before it is acknowledged, whatever the pool's default
            await conn.execute("SET LOCAL synchronous_commit = on")
            status = await conn.execute(
                _DESTROY,
                [s[0] for s in subjects],
                [s[1] for s in subjects],
                tenant_id,
            )
            await announce_destroyed(conn, subjects)  # delivered to every process at commit
        self.forget(subjects)
        log.info("privacy.keys_destroyed", subjects=len(subjects))
        return int(status.rsplit(" ", 1)[-1])


async def _ensure_database(dsn: str) -> None:
    """Create the vault database when missing (development and tests; production provisions
    it with its own role)."""
    import asyncpg  # on use: the kernel loads no driver

    try:
        conn = await asyncpg.connect(dsn)
    except asyncpg.InvalidCatalogNameError:
        name = dsn.rsplit("/", 1)[-1].split("?", 1)[0]
        admin = await asyncpg.connect(dsn.rsplit("/", 1)[0] + "/postgres")
        try:
            await admin.execute(f'CREATE DATABASE "{name}"')
        except asyncpg.DuplicateDatabaseError:
            pass
        finally:
            await admin.close()
        return
    await conn.close()
