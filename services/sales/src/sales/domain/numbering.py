"""Document numbers: ``D-<year>-<n>`` for quotes, ``F-<year>-<n>`` for invoices and credit
notes (one chronological series per company and year, without gaps: the app draws ``n`` from a
counter in the transaction that records the document)."""

from __future__ import annotations

from typing import Literal

Series = Literal["D", "F"]
QUOTES: Series = "D"
INVOICES: Series = "F"


def document_number(series: Series, year: int, n: int) -> str:
    if n < 1:
        raise ValueError("numbers start at 1")
    return f"{series}-{year}-{n}"
