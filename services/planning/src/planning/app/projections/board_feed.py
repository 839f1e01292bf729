"""The live board's change feed: every own event that changes what the planning shows is
announced with NOTIFY in its append transaction, so listeners hear of it only once committed
(a rolled-back write is never announced). No table: the board re-reads the planning."""

from __future__ import annotations

import ouvrage_events as es
from ouvrage_events.catalog.planning import (
    InterventionLocked,
    InterventionPlanned,
    InterventionRemoved,
    InterventionRescheduled,
    InterventionStateChanged,
    InterventionUnlocked,
    PlanningTaskAdded,
    WorksiteClosed,
    WorksiteOpened,
    WorksiteScheduled,
)
from ouvrage_events.store.db import Conn

BOARD_CHANNEL = "planning_board"
"""NOTIFY channel; the payload is ``<tenant>:<aggregate type>:<aggregate id>`` (ids only)."""

board_feed = es.Projection("board_feed", ddl="")


@board_feed.on(
    WorksiteOpened,
    WorksiteClosed,
    WorksiteScheduled,
    PlanningTaskAdded,
    InterventionPlanned,
    InterventionRescheduled,
    InterventionStateChanged,
    InterventionLocked,
    InterventionUnlocked,
    InterventionRemoved,
)
async def _announce(conn: Conn, _: es.DomainEvent, env: es.Envelope) -> None:
    payload = f"{env.tenant_id}:{env.aggregate_type}:{env.aggregate_id}"
    await conn.execute("SELECT pg_notify($1, $2)", BOARD_CHANNEL, payload)
