"""Reads of acceptances and of the warranty shown on SAV tickets and the home page."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, TypeAlias, cast
from uuid import UUID

from ouvrage_events.catalog.planning import Disorder, Guarantee
from ouvrage_events.store.db import Conn

from planning.adapters import warranty_reads
from planning.app.warranty_readmodels import (
    AcceptancePublic,
    GuaranteePublic,
    ReservePublic,
    SavWarrantyPublic,
)
from planning.domain.errors import WorksiteNotFoundError
from planning.domain.warranty import DISORDER_LABELS, GUARANTEE_LABELS, WarrantyClocks

if TYPE_CHECKING:
    import asyncpg

    Row: TypeAlias = asyncpg.Record
else:
    Row = Any


async def acceptance(conn: Conn, tenant_id: UUID, worksite_id: UUID) -> AcceptancePublic:
    """The worksite's acceptance (``accepted: false`` before it)."""
    site = await warranty_reads.worksite_version(conn, tenant_id, worksite_id)
    if site is None:
        raise WorksiteNotFoundError()
    row = await warranty_reads.acceptance(conn, tenant_id, worksite_id)
    if row is None:
        return AcceptancePublic(
            worksite_id=worksite_id, client_id=site["client_id"], accepted=False,
            version=site["version"],
        )  # fmt: skip
    reserves = await warranty_reads.reserves(conn, worksite_id)
    return AcceptancePublic(
        worksite_id=worksite_id,
        client_id=row["client_id"],
        accepted=True,
        accepted_on=row["accepted_on"],
        parfait_achevement_ends_on=row["parfait_achevement_ends_on"],
        biennale_ends_on=row["biennale_ends_on"],
        decennale_ends_on=row["decennale_ends_on"],
        reserves=[
            ReservePublic(id=r["reserve_id"], text=r["text"], lifted_on=r["lifted_on"])
            for r in reserves
        ],
        open_reserves=row["open_reserves"],
        retention_releasable_on=row["retention_releasable_on"],
        version=site["version"],
    )


def _summary(guarantees: Sequence[Guarantee], accepted: bool) -> str:
    if not accepted:
        return "Chantier non réceptionné"
    if not guarantees:
        return "Hors garantie"
    return "Couvert : " + ", ".join(GUARANTEE_LABELS[g] for g in guarantees)


def sav_warranty(row: Row | None) -> SavWarrantyPublic | None:
    """The warranty part of a SAV ticket, from ``warranty_reads.sav_warranties``' row."""
    if row is None:
        return None
    disorder = cast(Disorder | None, row["disorder"])
    guarantees = cast(list[Guarantee], list(row["guarantees"]))
    accepted_on: date | None = row["accepted_on"]
    clocks = WarrantyClocks(accepted_on) if accepted_on else None
    return SavWarrantyPublic(
        worksite_id=row["worksite_id"],
        disorder=disorder,
        disorder_label=DISORDER_LABELS[disorder] if disorder else None,
        reported_on=row["reported_on"],
        guarantees=[
            GuaranteePublic(code=g, label=GUARANTEE_LABELS[g], ends_on=clocks.ends_on(g))
            for g in guarantees
            if clocks is not None
        ],
        summary=_summary(guarantees, clocks is not None),
    )


async def sav_warranties(conn: Conn, ticket_ids: Sequence[UUID]) -> dict[UUID, SavWarrantyPublic]:
    rows = await warranty_reads.sav_warranties(conn, ticket_ids)
    return {r["ticket_id"]: w for r in rows if (w := sav_warranty(r)) is not None}
