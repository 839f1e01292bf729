"""Planning's acceptance reaches sales over the real Kafka: the final invoice's retention shows
when it may be released (one year after acceptance without reserves, or once they are lifted)."""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID, uuid4

from ouvrage_events.catalog.planning import ReserveLifted, WorksiteAccepted
from ouvrage_testing.kafka import publish_event

from .conftest import SalesHarness, Tenant, eventually


async def _planning_event(
    sales: SalesHarness, tenant: Tenant, event: Any, worksite: UUID, n: int
) -> None:
    await publish_event(
        sales.producer,
        sales.topics["planning"],
        event,
        tenant=tenant.id,
        aggregate=worksite,
        sequence=n,
    )


async def _release(sales: SalesHarness, tenant: Tenant, invoice_id: str, **expected: Any) -> Any:
    async def probe() -> Any:
        answer = await sales.http.get(f"/invoices/{invoice_id}", headers=tenant.headers())
        release = answer.json()["retention_release"]
        if release and all(release[k] == v for k, v in expected.items()):
            return release
        return None

    return await eventually(probe)


async def test_the_retention_becomes_releasable_once_the_reserve_is_lifted(
    sales: SalesHarness,
) -> None:
    tenant = await sales.tenant()
    client_id = await sales.client(tenant)
    quote = await sales.accepted_quote(tenant, client_id)
    final = await sales.invoice(tenant, quote["id"], kind="final", retention=True)
    assert final["retention_release"] is None  # not accepted in planning yet

    worksite, reserve = uuid4(), uuid4()
    accepted = WorksiteAccepted(
        worksite_id=worksite,
        client_id=client_id,
        accepted_on=date(2025, 11, 1),
        reserves=[{"reserve_id": reserve, "text": "Joint fissuré"}],  # type: ignore[list-item]
        open_reserves=1,
        parfait_achevement_ends_on=date(2026, 11, 1),
        biennale_ends_on=date(2027, 11, 1),
        decennale_ends_on=date(2035, 11, 1),
        quote_id=UUID(quote["id"]),
    )
    await _planning_event(sales, tenant, accepted, worksite, 2)
    held = await _release(sales, tenant, final["id"], open_reserves=1)
    assert held == {
        "accepted_on": "2025-11-01",
        "open_reserves": 1,
        "releasable_on": None,
        "releasable": False,
    }

    lifted = ReserveLifted(
        worksite_id=worksite,
        client_id=client_id,
        reserve_id=reserve,
        lifted_on=date(2026, 11, 20),
        open_reserves=0,
        retention_releasable_on=date(2026, 11, 20),
    )
    await _planning_event(sales, tenant, lifted, worksite, 3)
    free = await _release(sales, tenant, final["id"], open_reserves=0)
    assert free["releasable_on"] == "2026-11-20"
    assert free["releasable"] is True  # the harness's day is 2026-11-30
