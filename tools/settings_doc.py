"""Write the table of every service setting (environment variable, type, default) into README.md
between the `settings` markers, or check that it is up to date.

    uv run python tools/settings_doc.py            write
    uv run python tools/settings_doc.py --check    exit 1 if the table is stale
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path
from typing import Any

from pydantic_settings import BaseSettings

README = Path(__file__).resolve().parents[1] / "README.md"
BEGIN, END = "<!-- settings:begin -->", "<!-- settings:end -->"
SERVICES = {
    "identity": "IdentitySettings",
    "clients": "ClientsSettings",
    "actions": "ActionsSettings",
    "planning": "PlanningSettings",
    "notifier": "NotifierSettings",
    "sales": "SalesSettings",
}


def _default(field: Any) -> str:
    if field.is_required():
        return "required"
    value = field.get_default(call_default_factory=True)
    if value is None or value == "":
        return "unset"
    return f"`{value}`"


def _type(annotation: Any) -> str:
    text = str(annotation).replace("typing.", "").replace("<class '", "").replace("'>", "")
    return text.replace("pathlib.", "").replace("pydantic.types.", "").replace(" | ", " or ")


def table() -> str:
    rows = ["| variable | type | default |", "|---|---|---|"]
    for service, name in SERVICES.items():
        cls: type[BaseSettings] = getattr(importlib.import_module(f"{service}.settings"), name)
        prefix = str(cls.model_config.get("env_prefix", ""))
        secrets = set(getattr(cls, "secret_fields", ()))
        for field_name, field in cls.model_fields.items():
            shown = "secret" if field_name in secrets else _default(field)
            variable = f"{prefix}{field_name}".upper()
            rows.append(f"| `{variable}` | {_type(field.annotation)} | {shown} |")
    return "\n".join(rows)


def render(readme: str) -> str:
    start, end = readme.index(BEGIN) + len(BEGIN), readme.index(END)
    return readme[:start] + "\n" + table() + "\n" + readme[end:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    current = README.read_text(encoding="utf-8")
    wanted = render(current)
    if args.check:
        if wanted != current:
            print("README.md's settings table is stale: run `uv run python tools/settings_doc.py`")
            return 1
        return 0
    README.write_text(wanted, encoding="utf-8")
    print(f"wrote the settings table of {README}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
