"""The list of common passwords shipped in the package (identity/data/common-passwords.txt)."""

from __future__ import annotations

from functools import cache
from importlib import resources

from identity.domain.password_policy import normalise


@cache
def load_common_passwords() -> frozenset[str]:
    """Normalised entries of the shipped list (read once per process)."""
    text = resources.files("identity.data").joinpath("common-passwords.txt").read_text("utf-8")
    return frozenset(normalise(line) for line in text.splitlines() if line.strip())
