"""Issue 23: no request built from the clients OpenAPI answers a 5xx (hypothesis, schemathesis)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ouvrage_platform.permissions import PERMISSIONS
from ouvrage_testing.fuzz import hostile_run, schemathesis_run
from ouvrage_testing.fuzz import openapi_of as _doc

if TYPE_CHECKING:
    from conftest import ClientsHarness

EXAMPLES = 6  # per operation and mode (positive, negative)
HOSTILE_EXAMPLES = 20  # per operation


async def test_schemathesis_finds_no_server_error(clients: ClientsHarness) -> None:
    tenant = clients.tenant()
    report = await schemathesis_run(
        clients.http, await _doc(clients.http), tenant.headers(PERMISSIONS),
        examples_per_operation=EXAMPLES,
    )  # fmt: skip
    print(f"clients schemathesis: {report}")
    assert report.sent > 0 and not report.server_errors, "\n".join(report.server_errors)


async def test_hostile_values_find_no_server_error(clients: ClientsHarness) -> None:
    tenant = clients.tenant()
    report = await hostile_run(
        clients.http, await _doc(clients.http), tenant.headers(PERMISSIONS),
        examples_per_operation=HOSTILE_EXAMPLES,
    )  # fmt: skip
    print(f"clients hostile: {report}")
    assert report.sent > 0 and not report.server_errors, "\n".join(report.server_errors)
