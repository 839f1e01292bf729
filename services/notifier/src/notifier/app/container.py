"""What the HTTP routes reach, built once by bootstrap and kept on ``app.state.container``."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol
from uuid import UUID

import ouvrage_events as es

from notifier.app.ports import Outbox
from notifier.app.sender_domains import SenderDomains

if TYPE_CHECKING:
    import asyncpg


class AlertFeed(Protocol):
    def subscribe(self, tenant_id: UUID, user_id: UUID) -> asyncio.Queue[UUID]: ...
    def unsubscribe(self, tenant_id: UUID, user_id: UUID, queue: asyncio.Queue[UUID]) -> None: ...


@dataclass
class Container:
    pool: asyncpg.Pool
    pipeline: es.Pipeline
    outbox: Outbox
    domains: SenderDomains
    feed: AlertFeed
