"""Right of access (RGPD article 15): everything Ouvrage holds about a client, as JSON.

The clients service contributes the record and its history (events opened with the person's
key); every other service answers its own part at ``GET /personal-data/clients/{id}`` with the
caller's token (same tenant, same permission), fetched concurrently. A service that does not
answer in time is named in ``missing`` rather than failing the whole export.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

import httpx
import structlog
from ouvrage_platform.forgetting import PERSONAL_DATA_PATH as PATH

from clients.app.queries import ClientQueries

log = structlog.get_logger(__name__)

HISTORY_PAGE = 500


class AccessExport:
    def __init__(
        self, queries: ClientQueries, sources: Mapping[str, str], timeout: float = 5.0
    ) -> None:
        self.queries = queries
        self.sources = dict(sources)
        self.timeout = timeout

    async def _own(self, tenant_id: UUID, client_id: UUID) -> dict[str, Any]:
        card = await self.queries.get(tenant_id, client_id)
        entries, after = [], 0
        while True:
            page = await self.queries.history(tenant_id, client_id, HISTORY_PAGE, after)
            entries += [asdict(entry) for entry in page.items]
            if page.after is None:
                break
            after = int(page.after["after"])
        return {"record": asdict(card), "history": entries}

    async def _part(
        self, http: httpx.AsyncClient, service: str, base: str, client_id: UUID, auth: str
    ) -> tuple[str, Any]:
        url = base.rstrip("/") + PATH.format(client_id=client_id)
        try:
            answer = await http.get(url, headers={"Authorization": auth})
            answer.raise_for_status()
            return service, answer.json()["data"]
        except (httpx.HTTPError, KeyError, ValueError) as exc:
            log.warning("access.part_missing", service=service, error=type(exc).__name__)
            return service, None

    async def export(self, tenant_id: UUID, client_id: UUID, auth: str) -> dict[str, Any]:
        own = await self._own(tenant_id, client_id)
        async with httpx.AsyncClient(timeout=self.timeout) as http:
            parts = await asyncio.gather(
                *(self._part(http, s, b, client_id, auth) for s, b in self.sources.items())
            )
        services: dict[str, Any] = {"clients": own}
        services.update({s: data for s, data in parts if data is not None})
        return {
            "client_id": str(client_id),
            "generated_at": datetime.now(UTC).isoformat(),
            "services": services,
            "missing": sorted(s for s, data in parts if data is None),
        }
