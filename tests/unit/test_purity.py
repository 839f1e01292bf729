"""The pure kernel: the domain side of libs/events and every service's ``domain/`` and ``app/``
load no I/O library and no web framework (each package in a fresh interpreter, whose
``sys.modules`` is then checked). HTTP and drivers live in ``api/``, ``adapters/`` and the runtime.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

SERVICES = ("identity", "clients", "actions", "planning", "notifier", "sales")
PURE = (
    "ouvrage_events",
    "ouvrage_events.aggregate",
    "ouvrage_events.contract",
    "ouvrage_events.catalog",
    "ouvrage_events.errors",
    "ouvrage_events.pipeline",
    "ouvrage_events.memory",
    "ouvrage_events.backoff",
    *(f"{service}.{layer}" for service in SERVICES for layer in ("domain", "app")),
)
FORBIDDEN = ("asyncpg", "aiokafka", "fastapi", "starlette")

_PROBE = """
import importlib, json, pkgutil, sys
package = importlib.import_module(sys.argv[1])
# the ouvrage_events package itself: only what importing it loads (its runtime is lazy)
walked = getattr(package, "__path__", []) if sys.argv[1] != "ouvrage_events" else []
for info in pkgutil.walk_packages(walked, sys.argv[1] + "."):
    importlib.import_module(info.name)
print(json.dumps(sorted({name.split(".")[0] for name in sys.modules})))
"""


@pytest.mark.parametrize("package", PURE)
def test_importing_the_kernel_loads_no_driver_and_no_web_framework(package: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, package], capture_output=True, text=True, check=True
    )
    loaded = set(json.loads(done.stdout))
    assert loaded & set(FORBIDDEN) == set(), f"{package} loads {sorted(loaded & set(FORBIDDEN))}"


def test_the_probe_sees_a_driver_when_one_is_loaded() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, "ouvrage_events.store.event_store"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "asyncpg" in json.loads(done.stdout)
