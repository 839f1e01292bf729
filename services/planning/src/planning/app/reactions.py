"""Events recorded in reaction to other services' events, inside the consumer's transaction.

Each reaction appends before any other write of the transaction (the event store's rule) and is
idempotent beyond the consumer's tracking record: ids derive from the causing event, so a
projection rebuild replaying the same events records nothing twice.
"""

from __future__ import annotations

from uuid import NAMESPACE_URL, UUID, uuid5

import ouvrage_events as es
import structlog
from ouvrage_events.catalog.clients import Address
from ouvrage_events.catalog.identity import TenantRegistered
from ouvrage_events.store.db import Conn

from planning.adapters import planning_reads
from planning.app.projections.own import INLINE
from planning.domain.catalog import TaskCatalog, catalog_id_for
from planning.domain.worksite import WORKSITE_STATUS, Origin, Worksite

log = structlog.get_logger(__name__)

_NAMESPACE = uuid5(NAMESPACE_URL, "urn:ouvrage:planning:worksite-from-status")


def joining(conn: Conn, envelope: es.Envelope) -> es.UnitOfWork:
    """A unit of work inside the consumer's transaction, its events caused by ``envelope``."""
    metadata = es.Metadata(tenant_id=envelope.tenant_id).caused_by(envelope)
    return es.UnitOfWork.within(conn, metadata, projections=INLINE)


def worksite_id_for(envelope: es.Envelope) -> UUID:
    """The id of the worksite a status change opens: one per causing event."""
    return uuid5(_NAMESPACE, str(envelope.event_id))


def puts_on_planning(status: str, on_planning: bool | None) -> bool:
    """Whether a status puts the client on the planning: as the company's list said when the
    status was set; for events older than that rule, the code « en cours de chantier »."""
    return status == WORKSITE_STATUS if on_planning is None else on_planning


async def open_worksite_on_status(
    conn: Conn,
    envelope: es.Envelope,
    *,
    client_id: UUID,
    on_planning: bool,
    client_name: str,
    address: Address,
) -> None:
    """A client entering a status that puts it on the planning gets a worksite, unless one is
    open."""
    if on_planning:
        await _open_unless_open(conn, envelope, client_id, client_name, address, "status")


async def open_worksite_on_acceptance(
    conn: Conn, envelope: es.Envelope, *, client_id: UUID, client_name: str, address: Address
) -> None:
    """A client who accepts a quote (sales' ``QuoteAccepted``) gets a worksite, unless one is
    open."""
    await _open_unless_open(conn, envelope, client_id, client_name, address, "quote")


async def _open_unless_open(
    conn: Conn,
    envelope: es.Envelope,
    client_id: UUID,
    client_name: str,
    address: Address,
    origin: Origin,
) -> None:
    uow = joining(conn, envelope)
    worksite_id = worksite_id_for(envelope)
    if await uow.get(Worksite, worksite_id) is not None:
        return
    if await planning_reads.has_open_worksite(conn, envelope.tenant_id, client_id):
        return
    worksite = Worksite.open(
        worksite_id, client_id=client_id, client_name=client_name, address=address, origin=origin
    )
    uow.add(worksite)
    await uow.flush()
    log.info("worksite.opened", worksite_id=str(worksite_id), origin=origin)


catalog_seeding = es.Reaction("catalog_seeding", projections=INLINE)
"""identity's new companies get the default planning tasks (a reaction, its own consumer)."""


@catalog_seeding.on(TenantRegistered)
async def seed_task_catalog(conn: Conn, _event: TenantRegistered, envelope: es.Envelope) -> None:
    """A new company gets the default planning tasks in its catalog."""
    uow = catalog_seeding.unit_of_work(conn, envelope)
    catalog_id = catalog_id_for(envelope.tenant_id)
    catalog = await uow.get(TaskCatalog, catalog_id)
    if catalog is None:
        catalog = TaskCatalog(catalog_id)
        uow.add(catalog)
    catalog.seed()
    await uow.flush()
    log.info("task_catalog.seeded", tenant_id=str(envelope.tenant_id))
