"""The projections of the service's own events, applied in the append transaction."""

from __future__ import annotations

import ouvrage_events as es

from planning.app.projections.board_feed import board_feed
from planning.app.projections.catalog import catalog_view
from planning.app.projections.interventions import interventions_view
from planning.app.projections.sav import sav_view
from planning.app.projections.warranty import warranty_view
from planning.app.projections.worksites import worksites_view

INLINE: list[es.Projection] = [
    worksites_view,
    interventions_view,
    catalog_view,
    sav_view,
    warranty_view,
    board_feed,
]
