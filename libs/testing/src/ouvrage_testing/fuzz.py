"""Property-based HTTP tests: no request a client can build from a service's OpenAPI ends in a 5xx.

Two generators, both driven by hypothesis, both sending through the test's own ``httpx`` client
(the app's lifespan entered in the test's event loop, on the real PostgreSQL and Kafka):

``assert_no_server_error`` runs both, with bounded counts (``make test`` stays short):

- schemathesis' cases for every operation of the OpenAPI document, valid
  (positive) and invalid (negative: wrong types, missing fields, odd headers);
- hostile values: a valid case with ONE body field or query parameter replaced by a value of the
  families of issue 23 (control characters, lone surrogates, dates at years 1 and 9999 with
  ±14:00 offsets, ISO weeks out of range, huge numbers, operator objects).

Hypothesis runs in a worker thread (its test function is synchronous); each request is sent on
the test's event loop with ``run_coroutine_threadsafe``, so the app's pool stays on its loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import httpx
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.errors import HypothesisWarning, Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import Failure, FailureGroup
from schemathesis.core.result import Err
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

# Every answer, to valid and invalid requests alike, must be one the document promises (issue 21)
CONFORMANCE = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
EXAMPLES = 6  # schemathesis cases per operation and generation mode (positive, negative)
HOSTILE_EXAMPLES = 20  # hostile cases per operation
_SETTINGS = settings(
    deadline=None,
    database=None,
    derandomize=True,  # the same cases on every run: a failure reproduces
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)


@dataclass
class FuzzReport:
    """How many cases were generated and sent, and the server errors seen (method, path, status)."""

    generated: int = 0
    sent: int = 0
    statuses: dict[int, int] = field(default_factory=dict)
    codes: dict[str, int] = field(default_factory=dict)  # problems by "status code"
    server_errors: list[str] = field(default_factory=list)
    nonconforming: dict[str, str] = field(default_factory=dict)  # one example per kind

    def check(self, label: str, case: Any, response: httpx.Response) -> None:
        """The answer as schemathesis' conformance checks see it (status, media type,
        headers and body as documented); a failure is kept once per operation and status."""
        try:
            case.validate_response(response, checks=CONFORMANCE)
        except UnicodeError:
            return  # a hostile body (lone surrogates) the checker cannot encode to compare
        except (Failure, FailureGroup) as failure:
            key = f"{label} -> {response.status_code}"
            parts = failure.exceptions if isinstance(failure, BaseExceptionGroup) else (failure,)
            text = " | ".join(str(getattr(p, "message", p)).strip()[:400] for p in parts)
            self.nonconforming.setdefault(key, f"{text} (body: {response.text[:300]})")

    def record(self, label: str, response: httpx.Response) -> None:
        self.sent += 1
        self.statuses[response.status_code] = self.statuses.get(response.status_code, 0) + 1
        if response.headers.get("content-type") == "application/problem+json":
            code = f"{response.status_code} {response.json().get('code')}"
            self.codes[code] = self.codes.get(code, 0) + 1
        if response.status_code >= 500:
            self.server_errors.append(f"{label} -> {response.status_code} {response.text[:300]}")

    def __str__(self) -> str:
        codes = ", ".join(f"{k}: {v}" for k, v in sorted(self.statuses.items()))
        return (
            f"{self.generated} cases generated, {self.sent} sent ({codes}), "
            f"{len(self.server_errors)} server errors, {len(self.nonconforming)} non-conforming"
        )


_POISONS = ["\x00", "\ud800", "\udfff", "\udd00\uda27", "\n", "\x1b", "\u2028"]


def _hostile_text() -> st.SearchStrategy[str]:
    """Text around a poison (NUL, lone surrogate, control character), or random odd text."""
    around = st.text(st.characters(categories=["Lu", "Ll", "Nd", "Cf"]), max_size=6)
    poisoned = st.builds(
        lambda before, poison, after: before + poison + after,
        around,
        st.sampled_from(_POISONS),
        around,
    )
    odd = st.text(
        st.characters(categories=["Cc", "Cs", "Zl", "Zp", "Cf", "Lu", "Ll", "Nd"]),
        min_size=1,
        max_size=12,
    )
    return st.one_of(poisoned, poisoned, odd)


_ZONES = [timezone(timedelta(hours=14)), timezone(timedelta(hours=-14)), UTC]


def hostile_values(*, in_query: bool = False) -> st.SearchStrategy[Any]:
    """Values of issue 23's families (no lone surrogates in a query: they cannot be encoded)."""
    text = (
        _hostile_text().filter(lambda s: not any(0xD800 <= ord(c) <= 0xDFFF for c in s))
        if in_query
        else _hostile_text()
    )
    instants = st.datetimes(
        min_value=datetime(1, 1, 2),
        max_value=datetime(9999, 12, 30),
        timezones=st.sampled_from(_ZONES),
    ).map(lambda d: d.isoformat())
    edges = st.sampled_from(
        ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "0001-01-01", "9999-12-31",
         "9999-W52", "0001-W01", "2026-W00", "-1", "1e309", "NaN"]
    )  # fmt: skip
    weeks = st.builds("{:04d}-W{:02d}".format, st.integers(0, 9999), st.integers(0, 99))
    scalars = st.one_of(text, instants, edges, weeks, st.dates().map(str))
    if in_query:
        return st.one_of(scalars, st.integers(-(2**70), 2**70).map(str))
    return st.one_of(
        scalars,
        st.integers(-(2**70), 2**70),
        st.none(),
        st.lists(text, max_size=3),
        st.just({"$gt": ""}),
    )


async def _send(http: httpx.AsyncClient, kwargs: dict[str, Any]) -> httpx.Response | None:
    body: bytes | None = None
    if kwargs.get("json") is not None:
        # ensure_ascii: lone surrogates travel as \\udXXX escapes, as a hostile client sends them
        body = json.dumps(kwargs["json"]).encode()
    elif isinstance(kwargs.get("data"), bytes | str):
        body = kwargs["data"] if isinstance(kwargs["data"], bytes) else kwargs["data"].encode()
    headers = {k: v for k, v in kwargs.get("headers", {}).items() if k.lower() != "connection"}
    try:
        request = http.build_request(
            kwargs["method"],
            kwargs["url"],
            params=kwargs.get("params"),
            headers=headers,
            content=body,
        )
    except (UnicodeError, ValueError, TypeError, httpx.InvalidURL):
        return None  # no HTTP client could send it (a header or a query not encodable)
    return await http.send(request)


def _kwargs(case: Any, base: str, headers: dict[str, str]) -> dict[str, Any]:
    """The request of a case; a JSON body is sent by ``_send`` (schemathesis would encode it in
    UTF-8, which a lone surrogate cannot be)."""
    body = case.body
    if not isinstance(body, dict | list):
        return dict(case.as_transport_kwargs(base_url=base, headers=headers))
    case.body = {}
    try:
        kwargs = dict(case.as_transport_kwargs(base_url=base, headers=headers))
    finally:
        case.body = body
    kwargs.pop("data", None)
    kwargs["json"] = body
    return kwargs


def _runner(
    http: httpx.AsyncClient,
    loop: asyncio.AbstractEventLoop,
    report: FuzzReport,
    label: str,
    headers: dict[str, str],
) -> Callable[[Any], None]:
    base = str(http.base_url).rstrip("/")

    def send(case: Any) -> None:
        report.generated += 1
        kwargs = _kwargs(case, base, headers)
        future = asyncio.run_coroutine_threadsafe(_send(http, kwargs), loop)
        response = future.result(timeout=60)
        if response is not None:
            report.record(label, response)
            report.check(label, case, response)

    return send


async def openapi_of(http: httpx.AsyncClient) -> dict[str, Any]:
    """The OpenAPI document the app serves."""
    answer = await http.get("/openapi.json")
    answer.raise_for_status()
    doc: dict[str, Any] = answer.json()
    return doc


def _operations(doc: dict[str, Any]) -> list[Any]:
    schema = schemathesis.openapi.from_dict(doc)
    operations = []
    for result in schema.get_all_operations():
        if isinstance(result, Err):
            raise result.err()  # the document itself is broken: that is a failure too
        operations.append(result.ok())
    return operations


Send = Callable[[dict[str, Any]], None]


def _generated(
    operation: Any, mode: GenerationMode, examples: int, send: Send
) -> Callable[[], None]:
    """A hypothesis test sending schemathesis' cases of one operation in one mode."""

    @settings(_SETTINGS, max_examples=examples)
    @given(case=operation.as_strategy(generation_mode=mode))
    def check(case: Any) -> None:
        send(case)

    return check


def _resolved(doc: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        found: dict[str, Any] = doc["components"]["schemas"][ref.rsplit("/", 1)[1]]
        return found
    return schema


def _body_fields(doc: dict[str, Any], operation: Any) -> list[str]:
    """The top-level properties of an operation's JSON body (through $ref and anyOf)."""
    spec = doc["paths"][operation.path][operation.method.lower()]
    content = spec.get("requestBody", {}).get("content", {}).get("application/json", {})
    pending, fields = [content.get("schema", {})], []
    while pending:
        schema = _resolved(doc, pending.pop())
        fields += [name for name in schema.get("properties", {}) if name not in fields]
        pending += schema.get("anyOf", []) + schema.get("allOf", [])
    return fields


def _made_hostile(
    doc: dict[str, Any], operation: Any, examples: int, send: Send
) -> Callable[[], None]:
    """A hypothesis test sending valid cases of one operation with one value made hostile."""
    queries = [p.name for p in operation.query]
    fields = _body_fields(doc, operation)

    @settings(_SETTINGS, max_examples=examples)
    @given(case=operation.as_strategy(), data=st.data())
    def check(case: Any, data: st.DataObject) -> None:
        targets = [("query", q) for q in queries]
        if isinstance(case.body, dict):
            targets += [("body", k) for k in {*fields, *case.body}]
        if targets:
            where, name = data.draw(st.sampled_from(targets))
            value = data.draw(hostile_values(in_query=where == "query"))
            if where == "query":
                case.query = {**(case.query or {}), name: value}
            else:
                case.body = {**case.body, name: value}
        send(case)

    return check


def _schemathesis_checks(
    doc: dict[str, Any], operation: Any, examples: int, send: Send
) -> list[Callable[[], None]]:
    return [_generated(operation, mode, examples, send) for mode in GenerationMode]


def _hostile_checks(
    doc: dict[str, Any], operation: Any, examples: int, send: Send
) -> list[Callable[[], None]]:
    return [_made_hostile(doc, operation, examples, send)]


Checks = Callable[[dict[str, Any], Any, int, Send], list[Callable[[], None]]]


async def _run(
    http: httpx.AsyncClient,
    headers: dict[str, str],
    checks: Checks,
    examples: int,
    skip: Callable[[str], bool],
) -> FuzzReport:
    """Run ``checks`` of every operation the app documents, in a worker thread."""
    doc, loop, report = await openapi_of(http), asyncio.get_running_loop(), FuzzReport()

    def run_all() -> None:
        with warnings.catch_warnings():
            # The app runs beside hypothesis in this process, and its background tasks (relay,
            # consumers' backoff jitter) use `random` while a case is drawn: not the strategies.
            warnings.filterwarnings(
                "ignore", message="Do not use the `random` module", category=HypothesisWarning
            )
            for operation in _operations(doc):
                if skip(operation.label):
                    continue
                send = _runner(http, loop, report, operation.label, headers)
                for check in checks(doc, operation, examples, send):
                    # Unsatisfiable: nothing to make invalid (no parameter, no body)
                    with contextlib.suppress(Unsatisfiable):
                        check()

    await asyncio.to_thread(run_all)
    return report


def _or_endless(skip: Callable[[str], bool]) -> Callable[[str], bool]:
    """Server-sent event streams (``GET .../stream``: the alerts, the live board) never end an
    answer: a fuzzer waiting for one would hang, so they are left to their own tests."""
    return lambda label: (label.startswith("GET ") and label.endswith("/stream")) or skip(label)


async def assert_no_server_error(
    http: httpx.AsyncClient,
    headers: dict[str, str],
    *,
    service: str,
    skip: Callable[[str], bool] = lambda label: False,
) -> tuple[FuzzReport, FuzzReport]:
    """schemathesis (``EXAMPLES`` per operation and mode) then hostile values (``HOSTILE_EXAMPLES``
    per operation) against the app behind ``http``, as the caller ``headers`` name: no 5xx."""
    generated = await _run(http, headers, _schemathesis_checks, EXAMPLES, _or_endless(skip))
    hostile = await _run(http, headers, _hostile_checks, HOSTILE_EXAMPLES, _or_endless(skip))
    # Printed for the record (pytest -s): the counts quoted in reports.
    print(f"{service} schemathesis: {generated}")
    print(f"{service} hostile values: {hostile}")
    print(f"{service} problems: {sorted({**generated.codes, **hostile.codes})}")
    errors = generated.server_errors + hostile.server_errors
    assert generated.sent > 0 and hostile.sent > 0 and not errors, "\n".join(errors)
    nonconforming = {**generated.nonconforming, **hostile.nonconforming}
    assert not nonconforming, "\n\n".join(f"{k}: {v}" for k, v in sorted(nonconforming.items()))
    return generated, hostile
