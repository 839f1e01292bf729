"""Acceptance of a worksite (« réception des travaux »), its reserves, and the warranty a SAV
ticket is classified under."""

from __future__ import annotations

from datetime import UTC, date, datetime
from uuid import UUID, uuid4

import ouvrage_events as es
import structlog
from ouvrage_events.store.db import Conn

from planning.adapters import directory_reads
from planning.app import warranty_queries
from planning.app.container import Container, Outcome, Read
from planning.app.warranty_readmodels import AcceptancePublic
from planning.domain.acceptance import NewReserve
from planning.domain.commands import AcceptWorksite, LiftReserve, OpenSav
from planning.domain.errors import (
    DisorderRequiredError,
    SavWorksiteMismatchError,
    WorksiteNotFoundError,
)
from planning.domain.sav import WarrantyClaim
from planning.domain.worksite import Worksite

log = structlog.get_logger(__name__)


def _view(meta: es.Metadata, worksite_id: UUID) -> Read:
    async def build(conn: Conn) -> AcceptancePublic:
        return await warranty_queries.acceptance(conn, meta.tenant_id, worksite_id)

    return build


async def company_today(conn: Conn, svc: Container, tenant_id: UUID) -> date:
    """Today in the company's time zone (the calendar acceptance and SAV dates live in)."""
    company = await directory_reads.company(conn, tenant_id, svc.default_timezone)
    return datetime.now(UTC).astimezone(company.zone).date()


async def accept(
    svc: Container,
    meta: es.Metadata,
    worksite_id: UUID,
    cmd: AcceptWorksite,
    expected: int | None,
) -> Outcome:
    """Record the acceptance of the works, with or without reserves."""
    reserves = [NewReserve(uuid4(), text) for text in cmd.reserves]
    answer = await svc.pipeline.update(
        meta,
        Worksite,
        worksite_id,
        lambda worksite: worksite.accept(cmd.accepted_on, reserves, cmd.quote_id),
        expected_version=expected,
        missing=WorksiteNotFoundError,
        read=_view(meta, worksite_id),
    )
    log.info("worksite.accepted", worksite_id=str(worksite_id), reserves=len(reserves))
    return answer


async def lift_reserve(
    svc: Container,
    meta: es.Metadata,
    worksite_id: UUID,
    reserve_id: UUID,
    cmd: LiftReserve,
    expected: int | None,
) -> Outcome:
    """Lift one reserve of the acceptance (on the given day, today by default)."""
    async with svc.pipeline.command(meta) as run:
        worksite = await run.load(
            Worksite, worksite_id, expected_version=expected, missing=WorksiteNotFoundError
        )
        lifted_on = cmd.lifted_on or await company_today(run.conn, svc, meta.tenant_id)
        worksite.lift_reserve(reserve_id, lifted_on)
        answer = await run.commit(_view(meta, worksite_id))
    log.info("worksite.reserve_lifted", worksite_id=str(worksite_id), reserve_id=str(reserve_id))
    return answer


async def warranty_claim(
    run: es.Command, svc: Container, client_id: UUID, cmd: OpenSav
) -> WarrantyClaim | None:
    """The worksite a SAV ticket is opened on and the guarantees covering its disorder then
    (``None`` for a ticket not tied to a worksite)."""
    if cmd.worksite_id is None:
        return None
    worksite = await run.load(Worksite, cmd.worksite_id, missing=WorksiteNotFoundError)
    if worksite.client_id != client_id:
        raise SavWorksiteMismatchError()
    if worksite.accepted_on is not None and cmd.disorder is None:
        raise DisorderRequiredError()
    reported_on = cmd.reported_on or await company_today(run.conn, svc, run.tenant_id)
    guarantees = worksite.guarantees_for(cmd.disorder, reported_on) if cmd.disorder else []
    return WarrantyClaim(cmd.worksite_id, cmd.disorder, reported_on, guarantees)
