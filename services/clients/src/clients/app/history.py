"""A record's events as a timeline labelled in French."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from uuid import UUID

import ouvrage_events as es
from ouvrage_events.catalog.clients import (
    ClientBlocked,
    ClientContactChanged,
    ClientConverted,
    ClientErased,
    ClientOwnerChanged,
    ClientRegistered,
    ClientRestored,
    ClientStatusChanged,
    ClientTrashed,
    ClientUnblocked,
)

from clients.app.records import HistoryEntry
from clients.domain.statuses import TRASH

_FIXED: Mapping[type[es.DomainEvent], str] = {
    ClientRegistered: "Fiche créée",
    ClientContactChanged: "Coordonnées modifiées",
    ClientUnblocked: "Gestion commerciale débloquée",
    ClientRestored: "Fiche restaurée depuis la corbeille",
    ClientConverted: "Prospect devenu client",
}

_ERASED = {
    "request": "Données personnelles effacées (demande de la personne)",
    "retention": "Données personnelles effacées (durée de conservation dépassée)",
}


@dataclass(frozen=True, slots=True)
class Names:
    """Labels a timeline shows for ids and codes: other records, statuses."""

    records: Mapping[UUID, str] = field(default_factory=dict)
    statuses: Mapping[str, str] = field(default_factory=dict)


def _status_change(event: ClientStatusChanged, names: Names) -> str:
    if event.previous_status is None:
        return f"Statut changé : {event.status_label}"
    previous = names.statuses.get(event.previous_status, event.previous_status)
    return f"Statut changé : {previous} → {event.status_label}"


def label(event: es.DomainEvent, names: Names) -> str:
    """What happened, in French."""
    if type(event) in _FIXED:
        return _FIXED[type(event)]
    if isinstance(event, ClientStatusChanged):
        return _status_change(event, names)
    if isinstance(event, ClientBlocked):
        return f"Gestion commerciale bloquée : {event.reason}"
    if isinstance(event, ClientErased):
        return _ERASED[event.reason]
    if isinstance(event, ClientOwnerChanged):
        return "Responsable changé" if event.owner_id else "Responsable retiré"
    if isinstance(event, ClientTrashed):
        if event.duplicate_of is None:
            return "Mise à la corbeille"
        other = names.records.get(event.duplicate_of)
        if other is None:
            return "Mise à la corbeille (doublon d'une autre fiche)"
        return f"Mise à la corbeille (doublon de {other})"
    return event.event_name()


def duplicate_ids(events: list[es.DomainEvent]) -> list[UUID]:
    """The other records a timeline names (originals of duplicates)."""
    return [e.duplicate_of for e in events if isinstance(e, ClientTrashed) and e.duplicate_of]


def timeline(
    envelopes: list[es.Envelope], events: list[es.DomainEvent], names: Names
) -> list[HistoryEntry]:
    """One entry per event: sequence, type, when, who, what. The status « Corbeille » is left
    out: the line of the trash that follows it says the same."""
    return [
        HistoryEntry(
            sequence=env.sequence,
            event_type=env.name,
            at=env.time,
            actor_id=env.actor_id,
            label=label(event, names),
        )
        for env, event in zip(envelopes, events, strict=True)
        if not (isinstance(event, ClientStatusChanged) and event.status == TRASH.code)
    ]
