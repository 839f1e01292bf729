"""Command handlers of the follow-up rules (permission ``settings.manage``, checked by the API).

Editing or deleting a rule records an event on the rule only: the actions it already created,
and the follow-ups already triggered, are left as they are.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from uuid import UUID, uuid4

import ouvrage_events as es
import structlog
from ouvrage_events.store.db import Conn

from actions.adapters import follow_up_reads
from actions.app.follow_up_records import FollowUpRuleRecord
from actions.domain.action_type import ActionType
from actions.domain.errors import (
    ActionTypeNotFoundError,
    ActionTypeRetiredError,
    FollowUpRuleNotFoundError,
)
from actions.domain.follow_ups import FollowUpRule, RuleSpec

log = structlog.get_logger(__name__)

SpecOf = Callable[[str], RuleSpec]
"""The rule as asked, given the name of its action type (checked in the transaction)."""


async def _type_name(run: es.Command, type_id: UUID) -> str:
    action_type = await run.load(
        ActionType, type_id, missing=lambda: ActionTypeNotFoundError(type_id)
    )
    if action_type.retired:
        raise ActionTypeRetiredError(action_type.name)
    return action_type.name


def _reader(tenant_id: UUID, rule_id: UUID) -> Callable[[Conn], Awaitable[FollowUpRuleRecord]]:
    async def read(conn: Conn) -> FollowUpRuleRecord:
        record = await follow_up_reads.fetch_rule(conn, tenant_id, rule_id)
        assert record is not None, "the read model lost a rule written in this transaction"
        return record

    return read


@dataclass(frozen=True)
class FollowUpRuleHandlers:
    pipeline: es.Pipeline

    async def define(
        self, type_id: UUID, spec_of: SpecOf, metadata: es.Metadata, idem: es.Idempotency | None
    ) -> FollowUpRuleRecord | es.Replay:
        """Create a rule of the company."""
        async with self.pipeline.command(metadata, idempotency=idem) as run:
            if (replay := await run.replay()) is not None:
                return replay
            rule = FollowUpRule.define(uuid4(), spec_of(await _type_name(run, type_id)))
            run.add(rule)
            record = await run.commit(_reader(metadata.tenant_id, rule.id))
        log.info("follow_up_rule.defined", rule_id=str(rule.id))
        return record

    async def change(
        self,
        rule_id: UUID,
        type_id: UUID,
        spec_of: SpecOf,
        expected: int | None,
        metadata: es.Metadata,
    ) -> FollowUpRuleRecord:
        """Edit a rule: follow-ups triggered from now on follow the new version."""
        async with self.pipeline.command(metadata) as run:
            rule = await self._load(run, rule_id, expected)
            rule.change(spec_of(await _type_name(run, type_id)))
            record = await run.commit(_reader(metadata.tenant_id, rule_id))
        log.info("follow_up_rule.changed", rule_id=str(rule_id))
        return record

    async def delete(self, rule_id: UUID, expected: int | None, metadata: es.Metadata) -> None:
        """Delete a rule: nothing new is triggered by it; what it created stays."""
        async with self.pipeline.command(metadata) as run:
            rule = await self._load(run, rule_id, expected)
            rule.delete()
            await run.commit()
        log.info("follow_up_rule.deleted", rule_id=str(rule_id))

    async def _load(self, run: es.Command, rule_id: UUID, expected: int | None) -> FollowUpRule:
        rule = await run.load(
            FollowUpRule,
            rule_id,
            expected_version=expected,
            missing=lambda: FollowUpRuleNotFoundError(rule_id),
        )
        if rule.deleted:
            raise FollowUpRuleNotFoundError(rule_id)
        return rule
