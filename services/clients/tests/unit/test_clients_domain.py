"""The client aggregate: given events, when a command, then events or an error."""

from __future__ import annotations

from uuid import UUID, uuid4

import pytest
from clients.domain.client import Client
from clients.domain.errors import (
    ClientNotTrashedError,
    ClientTrashedError,
    InvalidBlockReasonError,
    InvalidContactError,
    InvalidDuplicateError,
)
from clients.domain.statuses import WORKSITE_IN_PROGRESS, Status
from ouvrage_events import DomainEvent
from ouvrage_events.catalog.clients import (
    ClientBlocked,
    ClientContactChanged,
    ClientOwnerChanged,
    ClientRegistered,
    ClientRestored,
    ClientStatusChanged,
    ClientTrashed,
    ClientUnblocked,
    Contact,
)

OWNER = uuid4()


def registered(client_id: UUID, **contact: object) -> ClientRegistered:
    details = Contact.model_validate({"last_name": "Pavière", "first_name": "Robert", **contact})
    return ClientRegistered(
        client_id=client_id,
        contact=details,
        display_name=details.display_name(),
        owner_id=OWNER,
    )


def given(*events: DomainEvent, client_id: UUID | None = None) -> Client:
    cid = client_id or (events[0].client_id if events else uuid4())  # type: ignore[attr-defined]
    return Client.fold(cid, list(events))


def test_register_records_the_cleaned_contact_and_default_status() -> None:
    cid = uuid4()
    client = Client.register(
        cid,
        Contact(last_name="  Pavière ", first_name="Robert", phones=["06 12 34 56 78", " "]),
        owner_id=OWNER,
    )

    (event,) = client.pending
    assert isinstance(event, ClientRegistered)
    assert event.contact.last_name == "Pavière"
    assert event.contact.phones == ["06 12 34 56 78"]
    assert event.display_name == "Pavière Robert"
    assert (event.status, event.status_label) == ("prospect", "Prospect")
    assert event.owner_id == OWNER
    assert client.version == 1


def test_register_without_a_name_or_company_is_refused_in_french() -> None:
    with pytest.raises(InvalidContactError, match="nom ou une raison sociale"):
        Client.register(uuid4(), Contact(first_name="Robert"))


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("emails", ["robert-at-example.fr"], "e-mail n° 1 est invalide"),
        ("phones", ["06 12"], "téléphone n° 1 est invalide"),
        ("phones", ["appelez-moi"], "téléphone n° 1 est invalide"),
        ("civility", "Sir", "Civilité inconnue"),
    ],
)
def test_bad_contact_details_are_refused_without_echoing_them(
    field: str, value: object, message: str
) -> None:
    contact = Contact.model_validate({"last_name": "Dupont", field: value})
    with pytest.raises(InvalidContactError, match=message) as raised:
        Client.register(uuid4(), contact)
    assert str(value) not in str(raised.value)


def test_a_company_alone_is_a_valid_record() -> None:
    client = Client.register(uuid4(), Contact(company_name="Bâti Sud"))
    assert client.display_name == "Bâti Sud"


def test_change_contact_records_the_whole_new_contact() -> None:
    cid = uuid4()
    client = given(registered(cid, emails=["r@example.fr"]))

    client.change_contact(client.contact.model_copy(update={"phones": ["0612345678"]}))

    (event,) = client.pending
    assert isinstance(event, ClientContactChanged)
    assert event.contact.emails == ["r@example.fr"]
    assert event.contact.phones == ["0612345678"]


def test_an_unchanged_contact_records_nothing() -> None:
    cid = uuid4()
    client = given(registered(cid))
    client.change_contact(client.contact)
    assert client.pending == []


def test_change_status_carries_label_and_previous_status() -> None:
    client = given(registered(uuid4()))

    client.change_status(WORKSITE_IN_PROGRESS)

    (event,) = client.pending
    assert isinstance(event, ClientStatusChanged)
    assert (event.status, event.status_label, event.previous_status) == (
        "en_cours_de_chantier",
        "En cours de chantier",
        "prospect",
    )
    client.change_status(Status("en_cours_de_chantier", "En cours de chantier"))
    assert len(client.pending) == 1


def test_block_names_the_owner_and_the_record_for_the_alert() -> None:
    cid = uuid4()
    client = given(registered(cid))

    client.block("  impayés ")

    (event,) = client.pending
    assert isinstance(event, ClientBlocked)
    assert event.reason == "impayés"
    assert event.owner_id == OWNER
    assert event.display_name == "Pavière Robert"
    assert client.blocked


def test_block_needs_a_reason() -> None:
    client = given(registered(uuid4()))
    with pytest.raises(InvalidBlockReasonError):
        client.block("   ")


def test_blocking_again_with_the_same_reason_records_nothing_but_a_new_reason_does() -> None:
    cid = uuid4()
    client = given(registered(cid), ClientBlocked(client_id=cid, reason="impayés"))

    client.block("impayés")
    assert client.pending == []
    client.block("litige")
    assert [type(e) for e in client.pending] == [ClientBlocked]


def test_unblock_only_records_when_blocked() -> None:
    cid = uuid4()
    client = given(registered(cid))
    client.unblock()
    assert client.pending == []

    blocked = given(registered(cid), ClientBlocked(client_id=cid, reason="impayés"))
    blocked.unblock()
    assert [type(e) for e in blocked.pending] == [ClientUnblocked]
    assert not blocked.blocked


def test_trash_names_the_original_and_restore_brings_it_back() -> None:
    cid, original = uuid4(), uuid4()
    client = given(registered(cid))

    client.trash(duplicate_of=original)
    client.restore()

    to_trash, trashed, restored, back = client.pending
    assert isinstance(to_trash, ClientStatusChanged)
    assert (to_trash.status, to_trash.previous_status) == ("corbeille", "prospect")
    assert isinstance(trashed, ClientTrashed)
    assert trashed.duplicate_of == original
    assert isinstance(restored, ClientRestored)
    assert isinstance(back, ClientStatusChanged)
    assert (back.status, back.previous_status) == ("prospect", "corbeille")
    assert not client.trashed


def test_a_record_is_not_its_own_duplicate() -> None:
    cid = uuid4()
    client = given(registered(cid))
    with pytest.raises(InvalidDuplicateError):
        client.trash(duplicate_of=cid)


@pytest.mark.parametrize(
    "command",
    [
        lambda c: c.block("impayés"),
        lambda c: c.unblock(),
        lambda c: c.change_owner(uuid4()),
        lambda c: c.convert(),
        lambda c: c.change_contact(Contact(last_name="Autre")),
        lambda c: c.trash(),
    ],
)
def test_every_command_but_restore_and_status_refuses_a_trashed_record(command: object) -> None:
    cid = uuid4()
    client = given(registered(cid), ClientTrashed(client_id=cid))

    with pytest.raises(ClientTrashedError, match="corbeille"):
        command(client)  # type: ignore[operator]
    assert client.pending == []


def test_restore_refuses_an_active_record() -> None:
    client = given(registered(uuid4()))
    with pytest.raises(ClientNotTrashedError):
        client.restore()


def test_change_owner_records_only_a_real_change() -> None:
    cid, other = uuid4(), uuid4()
    client = given(registered(cid))
    client.change_owner(OWNER)
    assert client.pending == []
    client.change_owner(other)
    (event,) = client.pending
    assert isinstance(event, ClientOwnerChanged)
    assert event.owner_id == other
