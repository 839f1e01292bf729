"""What the HTTP routes reach, built once by bootstrap and kept on ``app.state.container``."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Protocol
from uuid import UUID

import asyncpg
import ouvrage_events as es

from notifier.app.ports import Outbox
from notifier.app.sender_domains import SenderDomains


class AlertFeed(Protocol):
    def subscribe(self, tenant_id: UUID, user_id: UUID) -> asyncio.Queue[UUID]: ...
    def unsubscribe(self, tenant_id: UUID, user_id: UUID, queue: asyncio.Queue[UUID]) -> None: ...


@dataclass
class Container:
    pool: asyncpg.Pool
    uow_factory: es.UnitOfWorkFactory
    outbox: Outbox
    domains: SenderDomains
    feed: AlertFeed
