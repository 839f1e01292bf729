"""Action types: given events, when a command, then events or a French refusal."""

from uuid import uuid4

import pytest
from actions.domain.action_type import ActionType
from actions.domain.errors import (
    ActionTypeRetiredError,
    InvalidNameError,
    InvalidResponseError,
    ResponseExistsError,
    ResponseNotFoundError,
)
from ouvrage_events.catalog.actions import ActionTypeChanged, ActionTypeDefined

TYPE_ID = uuid4()


def defined(*responses: str) -> ActionType:
    event = ActionTypeDefined(action_type_id=TYPE_ID, name="A relancer", responses=list(responses))
    return ActionType.fold(TYPE_ID, [event])


def test_define_cleans_the_name_and_drops_duplicate_responses() -> None:
    action_type = ActionType.define(TYPE_ID, "  A   relancer ", ["Oui", "oui ", " Non"])

    assert action_type.pending == [
        ActionTypeDefined(action_type_id=TYPE_ID, name="A relancer", responses=["Oui", "Non"])
    ]


def test_define_refuses_a_blank_name() -> None:
    with pytest.raises(InvalidNameError, match="obligatoire"):
        ActionType.define(TYPE_ID, "   ", [])


def test_add_response_records_the_full_new_state() -> None:
    action_type = defined("Intéressé")

    action_type.add_response("A rappeler")

    assert action_type.pending == [
        ActionTypeChanged(
            action_type_id=TYPE_ID,
            name="A relancer",
            responses=["Intéressé", "A rappeler"],
            retired=False,
        )
    ]


def test_add_response_refuses_one_that_exists_whatever_its_case() -> None:
    action_type = defined("Intéressé")

    with pytest.raises(ResponseExistsError, match="« intéressé » existe déjà"):
        action_type.add_response("intéressé")
    assert action_type.pending == []


def test_add_response_refuses_a_blank_one() -> None:
    with pytest.raises(InvalidResponseError):
        defined().add_response("  ")


def test_remove_response_matches_case_insensitively() -> None:
    action_type = defined("Viendra", "Ne viendra pas")

    action_type.remove_response("viendra")

    assert action_type.responses == ["Ne viendra pas"]
    assert isinstance(action_type.pending[0], ActionTypeChanged)


def test_remove_response_refuses_an_unknown_one() -> None:
    with pytest.raises(ResponseNotFoundError, match="n'existe pas"):
        defined("Viendra").remove_response("Peut-être")


def test_rename_to_the_same_name_records_nothing() -> None:
    action_type = defined()

    action_type.rename(" A relancer ")

    assert action_type.pending == []


def test_rename_records_the_new_name_with_the_responses() -> None:
    action_type = defined("Oui")

    action_type.rename("Relance téléphonique")

    assert action_type.pending == [
        ActionTypeChanged(
            action_type_id=TYPE_ID, name="Relance téléphonique", responses=["Oui"], retired=False
        )
    ]


def test_retire_once_then_no_more_changes() -> None:
    action_type = defined("Oui")

    action_type.retire()
    action_type.retire()

    assert len(action_type.pending) == 1
    assert action_type.retired
    with pytest.raises(ActionTypeRetiredError, match="retiré"):
        action_type.rename("Autre")
    with pytest.raises(ActionTypeRetiredError):
        action_type.add_response("Non")


def test_allowed_response_gives_the_configured_spelling() -> None:
    action_type = defined("Intéressé")

    assert action_type.allowed_response(" INTÉRESSÉ ") == "Intéressé"
    assert action_type.allowed_response("Bof") is None
