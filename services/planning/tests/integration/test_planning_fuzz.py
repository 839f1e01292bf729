"""Issue 23: no request built from the planning OpenAPI answers a 5xx (schemathesis, hypothesis)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from ouvrage_platform.permissions import PERMISSIONS
from ouvrage_testing.fuzz import assert_no_server_error

if TYPE_CHECKING:
    from conftest import PlanningHarness

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def test_no_request_answers_a_server_error(planning_harness: PlanningHarness) -> None:
    h = planning_harness
    tenant = await h.tenant()
    headers = h.headers(await h.user(tenant), tenant, sorted(PERMISSIONS))
    await assert_no_server_error(h.client, headers, service="planning")
