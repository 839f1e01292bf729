"""A tenant's status list: defaults, added statuses, refusals."""

from __future__ import annotations

from uuid import uuid4

import pytest
from clients.domain.errors import InvalidStatusError, StatusAlreadyDefinedError, UnknownStatusError
from clients.domain.statuses import StatusList, code_from_label, status_list_id
from ouvrage_events.catalog.clients import ClientStatusDefined


def test_the_defaults_are_there_from_the_start() -> None:
    statuses = StatusList(uuid4())
    assert [s.code for s in statuses.statuses] == [
        "prospect",
        "devis_en_cours",
        "en_cours_de_chantier",
        "chantier_termine",
        "sav",
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
