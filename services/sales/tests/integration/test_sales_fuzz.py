"""Issue 23 for sales: no request built from the sales OpenAPI answers a 5xx (schemathesis,
hypothesis, then hostile values)."""

from __future__ import annotations

from ouvrage_platform.permissions import PERMISSIONS
from ouvrage_testing.fuzz import assert_no_server_error

from .conftest import SalesHarness


async def test_no_request_answers_a_server_error(sales: SalesHarness) -> None:
    tenant = await sales.tenant()
    await sales.client(tenant, "Fuzz")
    headers = tenant.headers(perms=tuple(PERMISSIONS))
    await assert_no_server_error(sales.http, headers, service="sales")
