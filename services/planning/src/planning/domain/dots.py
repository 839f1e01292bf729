"""The intervention dot (« pastille »): à faire red, planifié orange, fait green."""

from __future__ import annotations

from typing import Literal, get_args

from ouvrage_events.catalog.planning import InterventionState

Colour = Literal["red", "orange", "green"]

STATES: tuple[InterventionState, ...] = get_args(InterventionState)
COLOURS: dict[InterventionState, Colour] = {
    "a_faire": "red",
    "planifie": "orange",
    "fait": "green",
}
LABELS: dict[InterventionState, str] = {
    "a_faire": "À faire",
    "planifie": "Planifié",
    "fait": "Fait",
}


def colour_of(state: InterventionState) -> Colour:
    return COLOURS[state]


def label_of(state: InterventionState) -> str:
    return LABELS[state]
