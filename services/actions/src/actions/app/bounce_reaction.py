"""The ``email_corrections`` reaction: a hard bounce of an email to a client (the notifier's
``EmailBounced``) creates the action « Corriger l'adresse email » for the record's owner.

Idempotent per bounce: the action's id derives from the bounced email, so a redelivered event,
a second DSN or a rebuild records nothing twice. The action type is defined for the company the
first time it is needed (same deterministic id everywhere).
"""

from __future__ import annotations

import ouvrage_events as es
import structlog
from ouvrage_events.catalog.notifier import EmailBounced
from ouvrage_events.store.db import Conn

from actions.adapters.locks import lock_entities
from actions.app.projections import OWN_PROJECTIONS
from actions.domain.action import Action
from actions.domain.action_type import ActionType
from actions.domain.bounces import correction_note, email_correction
from actions.domain.seeds import EMAIL_CORRECTION

log = structlog.get_logger(__name__)

EMAIL_CORRECTIONS = "email_corrections"


def email_corrections_reaction(_uow_factory: es.UnitOfWorkFactory | None) -> es.Reaction:
    """Built like the other consumed projections (its writes go through the reaction's own unit
    of work, with the service's inline read models)."""
    reaction = es.Reaction(EMAIL_CORRECTIONS, projections=OWN_PROJECTIONS)

    @reaction.on(EmailBounced)
    async def _bounced(conn: Conn, e: EmailBounced, env: es.Envelope) -> None:
        """Create the correction action for the owner of the client whose address bounced."""
        bounce = e.client_recipient
        if e.recipient_kind != "client" or e.client_id is None or bounce is None:
            return  # a user's address: identity marks it; no client record to correct
        await lock_entities(conn, e.client_id)  # with the clients projection (pending clients)
        client = await conn.fetchrow(
            "SELECT display_name, trashed FROM known_clients WHERE id = $1 AND tenant_id = $2",
            e.client_id,
            env.tenant_id,
        )
        if client is not None and client["trashed"]:
            return
        uow = reaction.unit_of_work(conn, env)
        new = email_correction(
            email_id=e.email_id,
            tenant_id=env.tenant_id,
            client_id=e.client_id,
            client_name=client["display_name"] if client is not None else None,
            owner_id=e.owner_id,
            note=correction_note(bounce.address, e.status, bounce.diagnostic),
            at=env.time,
        )
        if await uow.get(Action, new.action_id) is not None:
            return
        if await uow.get(ActionType, new.action_type_id) is None:
            uow.add(ActionType.define(new.action_type_id, EMAIL_CORRECTION.name, []))
        uow.add(Action.create(new))
        await uow.flush()
        log.info("email_correction.created", action_id=str(new.action_id))

    return reaction
