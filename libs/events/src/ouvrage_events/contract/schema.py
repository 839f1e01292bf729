"""Write the event contract for subscribers who are not Python: the AsyncAPI 3 document of the
whole catalog (docs/asyncapi.yaml) and one JSON Schema file per event (docs/events/<type>.json).

    python -m ouvrage_events.contract.schema            write
    python -m ouvrage_events.contract.schema --check    exit 1 if a file is stale
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

from ouvrage_events.contract.asyncapi import SERVICES, asyncapi
from ouvrage_events.contract.registry import Registry, registry
from ouvrage_events.contract.schema_refs import json_schema, standalone

__all__ = ["SERVICES", "asyncapi", "event_schemas", "json_schema", "main", "render"]


def _catalog() -> Registry:
    import ouvrage_events.catalog  # noqa: F401  (fills the registry)

    return registry


def render() -> str:
    """The AsyncAPI document, as YAML."""
    return yaml.safe_dump(asyncapi(), sort_keys=False, allow_unicode=True, width=100)


def event_schemas() -> dict[str, str]:
    """File name -> text of each event's standalone JSON Schema."""
    return {
        f"{ev.event_type()}.json": json.dumps(standalone(ev), indent=2, ensure_ascii=False) + "\n"
        for ev in _catalog()
    }


def _files(output: Path) -> dict[Path, str]:
    events = output.parent / "events"
    return {output: render(), **{events / name: text for name, text in event_schemas().items()}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the AsyncAPI document of the catalog.")
    parser.add_argument("--output", type=Path, default=Path("docs/asyncapi.yaml"))
    parser.add_argument("--check", action="store_true", help="fail if a file is stale")
    args = parser.parse_args(argv)
    files = _files(args.output)
    if args.check:
        events = args.output.parent / "events"
        extra = set(events.glob("*.json")) - set(files) if events.exists() else set()
        stale = [p for p, text in files.items() if not p.exists() or p.read_text("utf-8") != text]
        if stale or extra:
            listed = ", ".join(sorted(map(str, [*stale, *extra])))
            print(f"stale: {listed}: run python -m ouvrage_events.contract.schema")
            return 1
        return 0
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    print(f"wrote {args.output} and {len(files) - 1} event schemas")
    return 0


if __name__ == "__main__":
    sys.exit(main())
