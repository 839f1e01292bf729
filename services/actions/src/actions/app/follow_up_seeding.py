"""Every new company gets the default follow-up rules and the action types they need
(identity's ``TenantRegistered``; deterministic ids, so a redelivery or a rebuild seeds nothing
twice)."""

from __future__ import annotations

import ouvrage_events as es
import structlog
from ouvrage_events.catalog.identity import TenantRegistered
from ouvrage_events.store.db import Conn

from actions.app.identity_projections import reaction_metadata
from actions.domain.action_type import ActionType
from actions.domain.follow_up_seeds import DEFAULT_RULES, RULE_TYPES
from actions.domain.follow_ups import FollowUpRule

log = structlog.get_logger(__name__)


def follow_up_seeding(uow_factory: es.UnitOfWorkFactory) -> es.Projection:
    projection = es.Projection("follow_up_seeding", ddl="")

    @projection.on(TenantRegistered)
    async def _registered(conn: Conn, e: TenantRegistered, env: es.Envelope) -> None:
        uow = uow_factory.joining(conn, reaction_metadata(env, e.tenant_id))
        for seed in RULE_TYPES:
            type_id = seed.id_for(e.tenant_id)
            if await uow.get(ActionType, type_id) is None:
                uow.add(ActionType.define(type_id, seed.name, list(seed.responses)))
        for rule in DEFAULT_RULES:
            rule_id = rule.id_for(e.tenant_id)
            if await uow.get(FollowUpRule, rule_id) is None:
                uow.add(FollowUpRule.define(rule_id, rule.spec_for(e.tenant_id), seeded=True))
        seeded = await uow.flush()
        log.info("follow_up_rules.seeded", tenant_id=str(e.tenant_id), events=len(seeded))

    return projection
