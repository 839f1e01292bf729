"""What alerts say and what email templates receive, per event, in French."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ouvrage_events import DomainEvent, Envelope
from ouvrage_events.catalog.actions import ActionAssigned, ActionDue, ActionShared
from ouvrage_events.catalog.clients import ClientBlocked
from ouvrage_events.catalog.identity import PasswordChanged
from ouvrage_events.catalog.planning import (
    InterventionLocked,
    InterventionRescheduled,
    ParfaitAchevementReminderDue,
    SiteSheetSent,
)
from ouvrage_events.catalog.sales import InvoiceOverdue, InvoiceSent, QuoteSent

from notifier.app.directory_projection import TenantCard, UserCard


@dataclass(frozen=True)
class AlertText:
    title: str
    body: str
    link: str | None


@dataclass(frozen=True)
class Facts:
    """What the directory knows that the event does not carry."""

    company: TenantCard
    envelope: Envelope
    actor_name: str | None = None
    worksite: str | None = None

    def when(self, moment: datetime) -> str:
        try:
            zone = ZoneInfo(self.company.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            zone = ZoneInfo("Europe/Paris")
        return moment.astimezone(zone).strftime("%d/%m/%Y à %H:%M")


def _assigned(e: ActionAssigned, f: Facts) -> AlertText:
    body = f"{e.client_name} – à traiter le {f.when(e.alert_at)}"
    return AlertText(f"Action attribuée : {e.type_name}", body, f"/actions/{e.action_id}")


def _shared(e: ActionShared, f: Facts) -> AlertText:
    body = f"{e.client_name} – alerte le {f.when(e.alert_at)}"
    return AlertText(f"Action partagée : {e.type_name}", body, f"/actions/{e.action_id}")


def _due(e: ActionDue, f: Facts) -> AlertText:
    body = f"{e.client_name} – alerte du {f.when(e.alert_at)}"
    return AlertText(f"À traiter : {e.type_name}", body, f"/actions/{e.action_id}")


def _locked(e: InterventionLocked, f: Facts) -> AlertText:
    body = f"{f.when(e.starts_at)} → {f.when(e.ends_at)} : elle ne doit pas être décalée."
    title = f"Intervention verrouillée : {f.worksite or 'chantier'}"
    return AlertText(title, body, f"/worksites/{e.worksite_id}")


def _rescheduled(e: InterventionRescheduled, f: Facts) -> AlertText:
    body = f"Nouveau créneau : {f.when(e.starts_at)} → {f.when(e.ends_at)}"
    title = f"Intervention modifiée : {f.worksite or 'chantier'}"
    return AlertText(title, body, f"/worksites/{e.worksite_id}")


def _blocked(e: ClientBlocked, f: Facts) -> AlertText:
    title = f"Gestion commerciale bloquée : {e.display_name or 'client'}"
    return AlertText(title, f"Motif : {e.reason}", f"/clients/{e.client_id}")


def _overdue(e: InvoiceOverdue, f: Facts) -> AlertText:
    owed = f"{e.outstanding:.2f}".replace(".", ",")
    body = f"{e.client_name or 'Client'} – reste dû {owed} €, échue le {e.due_on:%d/%m/%Y}"
    return AlertText(f"Facture en retard : {e.number}", body, f"/invoices/{e.invoice_id}")


def _warranty_ending(e: ParfaitAchevementReminderDue, f: Facts) -> AlertText:
    count = f"{e.open_reserves} réserve{'s' if e.open_reserves > 1 else ''}"
    title = f"Parfait achèvement : {count} à lever"
    body = f"{f.worksite or 'Chantier'} – la garantie prend fin le {e.ends_on:%d/%m/%Y}"
    return AlertText(title, body, f"/worksites/{e.worksite_id}")


_ALERTS: dict[type[DomainEvent], Callable[[Any, Facts], AlertText]] = {
    ActionAssigned: _assigned,
    ActionShared: _shared,
    ActionDue: _due,
    InterventionLocked: _locked,
    InterventionRescheduled: _rescheduled,
    ClientBlocked: _blocked,
    InvoiceOverdue: _overdue,
    ParfaitAchevementReminderDue: _warranty_ending,
}


def alert_text(event: DomainEvent, facts: Facts) -> AlertText:
    return _ALERTS[type(event)](event, facts)


def _action_context(e: ActionAssigned | ActionDue, f: Facts) -> dict[str, Any]:
    return {
        "type_name": e.type_name,
        "client_name": e.client_name,
        "when": f.when(e.alert_at),
        "note": getattr(e, "note", ""),
        "actor_name": f.actor_name,
    }


def _sheet_context(e: SiteSheetSent, f: Facts) -> dict[str, Any]:
    return {"client_name": e.client_name, "filename": e.filename, "sender_name": f.actor_name}


_DOCUMENTS = {"deposit": "facture d'acompte", "progress": "facture de situation",
              "final": "facture", "credit_note": "avoir"}  # fmt: skip


def _sales_context(e: QuoteSent | InvoiceSent, f: Facts) -> dict[str, Any]:
    document = "devis" if isinstance(e, QuoteSent) else _DOCUMENTS[e.kind]
    return {
        "document": document,
        "number": e.number,
        "client_name": e.client_name,
        "filename": e.filename,
        "company_name": e.company_name,
    }


def _password_context(e: PasswordChanged, f: Facts) -> dict[str, Any]:
    return {"when": f.when(f.envelope.time), "by_administrator": e.by_administrator}


_CONTEXTS: dict[type[DomainEvent], Callable[[Any, Facts], dict[str, Any]]] = {
    ActionAssigned: _action_context,
    ActionDue: _action_context,
    SiteSheetSent: _sheet_context,
    QuoteSent: _sales_context,
    InvoiceSent: _sales_context,
    PasswordChanged: _password_context,
}


def email_context(event: DomainEvent, facts: Facts, recipient: UserCard | None) -> dict[str, Any]:
    """The template's variables, fixed when the email is queued."""
    first_name = recipient.first_name if recipient else ""
    company = facts.company.name or "votre entreprise"
    return {
        **_CONTEXTS[type(event)](event, facts),
        "first_name": first_name,
        "company": company,
    }
