"""Reads of the follow-up rules (``follow_up_rules`` read model)."""

from __future__ import annotations

from uuid import UUID

from ouvrage_events.store.db import Conn

from actions.app.follow_up_records import FollowUpRuleRecord

_COLUMNS = """id, name, trigger, action_type_id, type_name, role, delay_months, delay_days,
              cancel_on, seeded, version"""


def _record(row: object) -> FollowUpRuleRecord:
    values = dict(row)  # type: ignore[call-overload]
    values["cancel_on"] = list(values["cancel_on"])
    return FollowUpRuleRecord(**values)


async def fetch_rule(db: Conn, tenant_id: UUID, rule_id: UUID) -> FollowUpRuleRecord | None:
    row = await db.fetchrow(
        f"SELECT {_COLUMNS} FROM follow_up_rules WHERE tenant_id = $1 AND id = $2 AND NOT deleted",
        tenant_id,
        rule_id,
    )
    return None if row is None else _record(row)


async def list_rules(db: Conn, tenant_id: UUID) -> list[FollowUpRuleRecord]:
    rows = await db.fetch(
        f"SELECT {_COLUMNS} FROM follow_up_rules WHERE tenant_id = $1 AND NOT deleted ORDER BY seq",
        tenant_id,
    )
    return [_record(r) for r in rows]
