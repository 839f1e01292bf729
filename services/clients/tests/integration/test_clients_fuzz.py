"""Issue 23: no request built from the clients OpenAPI answers a 5xx (schemathesis, hypothesis)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ouvrage_platform.permissions import PERMISSIONS
from ouvrage_testing.fuzz import assert_no_server_error

if TYPE_CHECKING:
    from conftest import ClientsHarness


async def test_no_request_answers_a_server_error(clients: ClientsHarness) -> None:
    headers = clients.tenant().headers(PERMISSIONS)
    await assert_no_server_error(clients.http, headers, service="clients")
