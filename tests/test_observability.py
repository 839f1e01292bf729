"""deploy/observability: the alert rules pass `promtool check rules` and their unit tests
(`promtool test rules`), and the rules and the Grafana dashboard only use metrics the services
export."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from ouvrage_events import metrics as event_metrics  # noqa: F401  (registers the runtime's metrics)
from ouvrage_platform.metrics import HttpMetrics
from prometheus_client import REGISTRY, CollectorRegistry

ROOT = Path(__file__).resolve().parents[1]
OBSERVABILITY = ROOT / "deploy" / "observability"
RULES = OBSERVABILITY / "prometheus" / "ouvrage-alerts.yaml"
RULE_TESTS = OBSERVABILITY / "prometheus" / "ouvrage-alerts.test.yaml"
DASHBOARD = OBSERVABILITY / "grafana" / "ouvrage-events.json"
_SUFFIXES = {"counter": ("_total",), "histogram": ("_bucket", "_sum", "_count"), "gauge": ("",)}


@pytest.fixture(scope="module")
def promtool() -> str:
    found = shutil.which("promtool")
    if found is None:
        pytest.skip("promtool is not installed (Debian's `prometheus`; .ci/run installs it)")
    return found


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=120, cwd=ROOT)


def test_promtool_accepts_the_rules(promtool: str) -> None:
    result = _run(promtool, "check", "rules", str(RULES))
    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
    count = sum(len(group["rules"]) for group in yaml.safe_load(RULES.read_text())["groups"])
    assert f"SUCCESS: {count} rules found" in result.stdout


def test_the_rules_fire_as_their_unit_tests_expect(promtool: str) -> None:
    result = _run(promtool, "test", "rules", str(RULE_TESTS))
    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout


def _exported() -> set[str]:
    """Every series name the services expose (runtime metrics, HTTP metrics) plus `up`."""
    http = CollectorRegistry()
    HttpMetrics(http)
    names = {"up"}
    for registry in (REGISTRY, http):
        for family in registry.collect():
            names.update(family.name + s for s in _SUFFIXES.get(family.type, ("",)))
    return names


def _metric_names(expr: str) -> set[str]:
    words = set(re.findall(r"\b[a-z_:][a-z0-9_:]*\b", re.sub(r'"[^"]*"', "", expr)))
    return {w for w in words if w.startswith(("ouvrage_", "http_")) or w == "up"}


def test_rules_and_dashboard_use_only_exported_metrics() -> None:
    exprs = [r["expr"] for g in yaml.safe_load(RULES.read_text())["groups"] for r in g["rules"]]
    dashboard = json.loads(DASHBOARD.read_text())
    exprs += [t["expr"] for panel in dashboard["panels"] for t in panel["targets"]]
    used = set().union(*(_metric_names(e) for e in exprs))
    assert used - _exported() == set()
    # what the issue asks to watch is on the dashboard
    for name in (
        "ouvrage_relay_lag_seconds",
        "ouvrage_consumer_lag_messages",
        "ouvrage_consumer_dead_letters_total",
        "ouvrage_consumer_parked_streams",
    ):
        assert name in used
    ids = [panel["id"] for panel in dashboard["panels"]]
    assert len(ids) == len(set(ids))
