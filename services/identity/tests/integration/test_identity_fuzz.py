"""Issue 23: no request built from the identity OpenAPI answers a 5xx (schemathesis, hypothesis)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ouvrage_testing.fuzz import assert_no_server_error

if TYPE_CHECKING:
    from conftest import IdentityHarness


async def test_no_request_answers_a_server_error(identity_harness: IdentityHarness) -> None:
    h = identity_harness
    company = await h.company()
    await assert_no_server_error(h.http, h.auth(company.admin_token), service="identity")
