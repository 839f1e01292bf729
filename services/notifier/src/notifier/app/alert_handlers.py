"""Command handler of alerts: marking one of the caller's alerts read."""

from __future__ import annotations

from uuid import UUID

import ouvrage_events as es

from notifier.app import alert_queries
from notifier.domain.alert import Alert
from notifier.domain.errors import AlertNotFoundError


async def mark_read(
    pipeline: es.Pipeline, metadata: es.Metadata, alert_id: UUID, expected_version: int | None
) -> None:
    """Mark one of the caller's alerts read (``metadata.actor_id`` is the caller); idempotent."""
    for attempt in (1, 2):
        try:
            await _mark_read_once(pipeline, metadata, alert_id, expected_version)
            return
        except es.ConcurrentUpdateError:
            # Read at the same moment elsewhere: reloaded, it is read (or If-Match is stale).
            if attempt == 2:
                raise


async def _mark_read_once(
    pipeline: es.Pipeline, metadata: es.Metadata, alert_id: UUID, expected_version: int | None
) -> None:
    assert metadata.actor_id is not None
    async with pipeline.command(metadata) as run:
        if await alert_queries.get(run.conn, run.tenant_id, metadata.actor_id, alert_id) is None:
            raise AlertNotFoundError()
        alert = await run.load(
            Alert, alert_id, expected_version=expected_version, missing=AlertNotFoundError
        )
        alert.mark_read()
        await run.commit()
