"""Write each service's OpenAPI document to docs/openapi/<service>.json (the HTTP contract web
clients build on), or check that they are up to date.

    uv run python tools/openapi.py            write
    uv run python tools/openapi.py --check    exit 1 if a document is stale
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path
from typing import Any

from fastapi import FastAPI

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by the tests
from generated import write_or_check

SERVICES = ("identity", "clients", "actions", "planning", "notifier", "sales")
DOCS = Path(__file__).resolve().parents[1] / "docs" / "openapi"


def build_app(service: str) -> FastAPI:
    """The service's app as `serve` builds it (nothing connects before its lifespan runs)."""
    cli = importlib.import_module(f"{service}.cli").CLI
    app: FastAPI = cli.app(cli.settings())
    return app


def openapi(service: str) -> dict[str, Any]:
    document: dict[str, Any] = build_app(service).openapi()
    return document


def render(service: str) -> str:
    return json.dumps(openapi(service), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    files = {DOCS / f"{service}.json": render(service) for service in SERVICES}
    return write_or_check(files, check=args.check, command="uv run python tools/openapi.py")


if __name__ == "__main__":
    sys.exit(main())
