"""A tenant's status list: defaults, added statuses, refusals."""

from __future__ import annotations

from uuid import uuid4

import pytest
from clients.domain.errors import (
    InvalidStatusError,
    StatusAlreadyDefinedError,
    TrashStatusExistsError,
    UnknownStatusError,
)
from clients.domain.statuses import StatusList, code_from_label, status_list_id
from ouvrage_events.catalog.clients import ClientStatusConfigured, ClientStatusDefined


def test_the_defaults_are_there_from_the_start() -> None:
    statuses = StatusList(uuid4())
    assert [s.code for s in statuses.statuses] == [
        "prospect",
        "devis_en_cours",
        "en_cours_de_chantier",
        "chantier_termine",
        "sav",
        "corbeille",
    ]
    assert statuses.get("chantier_termine").label == "Chantier terminé"


def test_define_derives_the_code_from_the_label() -> None:
    statuses = StatusList(uuid4())

    added = statuses.define("  Relancé   en 2024 ")

    assert (added.code, added.label) == ("relance_en_2024", "Relancé en 2024")
    assert statuses.pending == [
        ClientStatusDefined(code="relance_en_2024", label="Relancé en 2024")
    ]
    assert statuses.get("relance_en_2024") == added


def test_a_code_cannot_be_defined_twice_nor_shadow_a_default() -> None:
    statuses = StatusList.fold(uuid4(), [ClientStatusDefined(code="relance", label="Relance")])
    with pytest.raises(StatusAlreadyDefinedError):
        statuses.define("Relance")
    with pytest.raises(StatusAlreadyDefinedError):
        statuses.define("SAV")


@pytest.mark.parametrize(("label", "code"), [("", None), ("Ok", "Pas Bon"), ("x" * 81, None)])
def test_bad_codes_and_labels_are_refused(label: str, code: str | None) -> None:
    with pytest.raises(InvalidStatusError):
        StatusList(uuid4()).define(label, code)


def test_an_unknown_code_is_refused() -> None:
    with pytest.raises(UnknownStatusError, match="« perdu »"):
        StatusList(uuid4()).get("perdu")


def test_each_tenant_has_its_own_list_stream() -> None:
    a, b = uuid4(), uuid4()
    assert status_list_id(a) == status_list_id(a)
    assert status_list_id(a) != status_list_id(b)
    assert code_from_label("Chantier terminé") == "chantier_termine"


def test_the_defaults_put_on_end_and_trash() -> None:
    statuses = StatusList(uuid4())
    assert statuses.get("en_cours_de_chantier").on_planning
    assert statuses.get("chantier_termine").ends_worksite
    assert statuses.get("corbeille").trash
    assert [s.code for s in statuses.statuses if s.trash] == ["corbeille"]


@pytest.mark.parametrize(
    ("label", "code", "trash"),
    [
        ("Poubelle", "poubelle", True),
        ("Corbeille", "ma_corbeille", False),
        ("CORBEILLE !", None, False),
    ],
)
def test_no_second_status_claims_to_be_the_trash(label: str, code: str | None, trash: bool) -> None:
    statuses = StatusList(uuid4())
    with pytest.raises(TrashStatusExistsError):
        statuses.define(label, code, trash=trash)
    assert statuses.pending == []


def test_a_company_changes_what_a_status_does_on_the_planning() -> None:
    list_id = uuid4()
    statuses = StatusList(list_id)

    statuses.configure("devis_en_cours", on_planning=True, ends_worksite=False)
    statuses.configure("devis_en_cours", on_planning=True, ends_worksite=False)  # no change
    added = statuses.define("Réception", on_planning=False, ends_worksite=True)

    assert statuses.pending == [
        ClientStatusConfigured(code="devis_en_cours", on_planning=True, ends_worksite=False),
        ClientStatusDefined(code="reception", label="Réception", ends_worksite=True),
    ]
    again = StatusList.fold(list_id, statuses.pending)
    assert again.get("devis_en_cours").on_planning
    assert again.get("reception") == added and added.ends_worksite


def test_a_status_does_not_both_put_on_and_end_nor_configure_the_trash() -> None:
    statuses = StatusList(uuid4())
    with pytest.raises(InvalidStatusError):
        statuses.configure("sav", on_planning=True, ends_worksite=True)
    with pytest.raises(InvalidStatusError):
        statuses.configure("corbeille", on_planning=True, ends_worksite=False)
    with pytest.raises(UnknownStatusError):
        statuses.configure("inconnu", on_planning=True, ends_worksite=False)
