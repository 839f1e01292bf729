"""Follow-ups that run themselves, on the real PostgreSQL and Kafka: sales' events published on
the module's topics, the scheduler driven with a clock of the test. Once per triggering event
(redelivery, a replay of the engine), cancelled by acceptance or by the payment that settles,
rules edited or deleted without touching what they created."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import ouvrage_events as es
import pytest
from actions.adapters.follow_up_scheduler import FollowUpScheduler
from actions.domain.follow_up_seeds import DEFAULT_RULES
from ouvrage_events.catalog.clients import ClientOwnerChanged, ClientRegistered, Contact
from ouvrage_events.catalog.sales import (
    InvoiceIssued,
    PaymentRecorded,
    QuoteAccepted,
    QuoteSent,
    Totals,
)

from .conftest import ActionsStack

pytestmark = pytest.mark.asyncio(loop_scope="session")
MANAGE = "settings.manage"


def _sent(quote: uuid.UUID, client: uuid.UUID, user: uuid.UUID) -> QuoteSent:
    return QuoteSent(quote_id=quote, client_id=client, number="D-2026-7", recipient_email="c@d.e",
                     sent_by=user, filename="devis.pdf", pdf_base64="", sha256="")  # fmt: skip


async def _company(stack: ActionsStack) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    tenant = await stack.new_tenant()
    rule = DEFAULT_RULES[0].id_for(tenant)
    await stack.eventually("SELECT 1 FROM follow_up_rules WHERE id = $1", rule)
    return tenant, await stack.new_user(tenant), await stack.new_client(tenant, "Garnier")


def _scheduler(stack: ActionsStack, now: datetime) -> FollowUpScheduler:
    return FollowUpScheduler(stack.services.uow_factory, clock=lambda: now)


async def _follow_ups(stack: ActionsStack, subject: uuid.UUID) -> list[Any]:
    return list(
        await stack.pool.fetch(
            "SELECT id, status FROM follow_ups WHERE subject_id = $1 ORDER BY id", subject
        )
    )


async def test_a_quote_left_unanswered_gets_one_follow_up_then_acceptance_cancels_it(
    actions_stack: ActionsStack,
) -> None:
    stack = actions_stack
    tenant, user, client = await _company(stack)
    quote = uuid.uuid4()
    sent = await stack.publish("sales", _sent(quote, client, user), quote, tenant)
    await stack.send(stack.topics["sales"], sent)  # a redelivery: one follow-up all the same
    await stack.eventually("SELECT count(*) FROM follow_ups WHERE subject_id = $1", quote)
    [row] = await _follow_ups(stack, quote)

    assert await _scheduler(stack, sent.time + timedelta(days=6)).run_once() == 0
    later = _scheduler(stack, sent.time + timedelta(days=7, minutes=1))
    assert await later.run_once() == 1
    assert await later.run_once() == 0
    # A replay of the engine (rebuild) makes the follow-up pending again: no second action.
    await stack.pool.execute("UPDATE follow_ups SET status = 'pending' WHERE id = $1", row["id"])
    assert await later.run_once() == 0
    assert await stack.stored("ActionCreated", row["id"]) == 1

    headers = stack.auth(user, tenant)
    action = (await stack.http.get(f"/actions/{row['id']}", headers=headers)).json()
    assert (action["type_name"], action["assignee_id"]) == ("A relancer", str(user))
    assert action["rule_name"] == DEFAULT_RULES[0].name and "D-2026-7" in action["note"]

    # Editing the rule leaves the action alone; acceptance cancels it.
    rule_id = DEFAULT_RULES[0].id_for(tenant)
    admin = stack.auth(user, tenant, MANAGE)
    rule = (await stack.http.get(f"/follow-up-rules/{rule_id}", headers=admin)).json()
    body = {k: rule[k] for k in ("name", "trigger", "action_type_id", "cancel_on")}
    edited = await stack.http.put(
        f"/follow-up-rules/{rule_id}",
        headers={**admin, "If-Match": f'"{rule["version"]}"'},
        json={**body, "delay_days": 14},
    )
    assert edited.status_code == 200, edited.text
    assert "après 14 jours" in edited.json()["sentence"]
    unchanged = (await stack.http.get(f"/actions/{row['id']}", headers=headers)).json()
    assert unchanged["alert_at"] == action["alert_at"] and unchanged["status"] == "open"

    accepted = QuoteAccepted(quote_id=quote, client_id=client, number="D-2026-7",
                             signer_name="M. Garnier", accepted_on=date(2026, 12, 1),
                             total_excl_tax=Decimal("100"))  # fmt: skip
    await stack.publish("sales", accepted, quote, tenant)
    await stack.eventually("SELECT status = 'cancelled' FROM actions WHERE id = $1", row["id"])


async def test_an_unpaid_invoice_is_followed_up_until_the_payment_that_settles_it(
    actions_stack: ActionsStack,
) -> None:
    stack = actions_stack
    tenant, user, client = await _company(stack)
    invoice = uuid.uuid4()
    totals = Totals(excl_tax=Decimal("1000"), vat_total=Decimal("200"), incl_tax=Decimal("1200"))
    issued = InvoiceIssued(invoice_id=invoice, client_id=client, number="F-2026-3", kind="final",
                           issued_on=date(2031, 1, 2), due_on=date(2031, 2, 1), lines=[],
                           totals=totals, net_payable=Decimal("1200"))  # fmt: skip
    envelope = es.Envelope.wrap(
        issued, aggregate_id=invoice, aggregate_type="sales", sequence=1,
        metadata=es.Metadata(tenant_id=tenant, actor_id=user),
    )  # fmt: skip
    await stack.send(stack.topics["sales"], envelope)
    await stack.eventually("SELECT count(*) FROM follow_ups WHERE subject_id = $1", invoice)
    [row] = await _follow_ups(stack, invoice)
    due = datetime(2031, 2, 1, 8, 0, tzinfo=UTC)  # 09:00 in Paris on the due date
    assert await _scheduler(stack, due - timedelta(minutes=1)).run_once() == 0
    assert await _scheduler(stack, due).run_once() == 1

    for n, amount in enumerate(("500", "700")):
        payment = PaymentRecorded(invoice_id=invoice, client_id=client, payment_id=uuid.uuid4(),
                                  amount=Decimal(amount), paid_on=date(2031, 2, 3),
                                  means="virement")  # fmt: skip
        env = await stack.publish("sales", payment, invoice, tenant)
        await stack.eventually(
            "SELECT 1 FROM proj_follow_up_engine.es_processed WHERE event_id = $1", env.event_id
        )
        status = await stack.pool.fetchval("SELECT status FROM actions WHERE id = $1", row["id"])
        assert status == ("open" if n == 0 else "cancelled")  # only the settling one cancels


async def test_a_deleted_rule_triggers_nothing_new(actions_stack: ActionsStack) -> None:
    stack = actions_stack
    tenant, user, client = await _company(stack)
    rule_id = DEFAULT_RULES[0].id_for(tenant)
    admin = stack.auth(user, tenant, MANAGE)
    rule = (await stack.http.get(f"/follow-up-rules/{rule_id}", headers=admin)).json()
    deleted = await stack.http.delete(
        f"/follow-up-rules/{rule_id}", headers={**admin, "If-Match": f'"{rule["version"]}"'}
    )
    assert deleted.status_code == 204
    listed = (await stack.http.get("/follow-up-rules", headers=admin)).json()
    assert rule_id not in {r["id"] for r in listed} and len(listed) == len(DEFAULT_RULES) - 1
    quote = uuid.uuid4()
    env = await stack.publish("sales", _sent(quote, client, user), quote, tenant)
    await stack.eventually(
        "SELECT 1 FROM proj_follow_up_engine.es_processed WHERE event_id = $1", env.event_id
    )
    assert await _follow_ups(stack, quote) == []


async def test_an_event_older_than_the_rule_starts_nothing(actions_stack: ActionsStack) -> None:
    """A rebuild replays last year's quotes: a rule created since must not follow them up."""
    stack = actions_stack
    tenant, user, client = await _company(stack)
    quote = uuid.uuid4()
    old = es.Envelope.wrap(
        _sent(quote, client, user), aggregate_id=quote, aggregate_type="sales", sequence=1,
        metadata=es.Metadata(tenant_id=tenant), time=datetime(2020, 5, 4, tzinfo=UTC),
    )  # fmt: skip
    await stack.send(stack.topics["sales"], old)
    await stack.eventually(
        "SELECT 1 FROM proj_follow_up_engine.es_processed WHERE event_id = $1", old.event_id
    )
    assert await _follow_ups(stack, quote) == []


async def test_a_rule_for_the_clients_owner_follows_the_record(actions_stack: ActionsStack) -> None:
    stack = actions_stack
    tenant, author, _ = await _company(stack)
    owner, new_owner = await stack.new_user(tenant), await stack.new_user(tenant)
    client = uuid.uuid4()
    registered = ClientRegistered(client_id=client, contact=Contact(last_name="Perrin"),
                                  display_name="Perrin", owner_id=owner)  # fmt: skip
    await stack.publish("clients", registered, client, tenant)
    await stack.eventually("SELECT 1 FROM client_owners WHERE client_id = $1", client)
    admin = stack.auth(author, tenant, MANAGE)
    type_id = DEFAULT_RULES[0].seed_type.id_for(tenant)
    body = {"name": "Rappel du responsable", "trigger": "QuoteSent", "action_type_id": str(type_id),
            "role": "responsable_client", "delay_days": 2, "cancel_on": ["QuoteRefused"]}  # fmt: skip
    created = await stack.http.post("/follow-up-rules", headers=admin, json=body)
    assert created.status_code == 201, created.text
    assert "pour le responsable du client après 2 jours" in created.json()["sentence"]
    wrong = await stack.http.post(
        "/follow-up-rules", headers=admin, json={**body, "cancel_on": ["PaymentRecorded"]}
    )
    assert wrong.status_code == 422 and wrong.json()["code"] == "invalid_follow_up_rule"

    changed = ClientOwnerChanged(client_id=client, owner_id=new_owner)
    owner_change = es.Envelope.wrap(
        changed, aggregate_id=client, aggregate_type="clients", sequence=2,
        metadata=es.Metadata(tenant_id=tenant),
    )  # fmt: skip
    await stack.send(stack.topics["clients"], owner_change)
    await stack.eventually("SELECT owner_id = $2 FROM client_owners WHERE client_id = $1",
                           client, new_owner)  # fmt: skip
    quote = uuid.uuid4()
    sent = await stack.publish("sales", _sent(quote, client, author), quote, tenant)
    await stack.eventually("SELECT count(*) = 2 FROM follow_ups WHERE subject_id = $1", quote)
    assert await _scheduler(stack, sent.time + timedelta(days=8)).run_once() == 2
    assignees = await stack.pool.fetch(
        "SELECT a.assignee_id, r.rule_name FROM actions a JOIN rule_actions r "
        "ON r.action_id = a.id JOIN follow_ups f ON f.id = a.id WHERE f.subject_id = $1",
        quote,
    )
    by_rule = {r["rule_name"]: r["assignee_id"] for r in assignees}
    assert by_rule == {"Rappel du responsable": new_owner, DEFAULT_RULES[0].name: author}
