"""The directory's sort key: French order, insensitive to accents and case.

Computed once per user and stored, so the order (and cursor pagination) does not depend on the
collations a PostgreSQL server happens to have.
"""

from __future__ import annotations

import unicodedata

# Letters NFKD leaves whole but French sorts as their spelled-out pair.
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "’": "'"})
# Below every character a folded name can hold: ends the last name before the first name.
_FIELD = "\x01"
# Between the primary key (accents and case ignored) and its tie-break (accents kept).
_LEVEL = "\x02"


def fold(text: str) -> str:
    """``text`` without accents, in lower case: « Étienne » -> « etienne »."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.casefold()


def directory_sort_key(last_name: str, first_name: str) -> str:
    """Last name then first name, accents and case ignored; the accented spelling comes after
    the plain one when they are otherwise equal (« Emile » before « Émile »). Compare it
    byte-wise (``COLLATE "C"``)."""
    primary = fold(last_name) + _FIELD + fold(first_name)
    tie_break = last_name.casefold() + _FIELD + first_name.casefold()
    return primary + _LEVEL + tie_break
