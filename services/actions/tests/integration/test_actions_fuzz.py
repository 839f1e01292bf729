"""Issue 23: no request built from the actions OpenAPI answers a 5xx (hypothesis, schemathesis)."""

from __future__ import annotations

import uuid
from typing import Any

from ouvrage_platform.permissions import PERMISSIONS
from ouvrage_testing.fuzz import hostile_run, schemathesis_run
from ouvrage_testing.fuzz import openapi_of as _doc

EXAMPLES = 6  # per operation and mode (positive, negative)
HOSTILE_EXAMPLES = 20  # per operation


async def _headers(stack: Any) -> dict[str, str]:
    tenant = await stack.new_tenant()
    return dict(stack.auth(uuid.uuid4(), tenant, *PERMISSIONS))


async def test_schemathesis_finds_no_server_error(actions_stack: Any) -> None:
    report = await schemathesis_run(
        actions_stack.http, await _doc(actions_stack.http), await _headers(actions_stack),
        examples_per_operation=EXAMPLES,
    )  # fmt: skip
    print(f"actions schemathesis: {report}")
    assert report.sent > 0 and not report.server_errors, "\n".join(report.server_errors)


async def test_hostile_values_find_no_server_error(actions_stack: Any) -> None:
    report = await hostile_run(
        actions_stack.http, await _doc(actions_stack.http), await _headers(actions_stack),
        examples_per_operation=HOSTILE_EXAMPLES,
    )  # fmt: skip
    print(f"actions hostile: {report}")
    assert report.sent > 0 and not report.server_errors, "\n".join(report.server_errors)
