"""Reactions to other services' events consumed from Kafka: the trash cancels a client's open
actions (or moves them to the record kept when it names one), the restore reopens what the
trash cancelled, a deactivated user's open actions are flagged for reassignment."""

from __future__ import annotations

import uuid
from typing import Any
from uuid import UUID

TRASH_REASON = "client mis à la corbeille"


async def _setup(stack: Any) -> tuple[UUID, UUID, UUID, dict[str, str], str]:
    tenant = await stack.new_tenant()
    alice, bob = await stack.new_user(tenant), await stack.new_user(tenant)
    headers = stack.auth(alice, tenant)
    types = (await stack.http.get("/action-types", headers=headers)).json()["items"]
    type_id = next(t["id"] for t in types if t["name"] == "A relancer")
    return tenant, alice, bob, headers, type_id


async def _create(
    stack: Any, headers: dict[str, str], client: UUID, type_id: str, **body: Any
) -> UUID:
    response = await stack.http.post(
        f"/clients/{client}/actions",
        json={"action_type_id": type_id, "alert_at": "2030-03-03T10:00:00", **body},
        headers=headers,
    )
    assert response.status_code == 201, response.text
    return UUID(response.json()["id"])


async def _action(stack: Any, headers: dict[str, str], action_id: UUID) -> dict[str, Any]:
    return dict((await stack.http.get(f"/actions/{action_id}", headers=headers)).json())


async def test_trashing_a_client_cancels_its_open_actions_only(actions_stack: Any) -> None:
    tenant, _alice, bob, headers, type_id = await _setup(actions_stack)
    client = await actions_stack.new_client(tenant, "Paviere Robert")
    other_client = await actions_stack.new_client(tenant, "Paviere Robert (bis)")
    open_one = await _create(actions_stack, headers, client, type_id, assignee_id=str(bob))
    open_two = await _create(actions_stack, headers, client, type_id)
    completed = await _create(actions_stack, headers, client, type_id)
    await actions_stack.http.post(f"/actions/{completed}/complete", headers=headers)
    elsewhere = await _create(actions_stack, headers, other_client, type_id)

    trashed = await actions_stack.trash_client(tenant, client)

    cancelled = await actions_stack.tail.wait_for(
        lambda e: e.name == "ActionCancelled" and e.causation_id == trashed.event_id, count=2
    )
    assert {e.aggregate_id for e in cancelled} == {open_one, open_two}
    assert {e.payload["reason"] for e in cancelled} == {TRASH_REASON}
    assert {e.correlation_id for e in cancelled} == {trashed.correlation_id}
    for action_id in (open_one, open_two):
        action = await _action(actions_stack, headers, action_id)
        assert (action["status"], action["cancel_reason"]) == ("cancelled", TRASH_REASON)
    assert (await _action(actions_stack, headers, completed))["status"] == "completed"
    assert (await _action(actions_stack, headers, elsewhere))["status"] == "open"
    assert await actions_stack.stored("ActionCancelled", completed) == 0


async def test_a_redelivered_trash_records_nothing_twice(actions_stack: Any) -> None:
    tenant, _alice, _bob, headers, type_id = await _setup(actions_stack)
    client = await actions_stack.new_client(tenant, "Durand")
    action_id = await _create(actions_stack, headers, client, type_id)
    trashed = await actions_stack.trash_client(tenant, client)
    await actions_stack.tail.wait_for(
        lambda e: e.aggregate_id == action_id and e.name == "ActionCancelled"
    )

    await actions_stack.send(actions_stack.topics["clients"], trashed)
    # Same key, same partition: once the restore is applied, the duplicate was handled before.
    await actions_stack.restore_client(tenant, client)

    assert await actions_stack.stored("ActionCancelled", action_id) == 1


async def test_a_trashed_then_restored_client_takes_new_actions(actions_stack: Any) -> None:
    tenant, _alice, _bob, headers, type_id = await _setup(actions_stack)
    client = await actions_stack.new_client(tenant, "Lefèvre")
    await actions_stack.trash_client(tenant, client)
    refused = await actions_stack.http.post(
        f"/clients/{client}/actions",
        json={"action_type_id": type_id, "alert_at": "2030-03-03T10:00:00"},
        headers=headers,
    )

    await actions_stack.restore_client(tenant, client)
    action_id = await _create(actions_stack, headers, client, type_id)

    assert refused.status_code == 409
    assert (await _action(actions_stack, headers, action_id))["status"] == "open"


async def test_trashing_a_client_not_yet_seen_cancels_its_pending_actions(
    actions_stack: Any,
) -> None:
    tenant, _alice, _bob, headers, type_id = await _setup(actions_stack)
    client = uuid.uuid4()
    action_id = await _create(actions_stack, headers, client, type_id)
    assert (await _action(actions_stack, headers, action_id))["client_pending"] is True

    await actions_stack.trash_client(tenant, client)

    (event,) = await actions_stack.tail.wait_for(
        lambda e: e.aggregate_id == action_id and e.name == "ActionCancelled"
    )
    assert event.payload["reason"] == TRASH_REASON


async def test_deactivating_a_user_flags_their_open_actions(actions_stack: Any) -> None:
    tenant, alice, bob, headers, type_id = await _setup(actions_stack)
    client = await actions_stack.new_client(tenant, "Bernard")
    bobs = await _create(actions_stack, headers, client, type_id, assignee_id=str(bob))
    bobs_done = await _create(actions_stack, headers, client, type_id, assignee_id=str(bob))
    await actions_stack.http.post(f"/actions/{bobs_done}/complete", headers=headers)
    alices = await _create(actions_stack, headers, client, type_id, assignee_id=str(alice))

    deactivated = await actions_stack.deactivate_user(tenant, bob)

    (flag,) = await actions_stack.tail.wait_for(
        lambda e: (
            e.name == "ActionFlaggedForReassignment" and e.causation_id == deactivated.event_id
        )
    )
    assert flag.aggregate_id == bobs
    assert flag.payload["former_assignee_id"] == str(bob)
    assert (await _action(actions_stack, headers, bobs))["needs_reassignment"] is True
    assert (await _action(actions_stack, headers, alices))["needs_reassignment"] is False
    assert await actions_stack.stored("ActionFlaggedForReassignment", bobs_done) == 0

    to_bob = await actions_stack.http.post(
        f"/actions/{alices}/assign", json={"assignee_id": str(bob)}, headers=headers
    )
    to_alice = await actions_stack.http.post(
        f"/actions/{bobs}/assign", json={"assignee_id": str(alice)}, headers=headers
    )
    assert (to_bob.status_code, to_bob.json()["code"]) == (422, "invalid_users")
    assert to_alice.json()["needs_reassignment"] is False
    assert to_alice.json()["assignee_id"] == str(alice)


async def test_a_duplicate_hands_its_open_actions_to_the_kept_record(actions_stack: Any) -> None:
    tenant, _alice, bob, headers, type_id = await _setup(actions_stack)
    kept = await actions_stack.new_client(tenant, "Pavière Robert")
    duplicate = await actions_stack.new_client(tenant, "Paviere Robert")
    open_one = await _create(
        actions_stack, headers, duplicate, type_id, assignee_id=str(bob), note="Devis"
    )
    completed = await _create(actions_stack, headers, duplicate, type_id)
    await actions_stack.http.post(f"/actions/{completed}/complete", headers=headers)

    trashed = await actions_stack.trash_client(tenant, duplicate, duplicate_of=kept)

    (moved,) = await actions_stack.tail.wait_for(
        lambda e: e.name == "ActionMovedToClient" and e.causation_id == trashed.event_id
    )
    assert moved.aggregate_id == open_one
    assert moved.payload["previous_client_id"] == str(duplicate)
    assert moved.payload["client_id"] == str(kept)
    action = await _action(actions_stack, headers, open_one)
    assert (action["status"], action["client_id"]) == ("open", str(kept))
    assert (action["client_name"], action["note"], action["assignee_id"]) == (
        "Pavière Robert",
        "Devis",
        str(bob),
    )
    assert (await _action(actions_stack, headers, completed))["client_id"] == str(duplicate)
    listed = await actions_stack.http.get(
        "/actions", params={"client_id": str(kept)}, headers=headers
    )
    assert [a["id"] for a in listed.json()["items"]] == [str(open_one)]
    assert await actions_stack.stored("ActionCancelled", open_one) == 0


async def test_restoring_a_record_trashed_alone_reopens_what_its_trash_cancelled(
    actions_stack: Any,
) -> None:
    tenant, _alice, _bob, headers, type_id = await _setup(actions_stack)
    client = await actions_stack.new_client(tenant, "Moreau")
    by_trash = await _create(actions_stack, headers, client, type_id)
    by_user = await _create(actions_stack, headers, client, type_id)
    await actions_stack.http.post(
        f"/actions/{by_user}/cancel", json={"reason": "plus utile"}, headers=headers
    )
    trashed = await actions_stack.trash_client(tenant, client)
    await actions_stack.tail.wait_for(
        lambda e: e.name == "ActionCancelled" and e.causation_id == trashed.event_id
    )

    restored = await actions_stack.restore_client(tenant, client)

    (reopened,) = await actions_stack.tail.wait_for(
        lambda e: e.name == "ActionReopened" and e.causation_id == restored.event_id
    )
    assert reopened.aggregate_id == by_trash
    assert (await _action(actions_stack, headers, by_trash))["status"] == "open"
    assert (await _action(actions_stack, headers, by_user))["status"] == "cancelled"
    # A redelivered restore reopens nothing twice.
    await actions_stack.send(actions_stack.topics["clients"], restored)
    await actions_stack.trash_client(tenant, client)
    assert await actions_stack.stored("ActionReopened", by_trash) == 1


async def test_a_replayed_old_restore_does_not_reopen_what_a_later_trash_cancelled(
    actions_stack: Any,
) -> None:
    """What a rebuild from Kafka does: an old ClientRestored seen again (a new tracking id) after
    the client went back to the trash reopens nothing: only cancellations before it count."""
    tenant, _alice, _bob, headers, type_id = await _setup(actions_stack)
    client = await actions_stack.new_client(tenant, "Roux")
    action_id = await _create(actions_stack, headers, client, type_id)
    await actions_stack.trash_client(tenant, client)
    old_restore = await actions_stack.restore_client(tenant, client)
    await actions_stack.tail.wait_for(
        lambda e: e.name == "ActionReopened" and e.causation_id == old_restore.event_id
    )
    await actions_stack.trash_client(tenant, client)
    await actions_stack.eventually(
        "SELECT status = 'cancelled' FROM actions WHERE id = $1", action_id
    )

    replayed = old_restore.model_copy(update={"event_id": uuid.uuid4()})
    await actions_stack.send(actions_stack.topics["clients"], replayed)
    await actions_stack.restore_client(tenant, client)  # same partition: the replay came first

    assert await actions_stack.stored("ActionReopened", action_id) == 2  # the real restores only
