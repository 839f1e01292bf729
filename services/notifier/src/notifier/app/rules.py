"""Who is told what, and how: the notifier's one rules table.

Each rule names the preference kind (a user can turn a kind's channels off in identity's
preferences), who the recipients are, and which channels it uses: an in-app alert, an email with
a template, or both. The person who caused the event is not told about their own action unless
``tell_actor`` says so. Recipients must be active users of the event's company.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from ouvrage_events import DomainEvent
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

from notifier.domain.preferences import NotificationKind


@dataclass(frozen=True)
class ClientOwner:
    """The user in charge of a client record, looked up in the notifier's directory."""

    client_id: UUID


Recipient = UUID | ClientOwner | None


@dataclass(frozen=True)
class Rule:
    kind: NotificationKind
    to: Callable[[Any], Iterable[Recipient]]
    alert: bool = False
    email: str | None = None
    tell_actor: bool = False
    address: Callable[[Any], str] | None = None
    """An address outside the company that gets the email too (a client's)."""


RULES: Mapping[type[DomainEvent], Rule] = {
    # FAQ « Attribuer une action à un collaborateur »
    ActionAssigned: Rule(
        "action_assigned", to=lambda e: [e.assignee_id], alert=True, email="action_assigned"
    ),
    ActionShared: Rule("action_shared", to=lambda e: e.user_ids, alert=True),
    # « la date à laquelle vous voulez être alerté »
    ActionDue: Rule(
        "action_due",
        to=lambda e: [e.assignee_id, *e.shared_with],
        alert=True,
        email="action_due",
        tell_actor=True,
    ),
    # « Verrouillez une intervention… car il ne faut pas la décaler »
    InterventionLocked: Rule("intervention_changed", to=lambda e: e.operator_ids, alert=True),
    InterventionRescheduled: Rule(
        "intervention_changed",
        to=lambda e: [*e.operator_ids, *e.previous_operator_ids],
        alert=True,
    ),
    # « en cliquant sur l'enveloppe afin de l'envoyer par mail à votre collaborateur »
    SiteSheetSent: Rule(
        "site_sheet", to=lambda e: [e.recipient_id], email="site_sheet", tell_actor=True
    ),
    PasswordChanged: Rule(
        "security", to=lambda e: [e.user_id], email="password_changed", tell_actor=True
    ),
    # Quotes and invoices go to the client's own address, with their PDF
    QuoteSent: Rule(
        "sales_document",
        to=lambda e: [],
        email="sales_document",
        address=lambda e: e.recipient_email,
    ),
    InvoiceSent: Rule(
        "sales_document",
        to=lambda e: [],
        email="sales_document",
        address=lambda e: e.recipient_email,
    ),
    # An invoice still owed after its due date: the client's owner follows it up
    InvoiceOverdue: Rule("invoice_overdue", to=lambda e: [ClientOwner(e.client_id)], alert=True),
    # Reserves still open 30 days before the parfait achèvement ends: the worksite's client's
    # owner has them lifted (issue 20)
    ParfaitAchevementReminderDue: Rule(
        "warranty", to=lambda e: [ClientOwner(e.client_id)], alert=True, tell_actor=True
    ),
    # « Bloquer la gestion commerciale »: the client's owner must know
    ClientBlocked: Rule(
        "client_blocked", to=lambda e: [e.owner_id or ClientOwner(e.client_id)], alert=True
    ),
}
