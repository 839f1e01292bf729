"""Planning's copy of identity's users follows a change of the operator flag."""

from __future__ import annotations

from typing import TYPE_CHECKING

import ouvrage_events as es
import pytest
from ouvrage_events.catalog.identity import UserOperatorChanged

if TYPE_CHECKING:
    from conftest import PlanningHarness

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def _is_operator(h: PlanningHarness, user: object) -> bool:
    conn = await es.connect(h.dsn)
    try:
        return bool(
            await conn.fetchval(
                "SELECT is_operator FROM proj_directory.directory_users WHERE user_id = $1", user
            )
        )
    finally:
        await conn.close()


async def test_user_operator_changed_updates_the_directory(
    planning_harness: PlanningHarness,
) -> None:
    h = planning_harness
    tenant = await h.tenant()
    user = await h.user(tenant)  # registered as an operator
    assert await _is_operator(h, user)
    await h.publish(
        h.identity_topic,
        UserOperatorChanged(user_id=user, is_operator=False),
        tenant=tenant,
        aggregate=user,
    )
    assert not await _is_operator(h, user)
