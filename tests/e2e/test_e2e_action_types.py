"""FAQ « Paramètrer une action (relance client, invitation à un salon, à faire, etc..) »: an
administrator (« Paramétrer l'application ») adds an action type and its possible responses
(« Ajouter une réponse »); a collaborator uses it on a client's action and answers it with one
of the responses; any other answer is refused in French."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from e2e_kit import Company, Ouvrage, Person, expect
from e2e_steps import action_type, new_client, open_action

if TYPE_CHECKING:
    from e2e_kafka import EventTap

pytestmark = pytest.mark.asyncio(loop_scope="session")

RESPONSES = ("Devis accepté", "Devis refusé", "A rappeler")


async def _add_response(
    ouvrage: Ouvrage, by: Person, type_: dict[str, Any], response: str
) -> dict[str, Any]:
    """The type recalled, « Ajouter une réponse », Valider (on the version shown)."""
    added: dict[str, Any] = expect(
        await ouvrage.post(
            "actions", f"/action-types/{type_['id']}/responses", by,
            json={"response": response}, headers={"If-Match": f'"{type_["version"]}"'},
        ),
        200,
    )  # fmt: skip
    return added


async def _answer(ouvrage: Ouvrage, by: Person, action: dict[str, Any], response: str) -> Any:
    return await ouvrage.post(
        "actions", f"/actions/{action['id']}/answer", by,
        json={"response": response, "comment": "Appel du mardi"},
    )  # fmt: skip


async def test_action_type_with_responses_used_and_answered(
    ouvrage: Ouvrage, company: Company, tap: EventTap
) -> None:
    admin = company.admin
    paul = await company.add_user("Paul", "Martin", permissions=("clients.write",))

    # « A relancer » is one of the types a new company starts with; a second one is refused.
    relancer = await action_type(company, admin, "A relancer")
    twice = await ouvrage.post("actions", "/action-types", admin, json={"name": "A relancer"})
    problem = expect(twice, 409)
    assert problem["code"] == "action_type_name_taken"
    assert problem["detail"] == "Un type d'action nommé « A relancer » existe déjà."

    # Paramètres > Actions > Ajouter: the administrator creates a type, then its responses.
    denied = await ouvrage.post("actions", "/action-types", paul, json={"name": "A relancer salon"})
    assert denied.status_code == 403
    created = expect(
        await ouvrage.post("actions", "/action-types", admin, json={"name": "A relancer salon"}),
        201,
    )
    assert created["responses"] == []
    type_ = created
    for response in RESPONSES:
        type_ = await _add_response(ouvrage, admin, type_, response)
    assert type_["responses"] == list(RESPONSES)
    refused = await ouvrage.post(
        "actions", f"/action-types/{type_['id']}/responses", paul, json={"response": "Peut-être"}
    )
    assert refused.status_code == 403
    # The default « A relancer » takes one more response the same way.
    relancer = await _add_response(ouvrage, admin, relancer, "Devis demandé")
    assert "Devis demandé" in relancer["responses"]

    # A collaborator uses the new type on a client's action...
    client = await new_client(company, paul, "Fabre", "Lucie")
    action = await open_action(company, paul, client, type_["id"], "Vue au salon de l'habitat")
    assert action["type_name"] == "A relancer salon"

    # ...an answer outside the list is refused, in French, naming the possible ones...
    wrong = expect(await _answer(ouvrage, paul, action, "Peut-être"), 422)
    assert wrong["code"] == "response_not_allowed"
    assert wrong["detail"] == (
        "« Peut-être » n'est pas une réponse possible de ce type d'action "
        "(« Devis accepté », « Devis refusé », « A rappeler »)."
    )
    # ...and one of the responses is recorded.
    answered = expect(await _answer(ouvrage, paul, action, "Devis accepté"), 200)
    assert answered["response"] == "Devis accepté"
    assert answered["response_comment"] == "Appel du mardi"

    # On Kafka: the type, its responses, and the answer.
    await tap.wait_for("ouvrage.actions.ActionTypeDefined", lambda r: r.subject == type_["id"])
    changes = await tap.wait_for(
        "ouvrage.actions.ActionTypeChanged", lambda r: r.subject == type_["id"], count=3
    )
    assert changes[-1].value["responses"] == list(RESPONSES)
    (event,) = await tap.wait_for(
        "ouvrage.actions.ActionAnswered", lambda r: r.subject == action["id"]
    )
    assert event.value["response"] == "Devis accepté"
    assert event.headers["ce_actorid"] == str(paul.id)
