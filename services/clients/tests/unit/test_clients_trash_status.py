"""« Corbeille » is a status of the list (FAQ « Gérer les doublons »): choosing it trashes the
record, choosing another restores it; a prospect becomes a client."""

from __future__ import annotations

from uuid import UUID, uuid4

import pytest
from clients.domain.client import Client
from clients.domain.errors import (
    AlreadyClientError,
    ClientTrashedError,
    InvalidDuplicateError,
    InvalidStatusError,
)
from clients.domain.statuses import PROSPECT, TRASH, WORKSITE_DONE, WORKSITE_IN_PROGRESS
from ouvrage_events import DomainEvent
from ouvrage_events.catalog.clients import (
    ClientConverted,
    ClientRegistered,
    ClientRestored,
    ClientStatusChanged,
    ClientTrashed,
    Contact,
)


def _registered(client_id: UUID) -> ClientRegistered:
    contact = Contact(last_name="Pavière", first_name="Robert")
    return ClientRegistered(
        client_id=client_id, contact=contact, display_name=contact.display_name()
    )


def _given(*events: DomainEvent) -> Client:
    return Client.fold(events[0].client_id, list(events))  # type: ignore[attr-defined]


def _types(client: Client) -> list[type]:
    return [type(e) for e in client.pending]


def test_choosing_corbeille_trashes_the_record_as_the_duplicate_of_another() -> None:
    cid, original = uuid4(), uuid4()
    client = _given(_registered(cid))

    client.change_status(TRASH, duplicate_of=original)

    assert _types(client) == [ClientStatusChanged, ClientTrashed]
    changed, trashed = client.pending
    assert isinstance(changed, ClientStatusChanged) and isinstance(trashed, ClientTrashed)
    assert (changed.status, changed.status_label) == ("corbeille", "Corbeille")
    assert trashed.duplicate_of == original
    assert client.trashed and client.status.trash


def test_choosing_corbeille_again_changes_nothing() -> None:
    cid = uuid4()
    client = Client.fold(cid, [_registered(cid)])
    client.change_status(TRASH)
    again = Client.fold(cid, [_registered(cid), *client.pending])

    again.change_status(TRASH)

    assert again.pending == []


def test_choosing_another_status_restores_the_record_to_that_status() -> None:
    cid = uuid4()
    client = _given(_registered(cid))
    client.change_status(TRASH)
    trashed = Client.fold(cid, [_registered(cid), *client.pending])

    trashed.change_status(WORKSITE_IN_PROGRESS)

    restored, changed = trashed.pending
    assert isinstance(restored, ClientRestored)
    assert isinstance(changed, ClientStatusChanged)
    assert (changed.status, changed.previous_status) == ("en_cours_de_chantier", "corbeille")
    assert changed.on_planning is True and changed.ends_worksite is False
    assert not trashed.trashed


def test_the_restore_shortcut_gives_back_the_status_before_the_trash() -> None:
    cid = uuid4()
    on_site = ClientStatusChanged(
        client_id=cid, status="en_cours_de_chantier", status_label="En cours", on_planning=True
    )
    client = _given(_registered(cid), on_site)
    client.trash()
    trashed = Client.fold(cid, [_registered(cid), on_site, *client.pending])

    trashed.restore()

    assert trashed.status.code == "en_cours_de_chantier" and not trashed.trashed


def test_a_record_trashed_before_corbeille_was_a_status_restores_without_status_change() -> None:
    cid = uuid4()
    client = _given(_registered(cid), ClientTrashed(client_id=cid))

    client.change_status(PROSPECT)

    assert _types(client) == [ClientRestored]


def test_only_corbeille_names_a_duplicate() -> None:
    client = _given(_registered(uuid4()))
    with pytest.raises(InvalidDuplicateError):
        client.change_status(WORKSITE_DONE, duplicate_of=uuid4())
    assert client.pending == []


def test_a_new_record_is_not_created_in_the_trash() -> None:
    with pytest.raises(InvalidStatusError):
        Client.register(uuid4(), Contact(last_name="Blanc"), status=TRASH)


def test_the_status_event_says_what_the_status_does_on_the_planning() -> None:
    client = _given(_registered(uuid4()))

    client.change_status(WORKSITE_DONE)

    (event,) = client.pending
    assert isinstance(event, ClientStatusChanged)
    assert (event.on_planning, event.ends_worksite) == (False, True)


def test_a_prospect_becomes_a_client_once() -> None:
    cid = uuid4()
    client = _given(_registered(cid))

    client.convert()

    assert _types(client) == [ClientConverted] and client.kind == "client"
    with pytest.raises(AlreadyClientError):
        client.convert()


def test_a_trashed_prospect_is_not_converted() -> None:
    cid = uuid4()
    client = _given(_registered(cid), ClientTrashed(client_id=cid))
    with pytest.raises(ClientTrashedError):
        client.convert()
