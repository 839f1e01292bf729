"""Issue 23: no request built from the actions OpenAPI answers a 5xx (schemathesis, hypothesis)."""

from __future__ import annotations

import uuid
from typing import Any

from ouvrage_platform.permissions import PERMISSIONS
from ouvrage_testing.fuzz import assert_no_server_error


async def test_no_request_answers_a_server_error(actions_stack: Any) -> None:
    tenant = await actions_stack.new_tenant()
    headers = dict(actions_stack.auth(uuid.uuid4(), tenant, *PERMISSIONS))
    await assert_no_server_error(actions_stack.http, headers, service="actions")
