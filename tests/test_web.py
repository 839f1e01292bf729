"""The web app's own tests (vitest: components, logic, and the generated API types' staleness
against docs/openapi), run from `make test` like every other test of the repository."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

WEB = Path(__file__).resolve().parents[1] / "web"
ENV = {**os.environ, "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD": "1", "CI": "1"}


def _npm(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["npm", *args], cwd=WEB, env=ENV, capture_output=True, text=True,
                          timeout=600)  # fmt: skip


@pytest.fixture(scope="module")
def node_modules() -> None:
    if shutil.which("npm") is None:
        pytest.fail(
            "npm is needed for the web app's tests (.ci/run installs Node.js)", pytrace=False
        )
    if not (WEB / "node_modules").exists():
        installed = _npm("ci", "--no-audit", "--no-fund")
        assert installed.returncode == 0, installed.stderr[-4000:]


def test_types_and_lint_are_clean(node_modules: None) -> None:
    """tsc strict, then ESLint (no `any`, no floating promise, the rules of hooks)."""
    for script in ("typecheck", "lint"):
        done = _npm("run", script)
        assert done.returncode == 0, (
            f"npm run {script}:\n{done.stdout[-8000:]}\n{done.stderr[-2000:]}"
        )


def test_vitest_passes(node_modules: None) -> None:
    done = _npm("test", "--", "--reporter=dot")
    assert done.returncode == 0, f"vitest failed:\n{done.stdout[-8000:]}\n{done.stderr[-4000:]}"
    assert "passed" in done.stdout
