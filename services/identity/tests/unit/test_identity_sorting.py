"""The directory's sort key: French order, accents and case ignored, byte-comparable."""

from identity.domain.sorting import directory_sort_key, fold


def test_fold_drops_accents_case_and_ligatures() -> None:
    assert fold("Étienne") == "etienne"
    assert fold("élodie") == "elodie"
    assert fold("Cœur-de-Lion") == "coeur-de-lion"
    assert fold("Lætitia") == "laetitia"
    assert fold("Ça") == "ca"
    assert fold("D’Artagnan") == fold("D'Artagnan")


def test_names_sort_in_french_order_by_last_then_first_name() -> None:
    names = [("Zola", "Émile"), ("Étienne", "Luc"), ("élodie", "Anne"), ("Émile", "Jean"),
             ("Adam", "Paul"), ("Emile", "Jean"), ("Dupont", "Zoé"), ("Du Pont", "Ana"),
             ("Dupont", "Éric"), ("Dupont", "eric")]  # fmt: skip
    ordered = sorted(names, key=lambda n: directory_sort_key(*n).encode())
    assert ordered == [
        ("Adam", "Paul"), ("Du Pont", "Ana"), ("Dupont", "eric"), ("Dupont", "Éric"),
        ("Dupont", "Zoé"), ("élodie", "Anne"), ("Emile", "Jean"), ("Émile", "Jean"),
        ("Étienne", "Luc"), ("Zola", "Émile"),
    ]  # fmt: skip


def test_a_last_name_ends_before_a_longer_one_whatever_the_first_name() -> None:
    assert (
        directory_sort_key("Martin", "Zoé").encode() < directory_sort_key("Martinez", "Al").encode()
    )
