"""asyncpg pools with the codecs every service needs.

asyncpg is imported by the functions that connect, not by the module: ``Conn`` is what app
layers annotate with, and importing it must not load the driver (the pure-kernel test).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypeAlias

import orjson

if TYPE_CHECKING:
    import asyncpg
    from asyncpg.pool import PoolConnectionProxy

    Conn: TypeAlias = asyncpg.Connection | PoolConnectionProxy
else:
    Conn = Any
"""A connection, bare or from a pool: what every store and runtime function works on."""


def _dumps(value: Any) -> str:
    return orjson.dumps(value).decode()


async def init_connection(conn: Conn) -> None:
    """JSON and JSONB come and go as Python objects (orjson)."""
    for typename in ("json", "jsonb"):
        await conn.set_type_codec(
            typename, encoder=_dumps, decoder=orjson.loads, schema="pg_catalog"
        )


async def _keep_session(conn: Conn) -> None:
    """Pool reset: asyncpg already rolls back an open transaction; skip its full reset query.

    The default (``RESET ALL``, ``UNLISTEN *``, ``pg_advisory_unlock_all()``…) costs one more
    round trip per command. Pooled connections here never keep session state: session locks,
    LISTEN and SET are only used on dedicated connections (relay, migrations, rebuilds).
    """


async def create_pool(
    dsn: str,
    *,
    min_size: int = 1,
    max_size: int = 10,
    search_path: Sequence[str] = (),
    application_name: str = "ouvrage",
) -> asyncpg.Pool:
    """A pool whose connections resolve unqualified names in ``search_path`` then ``public``.

    Projections live in their own schemas (see ``runtime.projection``); listing them here lets
    queries use unqualified table names that keep working when a rebuilt schema is swapped in.
    """
    import asyncpg

    settings = {"application_name": application_name}
    if search_path:
        settings["search_path"] = ", ".join([*search_path, "public"])
    pool = await asyncpg.create_pool(
        dsn,
        min_size=min_size,
        max_size=max_size,
        init=init_connection,
        reset=_keep_session,
        server_settings=settings,
    )
    assert pool is not None
    return pool


async def connect(dsn: str, **kwargs: Any) -> asyncpg.Connection:
    import asyncpg

    conn: asyncpg.Connection = await asyncpg.connect(dsn, **kwargs)
    await init_connection(conn)
    return conn
