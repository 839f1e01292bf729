"""The company's legal mentions (settings of the sales service)."""

from __future__ import annotations

import ouvrage_events as es
import structlog
from ouvrage_events.catalog.sales import CompanyMentions
from ouvrage_events.pipeline import check_version

from sales.domain.company import CompanyProfile, profile_id

log = structlog.get_logger(__name__)


class CompanyHandlers:
    def __init__(self, pipeline: es.Pipeline) -> None:
        self.pipeline = pipeline

    async def change(
        self, meta: es.Metadata, mentions: CompanyMentions, expected: int | None
    ) -> CompanyProfile:
        """Replace the mentions printed on quotes and invoices."""
        async with self.pipeline.command(meta) as run:
            stream = profile_id(meta.tenant_id)
            profile = await run.get(CompanyProfile, stream)
            if profile is None:
                profile = CompanyProfile(stream)
                run.add(profile)
            check_version(expected, profile.version)
            profile.change(mentions)
            await run.commit()
        log.info("sales.company_changed")
        return profile

    async def current(self, meta: es.Metadata) -> CompanyProfile:
        async with self.pipeline.command(meta) as run:
            found = await run.get(CompanyProfile, profile_id(meta.tenant_id))
        return found or CompanyProfile(profile_id(meta.tenant_id))
