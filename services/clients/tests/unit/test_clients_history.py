"""French labels of a record's timeline."""

from __future__ import annotations

from uuid import uuid4

import ouvrage_events as es
import pytest
from clients.app.history import Names, label, timeline
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

CID, ORIGINAL = uuid4(), uuid4()
NAMES = Names({ORIGINAL: "Pavière Robert"}, {"prospect": "Prospect"})


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        (
            ClientRegistered(client_id=CID, contact=Contact(last_name="A"), display_name="A"),
            "Fiche créée",
        ),
        (
            ClientContactChanged(client_id=CID, contact=Contact(last_name="B"), display_name="B"),
            "Coordonnées modifiées",
        ),
        (
            ClientStatusChanged(
                client_id=CID,
                status="en_cours_de_chantier",
                status_label="En cours de chantier",
                previous_status="prospect",
            ),
            "Statut changé : Prospect → En cours de chantier",
        ),
        (ClientBlocked(client_id=CID, reason="impayés"), "Gestion commerciale bloquée : impayés"),
        (ClientUnblocked(client_id=CID), "Gestion commerciale débloquée"),
        (ClientTrashed(client_id=CID), "Mise à la corbeille"),
        (
            ClientTrashed(client_id=CID, duplicate_of=ORIGINAL),
            "Mise à la corbeille (doublon de Pavière Robert)",
        ),
        (
            ClientTrashed(client_id=CID, duplicate_of=uuid4()),
            "Mise à la corbeille (doublon d'une autre fiche)",
        ),
        (ClientRestored(client_id=CID), "Fiche restaurée depuis la corbeille"),
        (ClientOwnerChanged(client_id=CID, owner_id=uuid4()), "Responsable changé"),
        (ClientOwnerChanged(client_id=CID, owner_id=None), "Responsable retiré"),
    ],
)
def test_each_event_has_a_french_label(event: es.DomainEvent, expected: str) -> None:
    assert label(event, NAMES) == expected


def test_a_status_unknown_to_the_list_shows_its_code() -> None:
    event = ClientStatusChanged(
        client_id=CID, status="sav", status_label="SAV", previous_status="ancien"
    )
    assert label(event, NAMES) == "Statut changé : ancien → SAV"


def test_the_timeline_says_who_and_when() -> None:
    actor, tenant = uuid4(), uuid4()
    event = ClientBlocked(client_id=CID, reason="litige")
    envelope = es.Envelope.wrap(
        event,
        aggregate_id=CID,
        aggregate_type="client",
        sequence=4,
        metadata=es.Metadata(tenant_id=tenant, actor_id=actor),
    )

    (entry,) = timeline([envelope], [event], NAMES)

    assert (entry.sequence, entry.event_type, entry.actor_id) == (4, "ClientBlocked", actor)
    assert entry.at == envelope.time
    assert entry.label == "Gestion commerciale bloquée : litige"
