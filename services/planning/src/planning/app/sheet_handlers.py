"""The site sheet (« fiche de chantier »): what it shows, its PDF, and sending it."""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from uuid import UUID
from zoneinfo import ZoneInfo

import ouvrage_events as es
import structlog
from ouvrage_events.catalog.clients import Address, Contact
from ouvrage_events.store.db import Conn

from planning.adapters import client_reads, directory_reads
from planning.app import planning_queries
from planning.app.container import Container, Outcome
from planning.app.planning_queries import when
from planning.app.readmodels import InterventionPublic, SheetSentPublic, WorksitePublic
from planning.domain.commands import SendSheet
from planning.domain.errors import UnknownRecipientError, WorksiteNotFoundError
from planning.domain.worksite import SheetFile, Worksite, sheet_filename

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class SheetLine:
    """One intervention of the sheet."""

    when: str
    label: str
    operators: str
    state: str
    locked: bool


@dataclass(frozen=True)
class SiteSheet:
    """Everything printed on a site sheet, as French text."""

    printed_on: date  # the day in the company's time zone, not the server's
    company: str
    title: str
    client_name: str
    address: list[str]
    contact: list[str]
    start: str
    tasks: list[str]
    interventions: list[SheetLine]
    notes: list[str] = field(default_factory=list)


def _address_lines(address: Address) -> list[str]:
    town = " ".join(p for p in (address.postal_code, address.city) if p)
    country = "" if address.country in ("", "FR") else address.country
    return [line for line in (address.street, town, country) if line]


def _contact_lines(contact: Contact | None) -> list[str]:
    if contact is None:
        return []
    person = " ".join(p for p in (contact.civility, contact.last_name, contact.first_name) if p)
    lines = [line for line in (contact.company_name or "", person) if line]
    lines += [f"Tél. : {phone}" for phone in contact.phones]
    lines += [f"Email : {email}" for email in contact.emails]
    return lines


def _line(i: InterventionPublic, zone: ZoneInfo) -> SheetLine:
    names = [o.name or "Utilisateur inconnu" for o in i.operators]
    return SheetLine(
        when=f"du {when(i.starts_at, zone)} au {when(i.ends_at, zone)}",
        label=i.label or "Intervention",
        operators=", ".join(names) or "Aucun opérateur",
        state=i.dot.label,
        locked=i.locked,
    )


def _start(site: WorksitePublic) -> str:
    if site.start_date is None:
        return "Non planifié"
    text = site.start_date.strftime("%d/%m/%Y")
    return f"{text} (prévisionnelle)" if site.provisional else text


async def build_sheet(
    conn: Conn, svc: Container, meta: es.Metadata, worksite_id: UUID
) -> SiteSheet:
    """The sheet of one of the tenant's worksites, from the read models."""
    site = await planning_queries.worksite(conn, meta.tenant_id, worksite_id)
    card = await client_reads.client_card(conn, meta.tenant_id, site.client_id)
    company = await directory_reads.company(conn, meta.tenant_id, svc.default_timezone)
    notes = [site.notes] if site.notes else []
    if card is not None and card.contact.notes:
        notes.append(f"Client : {card.contact.notes}")
    return SiteSheet(
        printed_on=datetime.now(UTC).astimezone(company.zone).date(),
        company=company.name,
        title=site.title,
        client_name=site.client_name,
        address=_address_lines(Address.model_validate(site.address.model_dump())),
        contact=_contact_lines(card.contact if card else None),
        start=_start(site),
        tasks=[f"{t.name} ({t.dot.label})" if t.dot else t.name for t in site.tasks],
        interventions=[_line(i, company.zone) for i in site.interventions],
        notes=notes,
    )


async def sheet_pdf(svc: Container, meta: es.Metadata, worksite_id: UUID) -> SheetFile:
    """The worksite's sheet as a PDF file."""
    async with svc.pool.acquire() as conn:
        sheet = await build_sheet(conn, svc, meta, worksite_id)
    pdf = await asyncio.to_thread(svc.render_sheet, sheet)
    return SheetFile(sheet_filename(sheet.title), pdf)


async def send(
    svc: Container,
    meta: es.Metadata,
    worksite_id: UUID,
    cmd: SendSheet,
    idem: es.Idempotency | None,
) -> Outcome:
    """Send the sheet to a collaborator: recorded with the PDF, the notifier emails it."""
    async with svc.pipeline.command(meta, idempotency=idem) as run:
        if (stored := await run.replay()) is not None:
            return stored
        worksite = await run.load(Worksite, worksite_id, missing=WorksiteNotFoundError)
        active = await directory_reads.active_user_ids(run.conn, meta.tenant_id, [cmd.recipient_id])
        if cmd.recipient_id not in active:
            raise UnknownRecipientError()
        sheet = await build_sheet(run.conn, svc, meta, worksite_id)
        pdf = await asyncio.to_thread(svc.render_sheet, sheet)
        file = SheetFile(sheet_filename(sheet.title), pdf)
        worksite.send_sheet(file, recipient_id=cmd.recipient_id, sent_by=meta.actor_id)
        sent = SheetSentPublic(
            worksite_id=worksite_id,
            recipient_id=cmd.recipient_id,
            filename=file.filename,
            sha256=hashlib.sha256(pdf).hexdigest(),
            size_bytes=len(pdf),
        )

        async def build(_: Conn) -> SheetSentPublic:
            return sent

        answer = await run.commit(build)
    log.info("site_sheet.sent", worksite_id=str(worksite_id), recipient_id=str(cmd.recipient_id))
    return answer
