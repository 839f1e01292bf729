"""Issue 23: no request built from the planning OpenAPI answers a 5xx (hypothesis, schemathesis)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from ouvrage_platform.permissions import PERMISSIONS
from ouvrage_testing.fuzz import hostile_run, openapi_of, schemathesis_run

if TYPE_CHECKING:
    from conftest import PlanningHarness

pytestmark = pytest.mark.asyncio(loop_scope="session")

EXAMPLES = 6  # per operation and mode (positive, negative)
HOSTILE_EXAMPLES = 20  # per operation


async def _headers(h: PlanningHarness) -> dict[str, str]:
    tenant = await h.tenant()
    return h.headers(await h.user(tenant), tenant, sorted(PERMISSIONS))


async def test_schemathesis_finds_no_server_error(planning_harness: PlanningHarness) -> None:
    h = planning_harness
    report = await schemathesis_run(
        h.client, await openapi_of(h.client), await _headers(h), examples_per_operation=EXAMPLES
    )
    print(f"planning schemathesis: {report}")
    assert report.sent > 0 and not report.server_errors, "\n".join(report.server_errors)


async def test_hostile_values_find_no_server_error(planning_harness: PlanningHarness) -> None:
    h = planning_harness
    report = await hostile_run(
        h.client,
        await openapi_of(h.client),
        await _headers(h),
        examples_per_operation=HOSTILE_EXAMPLES,
    )
    print(f"planning hostile: {report}")
    assert report.sent > 0 and not report.server_errors, "\n".join(report.server_errors)
