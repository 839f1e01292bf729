"""The follow-up scheduler: when a follow-up's time comes, creates its action once.

The action's id is the follow-up's (``follow_up_id(rule, triggering event)``): a restart, a
second replica or a replay of the engine finds the action already there and only marks the
follow-up fired. The action says which rule made it (``ActionCreated.rule_id``/``rule_name``);
its alert time is the follow-up's, so the due-alert scheduler tells its assignee.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from datetime import datetime
from typing import Any

import asyncpg
import ouvrage_events as es
import structlog
from ouvrage_events.backoff import Backoff

from actions.adapters.locks import lock_entities
from actions.domain.action import Action, NewAction

log = structlog.get_logger(__name__)

_DATABASE_ERRORS = (OSError, asyncpg.PostgresError, asyncpg.InterfaceError)

# The assignee: the triggering event's author, or the client's owner now (role).
_DUE = """
SELECT f.*, c.display_name AS client_name, c.tenant_id AS client_tenant, u.id AS assignee,
       (u.id IS NOT NULL AND u.active) AS assignee_active
FROM follow_ups f
LEFT JOIN known_clients c ON c.id = f.client_id
LEFT JOIN client_owners o ON o.client_id = f.client_id AND o.tenant_id = f.tenant_id
LEFT JOIN directory_users u ON u.tenant_id = f.tenant_id
     AND u.id = CASE WHEN f.role = 'responsable_client' THEN o.owner_id ELSE f.assignee_id END
WHERE f.status = 'pending' AND f.fire_at <= $1
ORDER BY f.fire_at, f.id LIMIT $2
"""


class FollowUpScheduler:
    def __init__(
        self,
        uow_factory: es.UnitOfWorkFactory,
        *,
        clock: Callable[[], datetime],
        interval: float = 1.0,
        batch_size: int = 100,
        wake: Callable[[datetime], None] | None = None,
    ) -> None:
        self.uow_factory = uow_factory
        self.clock = clock
        self.interval = interval
        self.batch_size = batch_size
        self.wake = wake
        self._stopping = asyncio.Event()

    def stop(self) -> None:
        self._stopping.set()

    async def run(self) -> None:
        backoff = Backoff(initial=self.interval)
        while not self._stopping.is_set():
            try:
                await self.run_once()
                delay = self.interval
                backoff.reset()
            except _DATABASE_ERRORS as exc:
                log.warning("follow_ups.database_unavailable", error=type(exc).__name__)
                delay = backoff.next()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), delay)

    async def run_once(self) -> int:
        """One pass: how many actions were created."""
        rows = await self.uow_factory.pool.fetch(_DUE, self.clock(), self.batch_size)
        created = 0
        for row in rows:
            try:
                created += await self._fire(row)
            except es.ConcurrencyError:
                log.info("follow_ups.lost_race", follow_up_id=str(row["id"]))
            except _DATABASE_ERRORS:
                raise
            except Exception as exc:  # one bad follow-up must not stop the others
                log.error("follow_ups.fire_failed", follow_up_id=str(row["id"]),
                          error=type(exc).__name__)  # fmt: skip
        return created

    async def _fire(self, row: Any) -> int:
        async with self.uow_factory(es.Metadata(tenant_id=row["tenant_id"])) as uow:
            # serialises with a cancelling event of the same quote or invoice (the engine)
            await lock_entities(uow.conn, row["subject_id"])
            fresh = await uow.conn.fetchval(
                "SELECT status = 'pending' FROM follow_ups WHERE id = $1", row["id"]
            )
            if not fresh:
                return 0
            created = await uow.get(Action, row["id"]) is None
            if created:
                uow.add(Action.create(_new_action(row)))
                await uow.flush()
            await uow.conn.execute(
                "UPDATE follow_ups SET status = 'fired' WHERE id = $1", row["id"]
            )
            await uow.commit()
        if created:
            log.info(
                "follow_up.action_created", action_id=str(row["id"]), rule_id=str(row["rule_id"])
            )
            if self.wake is not None:
                self.wake(row["fire_at"])
        return int(created)


def _new_action(row: Any) -> NewAction:
    known = row["client_tenant"] == row["tenant_id"]
    note = f"Créée automatiquement par la règle « {row['rule_name']} »"
    if row["label"]:
        note += f" : {row['label']}"
    return NewAction(
        action_id=row["id"],
        client_id=row["client_id"],
        client_name=(row["client_name"] or "") if known else "",
        client_pending=not known,
        action_type_id=row["action_type_id"],
        type_name=row["type_name"],
        alert_at=row["fire_at"],
        note=note,
        assignee_id=row["assignee"] if row["assignee_active"] else None,
        rule_id=row["rule_id"],
        rule_name=row["rule_name"],
    )
