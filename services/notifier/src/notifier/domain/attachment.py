"""What the notifier agrees to attach: a real PDF under the name its producer gives it (the site
sheet's, a quote's or an invoice's), nothing else.

A record on planning's topic could carry any bytes and any name (an executable renamed, a path,
a double extension); the mail would go out under the company's name.
"""

from __future__ import annotations

import re

PDF_MAGIC = b"%PDF-"
# planning's ``sheet_filename``: fiche-chantier-<ascii slug of at most 60>.pdf
SITE_SHEET_NAME = re.compile(r"^fiche-chantier-[a-z0-9]+(?:-[a-z0-9]+)*\.pdf$")
# sales' ``sending.filename``: devis|facture|avoir-<number such as D-2026-12>.pdf
SALES_DOCUMENT_NAME = re.compile(r"^(?:devis|facture|avoir)-[A-Z]-\d{4}-\d{1,9}\.pdf$")
MAX_NAME = len("fiche-chantier-.pdf") + 60


def acceptable_site_sheet(filename: str, content: bytes) -> bool:
    """True for PDF bytes (magic number) named like planning names its sheets or sales its
    quotes and invoices."""
    named = SITE_SHEET_NAME.fullmatch(filename) or SALES_DOCUMENT_NAME.fullmatch(filename)
    return len(filename) <= MAX_NAME and named is not None and content.startswith(PDF_MAGIC)
