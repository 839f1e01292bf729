"""Search terms: what a record is indexed by and what a search text asks for."""

from __future__ import annotations

import pytest
from clients.app.search_terms import MAX_TERMS, index_entry, parse_query
from clients.domain.text import fold, phone_digits
from ouvrage_events.catalog.clients import Contact

PAVIERE = Contact(
    last_name="Pavière",
    first_name="Robert",
    company_name="Bâti-Sud",
    emails=["Robert.Paviere@Orange.fr"],
    phones=["06.12.34.56.78", "+33 (0)4 78 00 00 00"],
)


@pytest.mark.parametrize(
    ("text", "tsquery"),
    [
        ("paviere robert", "'paviere':* & 'robert':*"),
        ("Robert Pavière", "'robert':* & 'paviere':*"),
        ("pav rob", "'pav':* & 'rob':*"),
        ("06 12 34", "'061234':*"),
        ("+33 6 12", "'0612':*"),
        ("dupont 06.12", "'dupont':* & '0612':*"),
        ("jean-pierre", "'jean':* & 'pierre':*"),
    ],
)
def test_words_become_prefix_terms_in_any_order(text: str, tsquery: str) -> None:
    assert parse_query(text).tsquery == tsquery


def test_an_address_is_one_term_and_a_dotted_word_also_its_words() -> None:
    query = parse_query("Robert.Paviere@ora")
    assert query.tsquery == "'robert.paviere@ora':*"
    assert query.emails == ["robert.paviere@ora"]
    assert parse_query("batisud.fr").tsquery == "('batisud.fr':* | ('batisud':* & 'fr':*))"


def test_quotes_and_operators_cannot_reach_the_tsquery() -> None:
    query = parse_query("o'neil & !x | (y):*")
    assert query.tsquery == "'o':* & 'neil':* & 'x':* & 'y':*"


def test_nothing_searchable_is_an_empty_query() -> None:
    assert parse_query("  -- ' ").empty


def test_terms_are_capped() -> None:
    query = parse_query(" ".join(f"mot{i}" for i in range(20)))
    assert query.tsquery.count(":*") == MAX_TERMS


def test_index_entry_folds_names_phones_and_emails() -> None:
    entry = index_entry(PAVIERE)

    assert entry.name_tokens == ["bati", "paviere", "robert", "sud"]
    assert entry.name_key == "paviere robert"
    assert entry.phone_keys == ["0478000000", "0612345678"]
    assert entry.email_keys == ["robert.paviere@orange.fr"]
    assert "'paviere':1A" in entry.document
    assert "'0612345678':" in entry.document
    assert "'orange.fr':" in entry.document
    assert entry.sort_key == "bati-sud (paviere robert)"


def test_the_name_key_ignores_word_order_so_swapped_names_match() -> None:
    swapped = Contact(last_name="Robert", first_name="Pavière")
    assert index_entry(swapped).name_key == index_entry(PAVIERE).name_key


def test_email_quotes_never_reach_the_document() -> None:
    entry = index_entry(Contact(last_name="O'Neil", emails=["o'neil@example.fr"]))
    assert "''" not in entry.document
    assert "'oneil@example.fr':" in entry.document


@pytest.mark.parametrize(
    ("raw", "digits"),
    [
        ("06.12.34.56.78", "0612345678"),
        ("+33 6 12 34 56 78", "0612345678"),
        ("0033 6 12 34 56 78", "0612345678"),
        ("+33 (0)6 12 34 56 78", "0612345678"),
        ("+41 22 000 00 00", "41220000000"),
    ],
)
def test_phone_digits_are_national(raw: str, digits: str) -> None:
    assert phone_digits(raw) == digits


def test_fold_removes_accents_and_case() -> None:
    assert fold("PAVIÈRE Œuvre Ça") == "paviere oeuvre ca"
