"""What a record is found by (index side) and what a search asks for (query side).

Both sides fold text the same way (``domain.text``), so « Pavière », « PAVIERE » and « paviere »
are one lexeme. The index stores lexemes directly (``array_to_tsvector``): names weigh more than
phones and e-mails. A query becomes prefix terms ANDed in any order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ouvrage_events.catalog.clients import Contact

from clients.domain.text import email_key, fold, phone_digits, words

MAX_TERMS = 8
_PHONE_TOKEN = re.compile(r"^[0-9+.()/-]*[0-9][0-9+.()/-]*$")
_EMAIL_CHARS = re.compile(r"[^a-z0-9._%+@-]+")


@dataclass(frozen=True, slots=True)
class IndexEntry:
    """The search and matching fields of one record, as the read model stores them."""

    sort_key: str
    name_tokens: list[str]
    name_key: str
    phone_keys: list[str]
    email_keys: list[str]
    document: str
    """A tsvector literal: names weigh A, phones and e-mails B, e-mail words C."""


def _person_and_company(contact: Contact) -> tuple[list[str], list[str]]:
    person = words(f"{contact.last_name} {contact.first_name}")
    return person, words(contact.company_name or "")


def _email_lexemes(key: str) -> tuple[list[str], list[str]]:
    local, _, domain = _EMAIL_CHARS.sub("", key).partition("@")
    key = f"{local}@{domain}"
    return [key, local, domain], words(local)


def _document(weighted: list[tuple[list[str], str]]) -> str:
    # Lexemes only hold [a-z0-9._%+@-]: nothing to escape inside the quotes.
    entries: list[str] = []
    for lexemes, weight in weighted:
        for lexeme in lexemes:
            if lexeme:
                entries.append(f"'{lexeme}':{len(entries) + 1}{weight}")
    return " ".join(entries)


def index_entry(contact: Contact) -> IndexEntry:
    """The index fields of a record with this contact."""
    person, company = _person_and_company(contact)
    phones = sorted({d for d in (phone_digits(p) for p in contact.phones) if d})
    emails = sorted({email_key(e) for e in contact.emails if e.strip()})
    email_parts = [_email_lexemes(e) for e in emails]
    document = _document(
        [
            ([*person, *company], "A"),
            ([*phones, *(lex for whole, _ in email_parts for lex in whole)], "B"),
            ([lex for _, local_words in email_parts for lex in local_words], "C"),
        ]
    )
    return IndexEntry(
        sort_key=fold(contact.display_name()),
        name_tokens=sorted({*person, *company}),
        name_key=" ".join(sorted(person or company)),
        phone_keys=phones,
        email_keys=emails,
        document=document,
    )


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """A parsed search: a tsquery and the exact values that earn a ranking boost."""

    tsquery: str
    words: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.tsquery


def _prefix(lexeme: str) -> str:
    # Lexemes only hold [a-z0-9._%+@-]: nothing to escape inside the quotes.
    return f"'{lexeme}':*"


def _email_term(token: str) -> str:
    """An address (or its start) matches whole; a dotted word also matches as its words."""
    parts = words(token)
    whole = _prefix(token)
    # The words of an address's domain (« or » of orange.fr) would match half the directory.
    if "@" in token or not parts or parts == [token]:
        return whole
    return "(" + whole + " | (" + " & ".join(_prefix(p) for p in parts) + "))"


def _groups(text: str) -> list[tuple[str, str]]:
    """(kind, value) pairs: runs of phone-like tokens merge into one number."""
    groups: list[tuple[str, str]] = []
    for token in fold(text).split():
        if _PHONE_TOKEN.match(token):
            if groups and groups[-1][0] == "phone":
                groups[-1] = ("phone", groups[-1][1] + token)
            else:
                groups.append(("phone", token))
            continue
        token = token.strip(".")
        if "@" in token or "." in token:
            groups.append(("email", _EMAIL_CHARS.sub("", token)))
        else:
            groups.extend(("word", w) for w in words(token))
    return groups


def parse_query(text: str) -> SearchQuery:
    """The tsquery for a user's search text; at most ``MAX_TERMS`` terms are kept."""
    terms: list[str] = []
    found: dict[str, list[str]] = {"word": [], "phone": [], "email": []}
    for kind, raw in _groups(text)[:MAX_TERMS]:
        value = phone_digits(raw) if kind == "phone" else raw
        if not value:
            continue
        found[kind].append(value)
        terms.append(_email_term(value) if kind == "email" else _prefix(value))
    return SearchQuery(" & ".join(terms), found["word"], found["phone"], found["email"])
