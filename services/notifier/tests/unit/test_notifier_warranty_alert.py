"""The alert of a parfait achèvement ending with reserves left (issue 20), in French."""

from __future__ import annotations

import uuid
from datetime import date

import ouvrage_events as es
from notifier.app.directory_projection import TenantCard
from notifier.app.messages import Facts, alert_text
from ouvrage_events.catalog.planning import ParfaitAchevementReminderDue


def _text(open_reserves: int, worksite: str | None) -> tuple[str, str, str | None]:
    site = uuid.uuid4()
    event = ParfaitAchevementReminderDue(
        worksite_id=site, client_id=uuid.uuid4(), ends_on=date(2025, 2, 28),
        open_reserves=open_reserves,
    )  # fmt: skip
    envelope = es.Envelope.wrap(
        event, aggregate_id=site, aggregate_type="worksite", sequence=3,
        metadata=es.Metadata(tenant_id=uuid.uuid4()),
    )  # fmt: skip
    text = alert_text(event, Facts(company=TenantCard(), envelope=envelope, worksite=worksite))
    assert text.link == f"/worksites/{site}"
    return text.title, text.body, text.link


def test_the_alert_counts_the_reserves_and_dates_the_end() -> None:
    title, body, _ = _text(2, "Roussel Anne – Extension cuisine")
    assert title == "Parfait achèvement : 2 réserves à lever"
    assert body == "Roussel Anne – Extension cuisine – la garantie prend fin le 28/02/2025"
    one, unnamed, _ = _text(1, None)
    assert one == "Parfait achèvement : 1 réserve à lever"
    assert unnamed.startswith("Chantier – ")
