"""What the command handlers need from the outside, declared here, implemented in adapters."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Protocol
from uuid import UUID

from ouvrage_events.store.db import Conn

from actions.app.records import ActionRecord, ActionTypeRecord, ClientInfo


class Directory(Protocol):
    """The service's own projections of tenants, users and clients, plus its read models,
    read inside the command's transaction."""

    async def lock(self, *entity_ids: UUID) -> None: ...

    async def timezone(self, tenant_id: UUID) -> str: ...

    async def client(self, client_id: UUID) -> ClientInfo | None: ...

    async def invalid_users(self, tenant_id: UUID, user_ids: list[UUID]) -> list[UUID]: ...

    async def type_name_taken(
        self, tenant_id: UUID, name: str, except_id: UUID | None = None
    ) -> bool: ...

    async def action(self, tenant_id: UUID, action_id: UUID) -> ActionRecord | None: ...

    async def action_type(
        self, tenant_id: UUID, action_type_id: UUID
    ) -> ActionTypeRecord | None: ...


DirectoryFactory = Callable[[Conn], Directory]

AlertWaker = Callable[[datetime], None]
"""Told when an alert time is set, so a sleeping scheduler can wake up earlier."""
