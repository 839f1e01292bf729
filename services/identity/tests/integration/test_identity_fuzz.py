"""Issue 23: no request built from the identity OpenAPI answers a 5xx (hypothesis, schemathesis)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ouvrage_testing.fuzz import hostile_run, openapi_of, schemathesis_run

if TYPE_CHECKING:
    from conftest import IdentityHarness

EXAMPLES = 6  # per operation and mode (positive, negative)
HOSTILE_EXAMPLES = 20  # per operation


async def test_schemathesis_finds_no_server_error(identity_harness: IdentityHarness) -> None:
    h = identity_harness
    company = await h.company()
    report = await schemathesis_run(
        h.http, await openapi_of(h.http), h.auth(company.admin_token),
        examples_per_operation=EXAMPLES,
    )  # fmt: skip
    print(f"identity schemathesis: {report}")
    assert report.sent > 0 and not report.server_errors, "\n".join(report.server_errors)


async def test_hostile_values_find_no_server_error(identity_harness: IdentityHarness) -> None:
    h = identity_harness
    company = await h.company()
    report = await hostile_run(
        h.http, await openapi_of(h.http), h.auth(company.admin_token),
        examples_per_operation=HOSTILE_EXAMPLES,
    )  # fmt: skip
    print(f"identity hostile: {report}")
    assert report.sent > 0 and not report.server_errors, "\n".join(report.server_errors)
