"""RGPD erasure in the notifier: a person's traces leave the directory, the alerts and the email
outbox. Emails not yet sent that quote them are dropped; sent ones keep their delivery record
(who, when, status) without their content or attachment (site sheets are PDFs about the client).

Alerts and queued emails carry no client id, only texts: they are found by the client's id or
name as this service knew it (``clients.display_name``), read before it is blanked.
"""

from __future__ import annotations

from uuid import UUID

import ouvrage_events as es
import structlog
from ouvrage_events import privacy
from ouvrage_events.catalog.clients import ClientErased
from ouvrage_events.catalog.identity import UserErased
from ouvrage_events.store.db import Conn

log = structlog.get_logger(__name__)

_QUOTES = "(strpos(context::text, $2) > 0 OR strpos(coalesce(subject, ''), $2) > 0)"


async def _forget_texts(conn: Conn, tenant_id: UUID, needle: str, blank: str) -> None:
    await conn.execute(
        f"DELETE FROM email_outbox WHERE tenant_id = $1 AND status = 'pending' AND {_QUOTES}",
        tenant_id,
        needle,
    )
    await conn.execute(
        "UPDATE email_outbox SET context = '{}', attachment = NULL, attachment_name = NULL, "
        f"subject = replace(subject, $2, $3) WHERE tenant_id = $1 AND {_QUOTES}",
        tenant_id,
        needle,
        blank,
    )
    rows = await conn.fetch(
        "UPDATE alerts SET title = replace(title, $2, $3), body = replace(body, $2, $3), "
        "link = CASE WHEN strpos(coalesce(link, ''), $2) > 0 THEN NULL ELSE link END "
        "WHERE tenant_id = $1 AND (strpos(title, $2) > 0 OR strpos(body, $2) > 0 "
        "OR strpos(coalesce(link, ''), $2) > 0) RETURNING alert_id",
        tenant_id,
        needle,
        blank,
    )
    # the alerts' events are sealed under their own keys: a rebuild shows them blank too
    await privacy.keystore().destroy([("alert", r["alert_id"]) for r in rows], tenant_id)


async def _forget_emails_to(conn: Conn, recipient_id: UUID) -> list[UUID]:
    """Emails to the person (a user, or a client mailed a quote or an invoice): pending ones
    dropped, sent ones keep their delivery record without address, content or attachment."""
    emails = await conn.fetch(
        "SELECT email_id FROM email_outbox WHERE recipient_id = $1", recipient_id
    )
    await conn.execute(
        "DELETE FROM email_outbox WHERE recipient_id = $1 AND status = 'pending'", recipient_id
    )
    await conn.execute(
        "UPDATE email_outbox SET context = '{}', attachment = NULL, attachment_name = NULL, "
        "to_address = NULL, recipient_address = NULL, subject = NULL, last_error = NULL "
        "WHERE recipient_id = $1",
        recipient_id,
    )
    return [r["email_id"] for r in emails]


async def erase_client(conn: Conn, e: ClientErased, env: es.Envelope) -> None:
    blank = privacy.ERASED_PERSON
    name = await conn.fetchval("SELECT display_name FROM clients WHERE client_id = $1", e.client_id)
    for needle in {str(e.client_id), name or ""} - {"", blank}:
        await _forget_texts(conn, env.tenant_id, needle, blank)
    if name and name != blank:
        await conn.execute(
            "UPDATE worksites SET client_name = $3, title = 'Chantier' "
            "WHERE tenant_id = $1 AND client_name = $2",
            env.tenant_id,
            name,
            blank,
        )
    await conn.execute(
        "UPDATE clients SET display_name = $2 WHERE client_id = $1", e.client_id, blank
    )
    emails = await _forget_emails_to(conn, e.client_id)
    keys = privacy.keystore()
    keys.forget([("client", e.client_id)])
    await keys.destroy([("email", i) for i in emails], env.tenant_id)
    log.info("client.erased", client_id=str(e.client_id), emails=len(emails))


async def erase_user(conn: Conn, e: UserErased, env: es.Envelope) -> None:
    """The user's emails not yet sent are dropped, sent ones lose address and content, their
    alerts go; the directory keeps the id as « Utilisateur effacé »."""
    emails = await _forget_emails_to(conn, e.user_id)
    alerts = await conn.fetch(
        "DELETE FROM alerts WHERE recipient_id = $1 RETURNING alert_id", e.user_id
    )
    await conn.execute(
        "UPDATE users SET email = NULL, first_name = '', last_name = $2, active = false "
        "WHERE user_id = $1",
        e.user_id,
        privacy.ERASED_USER,
    )
    keys = privacy.keystore()
    keys.forget([("user", e.user_id)])
    await keys.destroy(
        [("alert", r["alert_id"]) for r in alerts] + [("email", i) for i in emails],
        env.tenant_id,
    )
    log.info("user.erased", user_id=str(e.user_id))
