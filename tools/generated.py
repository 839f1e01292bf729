"""Write generated files, or check that the committed ones are up to date (the tools' `--check`,
run by the staleness tests)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path


def write_or_check(files: Mapping[Path, str], *, check: bool, command: str) -> int:
    """Write `files` (path -> text), or with `check` report the stale ones; the exit code."""
    stale = []
    for path, text in files.items():
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(str(path))
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path}")
    if stale:
        print("stale: " + ", ".join(stale) + f" (run `{command}`)")
        return 1
    return 0
